package org.m4sd.benchmarks.peers;

import static org.m4sd.benchmarks.peers.CaseProperties.call;
import static org.m4sd.benchmarks.peers.CaseProperties.number;
import static org.m4sd.benchmarks.peers.CaseProperties.property;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.m4sd.rules.spi.RuleCase;

/**
 * The choice that the DRL rule {@code ss.pension.agreement.applies} makes before any pension criterion: among the
 * agreements whose record adds periods and whose condition the person meets (territoriality: living in the paying
 * state), the one with the longest record, the first in the pack's table among equals, is applied to the case;
 * but where the months of own cover are fewer than those below which the state owes no pro-rata share, one under
 * which the service counts as the state's own comes before a pro-rata one.
 * A DMN decision cannot change the fact it reads, so both peers make this choice on the case before their rules
 * run, from the same measured records.
 */
final class AgreementChoice {
    private static final String RESIDES_IN_PAYING_STATE = "RESIDES_IN_PAYING_STATE";
    private static final String COUNTS_AS_OWN = "COUNTS_AS_OWN";

    private AgreementChoice() {
    }

    /** Applies the most favourable applicable agreement to a pension case; leaves a case none applies to as it is. */
    static void apply(RuleCase pension) {
        Object fact = pension.fact();
        boolean resident = Objects.equals(property(fact, "residence"), property(fact, "jurisdiction"));
        boolean ownCoverShort = number(fact, "ownMonths") < number(property(fact, "params"), "minOwnMonths");
        List<Object> applicable = new ArrayList<>();
        Object best = null;
        for (Object record : (List<?>) property(fact, "agreementRecords")) {
            Object condition = property(record, "condition");
            if (number(record, "partnerUnits") <= 0
                    || condition != null && !(RESIDES_IN_PAYING_STATE.equals(condition) && resident)) {
                continue;
            }
            applicable.add(record);
            if (best == null || better(record, best, ownCoverShort)) {
                best = record;
            }
        }
        if (best != null) {
            call(fact, "applyAgreement", best, applicable);
        }
    }

    private static boolean better(Object record, Object best, boolean ownCoverShort) {
        boolean countsAsOwn = COUNTS_AS_OWN.equals(property(record, "effect"));
        boolean bestCountsAsOwn = COUNTS_AS_OWN.equals(property(best, "effect"));
        if (ownCoverShort && countsAsOwn != bestCountsAsOwn) {
            return countsAsOwn;
        }
        return number(record, "totalUnits") > number(best, "totalUnits")
                || number(record, "totalUnits") == number(best, "totalUnits")
                        && number(record, "tableIndex") < number(best, "tableIndex");
    }
}
