package org.m4sd.rules.internal.framework;

import org.m4sd.sdk.framework.ProgrammeEvent.DecisionMade;

/**
 * A person counted by a person-counting indicator in one country and period, with the decision that places the
 * person in a cell (see {@link InputRecord#getPlacement()}). The input rules keep one such fact per indicator,
 * country, period and person, across chunks; once every record is in, each counts once and is deleted. These facts
 * are what the session holds in proportion to the number of distinct persons.
 */
public final class PersonFact {
    private final String indicator;
    private final String country;
    private final int period;
    private final String personKey;
    private String placement;
    private String sex;
    private String migratoryStatus;

    /** The person a decision counted by this indicator is about, placed by that decision (the rules create it). */
    public PersonFact(IndicatorFact indicator, InputRecord decision) {
        this.indicator = indicator.getId();
        this.country = decision.getCountry();
        this.period = decision.getPeriod();
        this.personKey = decision.getPersonKey();
        setPlacedBy(decision);
    }

    /** The text that orders two decisions about a person: ISO date, migratory status name, sex name. */
    static String placement(DecisionMade d) {
        return d.date() + "|" + d.migratoryStatus().name() + "|" + d.sex().name();
    }

    public String getIndicator() {
        return indicator;
    }

    public String getCountry() {
        return country;
    }

    public int getPeriod() {
        return period;
    }

    /** The person's opaque key; compared by the rules, never shown. */
    public String getPersonKey() {
        return personKey;
    }

    /** The placement of the decision the person is counted by. */
    public String getPlacement() {
        return placement;
    }

    /** The sex recorded in the decision the person is counted by. */
    public String getSex() {
        return sex;
    }

    /** The migratory status recorded in the decision the person is counted by. */
    public String getMigratoryStatus() {
        return migratoryStatus;
    }

    /** Places the person by this decision: its sex and status make the person's cell. */
    public void setPlacedBy(InputRecord decision) {
        this.placement = decision.getPlacement();
        this.sex = decision.dimension("sex");
        this.migratoryStatus = decision.dimension("migratoryStatus");
    }

    /** The value of a dimension of the person's cell. */
    public String dimension(String name) {
        return switch (name) {
            case "sex" -> sex;
            case "migratoryStatus" -> migratoryStatus;
            default -> throw new IllegalArgumentException("a person is not broken down by " + name);
        };
    }

    @Override
    public String toString() {
        return "PersonFact[" + indicator + ", " + country + ", period " + period + "]";
    }
}
