package org.m4sd.rules.internal.framework;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.m4sd.sdk.framework.Indicator;
import org.m4sd.sdk.framework.ReportAssembly;

/** The global the input rules write to: cells, findings and survey records, through a {@link ReportAssembly}. */
public final class ReportContext {
    private final ReportAssembly assembly;
    private final List<org.m4sd.sdk.framework.ProgrammeEvent> surveys = new ArrayList<>();

    ReportContext(ReportAssembly assembly) {
        this.assembly = assembly;
    }

    /** Counts a record left out under a validation rule. */
    public void leftOut(String rule, InputRecord r) {
        assembly.leftOut(rule, r.getSubject(), r.getCountry());
    }

    /** Adds the record's amount to its cell of the indicator. */
    public void count(IndicatorFact i, InputRecord r) {
        assembly.add(i.getIndicator(), r.getCountry(), r.getPeriod(), cell(i.getIndicator(), r),
                new BigDecimal(r.getValue()));
    }

    /** Marks the indicator's population as decided in the record's country and period. */
    public void decided(IndicatorFact i, InputRecord r) {
        assembly.decided(i.getIndicator(), r.getCountry(), r.getPeriod());
    }

    /** Adds one to the cell of the indicator the person is placed in. */
    public void countPerson(IndicatorFact i, PersonFact person) {
        Indicator ind = i.getIndicator();
        List<String> dims = new ArrayList<>(ind.dimensions().size());
        for (String d : ind.dimensions()) {
            dims.add(person.dimension(d));
        }
        assembly.add(ind, person.getCountry(), person.getPeriod(), dims, BigDecimal.ONE);
    }

    /** Marks the record's cell as holding a value that does not fit the measure. */
    public void misfit(IndicatorFact i, InputRecord r, String message) {
        assembly.misfit(i.getIndicator(), r.getCountry(), r.getPeriod(), cell(i.getIndicator(), r), message);
    }

    /** Keeps a survey record for the SDG computations. */
    public void survey(InputRecord r) {
        assembly.survey(r.getEvent());
        surveys.add(r.getEvent());
    }

    /** The survey records kept, in input order. */
    List<org.m4sd.sdk.framework.ProgrammeEvent> surveys() {
        return surveys;
    }

    private static List<String> cell(Indicator ind, InputRecord r) {
        List<String> dims = new ArrayList<>(ind.dimensions().size());
        for (String d : ind.dimensions()) {
            dims.add(r.dimension(d));
        }
        return dims;
    }
}
