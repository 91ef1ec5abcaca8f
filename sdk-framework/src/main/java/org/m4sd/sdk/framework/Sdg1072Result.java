package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * SDG 10.7.2 scores of one country's questionnaire.
 *
 * @param country      the country
 * @param period       the reporting period the answers fall in
 * @param domainScores the six domain scores (0 to 100), domain 1 first
 * @param domainBands  the band of each domain score
 * @param overall      the overall score: the plain mean of the 30 sub-items x 100
 * @param band         the band of the overall score
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Sdg1072Result(String country, Period period, List<Double> domainScores, List<Sdg1072Band> domainBands,
        double overall, Sdg1072Band band) {
    /** Rejects nulls and lists that do not have six entries. */
    public Sdg1072Result {
        Checks.requiredText(country, "country");
        Checks.required(period, "period");
        domainScores = Checks.list(domainScores, "domainScores");
        domainBands = Checks.list(domainBands, "domainBands");
        if (domainScores.size() != 6 || domainBands.size() != 6) {
            throw new IllegalArgumentException("SDG 10.7.2 has six domains");
        }
        Checks.required(band, "band");
    }
}
