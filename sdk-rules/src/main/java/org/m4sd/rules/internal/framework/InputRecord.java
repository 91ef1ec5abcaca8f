package org.m4sd.rules.internal.framework;

import java.util.Map;
import java.util.Set;
import org.m4sd.sdk.Determination.Sector;
import org.m4sd.sdk.framework.IndicatorValue;
import org.m4sd.sdk.framework.Observation;
import org.m4sd.sdk.framework.ProgrammeEvent;
import org.m4sd.sdk.framework.ProgrammeEvent.DecisionMade;
import org.m4sd.sdk.framework.ProgrammeEvent.OfficialsTrained;
import org.m4sd.sdk.framework.ProgrammeEvent.PolicyAdopted;

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
    private final boolean grantsAccess;
    private final ProgrammeEvent event;

    private InputRecord(String kind, String indicator, String country, int period, double value,
            Map<String, String> dimensions, Sector sector, boolean grantsAccess, ProgrammeEvent event) {
        this.kind = kind;
        this.indicator = indicator;
        this.country = country;
        this.period = period;
        this.value = value;
        this.dimensions = dimensions;
        this.sector = sector;
        this.grantsAccess = grantsAccess;
        this.event = event;
    }

    static InputRecord of(Observation o, int period) {
        return new InputRecord("Observation", o.indicator(), o.country(), period, o.value(), o.dimensions(), null,
                false, null);
    }

    static InputRecord of(ProgrammeEvent e, int period) {
        String kind = e.getClass().getSimpleName();
        if (e instanceof DecisionMade d) {
            return new InputRecord(kind, "", d.country(), period, 1,
                    Map.of("sex", d.sex().name(), "migratoryStatus", d.migratoryStatus().name()),
                    d.determination().sector(), d.grantsAccess(), e);
        }
        if (e instanceof PolicyAdopted p) {
            return new InputRecord(kind, "", p.country(), period, 1,
                    Map.of("type", p.type().name(), "level", p.level().name()), p.sector().orElse(null), false, e);
        }
        if (e instanceof OfficialsTrained t) {
            return new InputRecord(kind, "", t.country(), period, t.count(),
                    Map.of("sex", t.sex().name(), "level", t.level().name()), null, false, e);
        }
        return new InputRecord(kind, "", e.country(), period, 0, Map.of(), null, false, e);
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

    /** For a decision: ELIGIBLE or CONDITIONAL. */
    public boolean isGrantsAccess() {
        return grantsAccess;
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
