package org.m4sd.sdk.framework;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.m4sd.sdk.internal.Checks;

/**
 * Programme metadata of a results framework.
 *
 * @param id               IATI activity identifier
 * @param title            the programme's title
 * @param reportingOrgRef  IATI organisation identifier of the publisher
 * @param reportingOrgName the publisher's name
 * @param reportingOrgType IATI OrganisationType code of the publisher, for example {@code 40} (multilateral)
 * @param period           the programme's duration; every target period lies inside it
 * @param countries        ISO 3166-1 alpha-3 codes of the countries reported on
 * @param illustrative     true when the framework's indicators, baselines and targets are examples, not the
 *                         programme's own figures
 * @param note             provenance of the framework's content, in plain language
 * @param financedCountries the countries among {@code countries} whose national projects the programme finances
 *                         (M4SD: six of its eleven; the others take part in capacity building and peer learning);
 *                         empty when the framework does not distinguish them
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Programme(String id, String title, String reportingOrgRef, String reportingOrgName,
        String reportingOrgType, Period period, List<String> countries, boolean illustrative, String note,
        List<String> financedCountries) {
    /** Rejects nulls, blank texts, unknown country codes and financed countries the programme does not cover. */
    public Programme {
        Checks.requiredText(id, "id");
        Checks.requiredText(title, "title");
        Checks.requiredText(reportingOrgRef, "reportingOrgRef");
        Checks.requiredText(reportingOrgName, "reportingOrgName");
        Checks.requiredText(reportingOrgType, "reportingOrgType");
        Checks.required(period, "period");
        countries = Checks.list(countries, "countries");
        for (int i = 0; i < countries.size(); i++) {
            Checks.country(countries.get(i), "countries[" + i + "]");
        }
        Checks.required(note, "note");
        financedCountries = Checks.list(financedCountries, "financedCountries");
        for (int i = 0; i < financedCountries.size(); i++) {
            if (!countries.contains(financedCountries.get(i))) {
                throw new IllegalArgumentException("financedCountries[" + i + "] (" + financedCountries.get(i)
                        + ") is not one of countries " + countries);
            }
        }
    }

    /** Programme metadata that does not say which countries are financed. */
    public Programme(String id, String title, String reportingOrgRef, String reportingOrgName,
            String reportingOrgType, Period period, List<String> countries, boolean illustrative, String note) {
        this(id, title, reportingOrgRef, reportingOrgName, reportingOrgType, period, countries, illustrative, note,
                List.of());
    }

    /** True when {@code country} is one of {@link #financedCountries()}. */
    public boolean financed(String country) {
        return financedCountries.contains(country);
    }
}
