package org.m4sd.rules.internal.framework;

import java.util.Map;
import java.util.Set;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.Determination.Sector;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.Observation;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ProgrammeEvent.DecisionMade;
import org.m4sd.sdk.framework.ProgrammeEvent.OfficialsTrained;
import org.m4sd.sdk.framework.ProgrammeEvent.PolicyAdopted;
import org.m4sd.sdk.request.MigratoryStatus;

/**
 * One observation or event as a fact. The input rules route it to the cells it counts in, or leave it out with a
 * finding, and then delete it: a session never holds more than one chunk of records.
 */
public final class InputRecord {
    private final String kind;
    private final String indicator;
    private final String country;
    private final int period;
    private final double value;
    private final Map<String, String> dimensions;
    private final Sector sector;
    private final ProgrammeEvent event;

    private InputRecord(String kind, String indicator, String country, int period, double value,
            Map<String, String> dimensions, Sector sector, ProgrammeEvent event) {
        this.kind = kind;
        this.indicator = indicator;
        this.country = country;
        this.period = period;
        this.value = value;
        this.dimensions = dimensions;
        this.sector = sector;
        this.event = event;
    }

    static InputRecord of(Observation o, int period) {
        return new InputRecord("Observation", o.indicator(), o.country(), period, o.value(), o.dimensions(), null,
                null);
    }

    static InputRecord of(ProgrammeEvent e, int period) {
        String kind = e.getClass().getSimpleName();
        if (e instanceof DecisionMade d) {
            return new InputRecord(kind, "", d.country(), period, 1,
                    Map.of("sex", d.sex().name(), "migratoryStatus", d.migratoryStatus().name()),
                    d.determination().sector(), e);
        }
        if (e instanceof PolicyAdopted p) {
            return new InputRecord(kind, "", p.country(), period, 1,
                    Map.of("type", p.type().name(), "level", p.level().name()), p.sector().orElse(null), e);
        }
        if (e instanceof OfficialsTrained t) {
            return new InputRecord(kind, "", t.country(), period, t.count(),
                    Map.of("sex", t.sex().name(), "level", t.level().name()), null, e);
        }
        return new InputRecord(kind, "", e.country(), period, 0, Map.of(), null, e);
    }

    /** {@code Observation} or the event's type: {@code DecisionMade}, {@code PolicyAdopted} ... */
    public String getKind() {
        return kind;
    }

    /** The indicator an observation is for; empty for events. */
    public String getIndicator() {
        return indicator;
    }

    /** Country code as given. */
    public String getCountry() {
        return country;
    }

    /** Reporting-period index, -1 outside the programme. */
    public int getPeriod() {
        return period;
    }

    /** The amount it adds: the observed value, 1 for a decision or policy, the count of people trained. */
    public double getValue() {
        return value;
    }

    /** Dimension values it carries. */
    public Map<String, String> getDimensions() {
        return dimensions;
    }

    /** Dimension names it carries. */
    public Set<String> getDimensionNames() {
        return dimensions.keySet();
    }

    /** The sector of a decision or policy; null otherwise or for a cross-sector policy. */
    public Sector getSector() {
        return sector;
    }

    /** The determination of a decision; null for other records. */
    public Determination getDetermination() {
        return event instanceof DecisionMade d ? d.determination() : null;
    }

    /** The outcome of a decision; null for other records. */
    public Outcome getOutcome() {
        return event instanceof DecisionMade d ? d.outcome() : null;
    }

    /** The migratory status of the person a decision is about; null for other records. */
    public MigratoryStatus getMigratoryStatus() {
        return event instanceof DecisionMade d ? d.migratoryStatus() : null;
    }

    /** The opaque key of the person a decision is about; null for other records. Never shown. */
    public String getPersonKey() {
        return event instanceof DecisionMade d ? d.personKey() : null;
    }

    /**
     * Where a decision places its person among the decisions of the period: its date (ISO), migratory status and
     * sex, joined so that text order is the order of the three; the person counts in the cell of the greatest.
     * Null for other records.
     */
    public String getPlacement() {
        return event instanceof DecisionMade d ? PersonFact.placement(d) : null;
    }

    /** The event, or null for an observation. */
    public ProgrammeEvent getEvent() {
        return event;
    }

    /** What a finding about it names: the indicator of an observation, else {@code event:<kind>}. */
    public String getSubject() {
        return kind.equals("Observation") ? indicator : "event:" + kind;
    }

    /** The value of a dimension, {@code _T} when not given. */
    public String dimension(String name) {
        return dimensions.getOrDefault(name, IndicatorValue.TOTAL);
    }
}
