package org.m4sd.rules.internal.socialsecurity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.rules.internal.packs.Parsed;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;

/**
 * {@code social-security.benefit-export}: builds the case the rules decide: the state of residence, the
 * beneficiary's nationality, and for a person living abroad the partner states of the agreements in force that
 * cover old-age pensions and the states for which ILO C118 is in force with the old-age branch accepted on the
 * date of the decision. Whether an agreement with the state of residence, or C118 art. 5 (the paying state's
 * acceptance of the old-age branch and the beneficiary's nationality), gives a basis for paying abroad is decided
 * by the rules of {@code socialsecurity.drl}.
 */
public final class BenefitExport implements Determiner {

    /**
     * A row of the {@code c118Ratifications} table: whether and in which year the state ratified, the branches it
     * accepted (each with the tag of what the sources show of them) and the tag of its source. A ratification
     * counts from the start of its year; a state absent from the table is not shown to have ratified.
     */
    private record RatificationRow(String state, boolean ratified, Integer year, String status,
            Set<String> branchesAccepted, String branchesStatus) {
        boolean inForceIn(int year) {
            return ratified && this.year != null && year >= this.year;
        }

        boolean oldAgeBranchIn(int year) {
            return inForceIn(year) && branchesAccepted.contains(Agreement.OLD_AGE);
        }
    }

    /** The {@code c118Ratifications} table, with the states bound for the old-age branch, by year. */
    private record Ratifications(List<RatificationRow> rows, Map<Integer, Set<String>> oldAgePartiesByYear) {
        static Ratifications parse(JsonNode table) {
            List<RatificationRow> rows = new ArrayList<>();
            for (JsonNode n : table) {
                Set<String> branches = new TreeSet<>();
                n.path("branchesAccepted").forEach(b -> branches.add(b.asText()));
                rows.add(new RatificationRow(n.path("state").asText(), n.path("ratified").asBoolean(false),
                        n.hasNonNull("year") ? n.get("year").asInt() : null,
                        n.path("source").path("status").asText("B"), Set.copyOf(branches),
                        n.path("branchesStatus").asText("B")));
            }
            return new Ratifications(List.copyOf(rows), new ConcurrentHashMap<>());
        }

        Set<String> oldAgePartiesIn(int year) {
            return oldAgePartiesByYear.computeIfAbsent(year, y -> {
                Set<String> parties = new HashSet<>();
                for (RatificationRow row : rows) {
                    if (row.oldAgeBranchIn(y)) {
                        parties.add(row.state());
                    }
                }
                return Set.copyOf(parties);
            });
        }

        /** What the table records for a state in the year, as the explanation says it, with the state's code. */
        String describe(String state, int year) {
            for (RatificationRow row : rows) {
                if (row.state().equals(state)) {
                    return state + ": " + describe(row, year);
                }
            }
            return state + ": C118 ratification not recorded";
        }

        private static String describe(RatificationRow row, int year) {
            String tag = " [" + row.status() + "]";
            if (!row.ratified() || row.year() == null) {
                return "C118 not ratified" + tag;
            }
            if (!row.inForceIn(year)) {
                return "C118 ratified only in " + row.year() + tag;
            }
            String branch = row.branchesAccepted().contains(Agreement.OLD_AGE) ? "old-age branch accepted"
                    : "old-age branch not accepted";
            return "C118 ratified " + row.year() + tag + ", " + branch + " [" + row.branchesStatus() + "]";
        }
    }

    private static final Ratifications NO_RATIFICATIONS = new Ratifications(List.of(), new ConcurrentHashMap<>());

    /**
     * The last parameters read for each jurisdiction, with their date: requests in a batch usually share both, and
     * the packs never change, so a request on the same date skips the look-ups.
     */
    private final Map<String, ParamsOnDate> lastRead = new ConcurrentHashMap<>();

    /** The agreements and ratifications in force for a jurisdiction on a date, as one store of packs gives them. */
    private record ParamsOnDate(PackStore store, LocalDate asOf, Ratifications ratifications, ExportParameters params) {
    }

    @Override
    public Determination determination() {
        return Determination.SOCIAL_SECURITY_BENEFIT_EXPORT;
    }

    @Override
    public String knowledgeBase() {
        return "socialsecurity";
    }

    @Override
    public CaseFact caseFor(EligibilityRequest request, PackContext packs) {
        String jurisdiction = request.jurisdiction();
        String residence = request.person().countryOfResidence().orElse(null);
        String nationality = request.person().nationality().orElse(null);
        if (residence == null || residence.equals(jurisdiction)) {
            return new BenefitExportCase(jurisdiction, residence, nationality, ExportParameters.NOT_READ, "");
        }
        LocalDate asOf = request.asOf();
        ParamsOnDate inForce = paramsOnDate(jurisdiction, asOf, packs);
        Ratifications ratifications = inForce.ratifications();
        int year = asOf.getYear();
        // The paying state's ratification, and the beneficiary's state's where it is another: art. 5 reads both.
        String detail = ratifications.describe(jurisdiction, year);
        if (nationality != null && !nationality.equals(jurisdiction)) {
            detail += "; " + ratifications.describe(nationality, year);
        }
        return new BenefitExportCase(jurisdiction, residence, nationality, inForce.params(), detail);
    }

    private ParamsOnDate paramsOnDate(String jurisdiction, LocalDate asOf, PackContext packs) {
        ParamsOnDate last = lastRead.get(jurisdiction);
        if (last != null && last.store() == packs.packs() && last.asOf().equals(asOf)) {
            return last;
        }
        Ratifications ratifications = packs.table("c118Ratifications")
                .map(t -> Parsed.of(packs.packs(), t, Ratifications::parse)).orElse(NO_RATIFICATIONS);
        ExportParameters params = ExportParameters.of(
                AgreementsInForce.of(packs.packs(), packs.table("agreements").orElse(null), asOf, jurisdiction),
                ratifications.oldAgePartiesIn(asOf.getYear()));
        ParamsOnDate read = new ParamsOnDate(packs.packs(), asOf, ratifications, params);
        lastRead.put(jurisdiction, read);
        return read;
    }
}
