package org.m4sd.rules.internal.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.Recruitment;

/**
 * The day each cost a worker paid is judged on (DOMAIN.md 4.18): a cost is judged under the rule in force on the
 * day it was paid; where the request does not give that day, on the day the recruitment's first job began; where it
 * gives neither, on the decision date. Costs of amount zero record that nothing was paid and are not judged.
 */
final class ReferenceFrDays {
    /** Why a cost is judged on its day. */
    enum Basis {
        PAID_ON, FIRST_JOB_START, DECISION_DATE
    }

    /** One cost paid, with the day it is judged on and why, and its place in the request. */
    record DatedCost(CostItem cost, LocalDate day, Basis basis, int position) {
        /** The JSON path of the fact that gave the day. */
        String dayPath() {
            return switch (basis) {
                case PAID_ON -> "$.recruitment.costsPaidByWorker[" + position + "].paidOn";
                case FIRST_JOB_START -> "$.recruitment.firstJobStart";
                case DECISION_DATE -> "$.asOf";
            };
        }
    }

    private ReferenceFrDays() {
    }

    /** The costs paid, in the order of their day, then kind, currency and amount (not the request's order). */
    static List<DatedCost> of(Recruitment recruitment, LocalDate asOf) {
        List<DatedCost> dated = new ArrayList<>();
        List<CostItem> items = recruitment.costsPaidByWorker();
        for (int i = 0; i < items.size(); i++) {
            CostItem cost = items.get(i);
            if (cost.amount().signum() <= 0) {
                continue;
            }
            if (cost.paidOn().isPresent()) {
                dated.add(new DatedCost(cost, cost.paidOn().get(), Basis.PAID_ON, i));
            } else if (recruitment.firstJobStart().isPresent()) {
                dated.add(new DatedCost(cost, recruitment.firstJobStart().get(), Basis.FIRST_JOB_START, i));
            } else {
                dated.add(new DatedCost(cost, asOf, Basis.DECISION_DATE, i));
            }
        }
        dated.sort(Comparator.comparing(DatedCost::day).thenComparing(d -> d.cost().item())
                .thenComparing(d -> d.cost().currency()).thenComparing(d -> d.cost().amount()));
        return dated;
    }

    /** The costs judged on one basis, as messages show them: {@code "VISA BDT 5000 on 2018-03-01, ..."}. */
    static String describe(List<DatedCost> dated, Basis basis) {
        StringJoiner text = new StringJoiner(", ");
        for (DatedCost d : dated) {
            if (d.basis() == basis) {
                String cost = d.cost().item().name() + " " + ReferenceFrCosts.text(d.cost().amount(),
                        d.cost().currency());
                text.add(basis == Basis.PAID_ON ? cost + " on " + d.day() : cost);
            }
        }
        return text.toString();
    }
}
