package org.m4sd.rules.internal.reference;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfessional;
import org.m4sd.sdk.request.WorkPeriod;

/**
 * {@code health.diaspora-return-support}, read from DOMAIN.md section 4 items 23 and 24 and the pack files. The WHO
 * Global Code of Practice is voluntary and sets no eligibility criteria: eligibility comes only from a return
 * programme the jurisdiction's pack encodes (parameter {@value #PROGRAMME_PARAMETER}); where none is in force the
 * decision is UNDETERMINED and names that parameter. Moldova's Diaspora Relations Bureau programme asks for
 * citizenship, at least three of the last five years of relevant work abroad, current employment abroad, at least
 * a bachelor's degree in the field and knowledge of Romanian; its figures are the pack's. The origin's place on
 * the WHO Health Workforce Support and Safeguards List 2023 is reported as information wherever it is asked.
 */
final class ReferenceDiasporaReturn implements ReferenceDeterminer {
    static final String PROGRAMME_PARAMETER = "hd.return.programme";

    private static final String PROGRAMME_NOT_ENCODED = "hd.return.programme-not-encoded";
    private static final String PROGRAMME_ENCODED = "hd.return.programme-encoded";
    private static final String FACTS_MISSING = "hd.return.facts-missing";
    private static final String CITIZEN = "hd.return.citizen";
    private static final String NOT_CITIZEN = "hd.return.not-citizen";
    private static final String NATIONALITY_UNKNOWN = "hd.return.nationality-unknown";
    private static final String WORK_REACHED = "hd.return.work-abroad-reached";
    private static final String WORK_SHORT = "hd.return.work-abroad-short";
    private static final String WORK_UNKNOWN = "hd.return.work-abroad-unknown";
    private static final String EMPLOYED_ABROAD = "hd.return.employed-abroad";
    private static final String NOT_EMPLOYED_ABROAD = "hd.return.not-employed-abroad";
    private static final String DEGREE_REACHED = "hd.return.degree-reached";
    private static final String DEGREE_BELOW = "hd.return.degree-below";
    private static final String DEGREE_UNKNOWN = "hd.return.degree-unknown";
    private static final String LANGUAGE_KNOWN = "hd.return.language-known";
    private static final String LANGUAGE_NOT_KNOWN = "hd.return.language-not-known";
    private static final String LANGUAGES_UNKNOWN = "hd.return.languages-unknown";
    private static final String SAFEGUARDS_LISTED = "hd.return.safeguards-listed";
    private static final String SAFEGUARDS_NOT_RECORDED = "hd.return.safeguards-not-recorded";

    private static final String PROGRAMME = "hd.programme";
    private static final String PROFESSIONAL = "hd.professional";
    private static final String CITIZENSHIP = "hd.citizenship";
    private static final String WORK_ABROAD = "hd.work-abroad";
    private static final String EMPLOYMENT = "hd.employed-abroad";
    private static final String DEGREE = "hd.degree";
    private static final String LANGUAGE = "hd.language";
    private static final String SAFEGUARDS_LIST = "hd.safeguards-list";

    private static final String MDA_PROGRAMME = "mda-diaspora-return";
    private static final String PROFESSIONAL_FACT = "$.healthProfessional";
    /** ISCED 2011 runs from level 0 to level 8 (doctoral or equivalent). */
    private static final int TOP_ISCED_LEVEL = 8;

    private static final List<ReferenceRule> RULES = List.of(
            ReferenceRule.blocks(PROGRAMME_NOT_ENCODED, PROGRAMME, 5, "hd-return-national-programme"),
            ReferenceRule.informs(PROGRAMME_ENCODED, PROGRAMME, 5, MDA_PROGRAMME),
            ReferenceRule.blocks(FACTS_MISSING, PROFESSIONAL, 8, MDA_PROGRAMME),
            ReferenceRule.blocks(CITIZEN, CITIZENSHIP, 10, MDA_PROGRAMME),
            ReferenceRule.blocks(NOT_CITIZEN, CITIZENSHIP, 10, MDA_PROGRAMME),
            ReferenceRule.blocks(NATIONALITY_UNKNOWN, CITIZENSHIP, 10, MDA_PROGRAMME),
            ReferenceRule.blocks(WORK_REACHED, WORK_ABROAD, 20, MDA_PROGRAMME),
            ReferenceRule.blocks(WORK_SHORT, WORK_ABROAD, 20, MDA_PROGRAMME),
            ReferenceRule.blocks(WORK_UNKNOWN, WORK_ABROAD, 20, MDA_PROGRAMME),
            ReferenceRule.blocks(EMPLOYED_ABROAD, EMPLOYMENT, 30, MDA_PROGRAMME),
            ReferenceRule.blocks(NOT_EMPLOYED_ABROAD, EMPLOYMENT, 30, MDA_PROGRAMME),
            ReferenceRule.blocks(DEGREE_REACHED, DEGREE, 40, MDA_PROGRAMME),
            ReferenceRule.blocks(DEGREE_BELOW, DEGREE, 40, MDA_PROGRAMME),
            ReferenceRule.blocks(DEGREE_UNKNOWN, DEGREE, 40, MDA_PROGRAMME),
            ReferenceRule.blocks(LANGUAGE_KNOWN, LANGUAGE, 50, MDA_PROGRAMME),
            ReferenceRule.blocks(LANGUAGE_NOT_KNOWN, LANGUAGE, 50, MDA_PROGRAMME),
            ReferenceRule.blocks(LANGUAGES_UNKNOWN, LANGUAGE, 50, MDA_PROGRAMME),
            ReferenceRule.informs(SAFEGUARDS_LISTED, SAFEGUARDS_LIST, 70, "who-safeguards-2023", "who-code"),
            ReferenceRule.informs(SAFEGUARDS_NOT_RECORDED, SAFEGUARDS_LIST, 70, "who-safeguards-2023"));

    @Override
    public Determination determination() {
        return Determination.HEALTH_DIASPORA_RETURN_SUPPORT;
    }

    @Override
    public List<ReferenceRule> rules() {
        return RULES;
    }

    @Override
    public void decide(EligibilityRequest request, Parameters parameters, Findings findings) {
        Optional<HealthProfessional> given = request.healthProfessional();
        Optional<Resolved> programme = parameters.find(PROGRAMME_PARAMETER);
        if (programme.isEmpty()) {
            // DOMAIN.md 4.24: no programme encoded for the jurisdiction and date, so nothing can decide.
            findings.notEncoded(PROGRAMME_NOT_ENCODED, "HD_PROGRAMME_NOT_ENCODED", PROGRAMME_PARAMETER,
                    request.jurisdiction(), request.asOf());
        } else {
            judgeByProgramme(request, programme.get(), findings);
        }
        // DOMAIN.md 4.23: the safeguards list is information on the origin, never a condition.
        given.ifPresent(professional -> reportSafeguards(professional.originCountry(), parameters, findings));
    }

    private static void judgeByProgramme(EligibilityRequest request, Resolved programme, Findings findings) {
        JsonNode terms = programme.value().value();
        findings.met(PROGRAMME_ENCODED, "HD_PROGRAMME", terms.get("name").asText(), terms.get("missions").asText(),
                terms.get("support").asText(), cite(programme.source()));
        Optional<HealthProfessional> given = request.healthProfessional();
        if (given.isEmpty()) {
            findings.unknown(FACTS_MISSING, "HD_FACTS_MISSING", PROFESSIONAL_FACT);
        }

        // Citizenship: read from the person, so it is judged even without the professional's facts.
        String citizenship = terms.get("nationality").asText();
        Optional<String> nationality = request.person().nationality();
        if (nationality.isEmpty()) {
            findings.unknown(NATIONALITY_UNKNOWN, "HD_NATIONALITY_UNKNOWN", "$.person.nationality");
        } else if (nationality.get().equals(citizenship)) {
            findings.met(CITIZEN, "HD_CITIZEN", nationality.get());
        } else {
            // The programme's citizenship: not a fact the person changes to qualify.
            findings.notMet(NOT_CITIZEN, "HD_NOT_CITIZEN", Gap.unchangeable("$.person.nationality"),
                    nationality.get(), citizenship);
        }
        if (given.isEmpty()) {
            return;
        }
        HealthProfessional professional = given.get();

        // At least three of the last five years of relevant work abroad, as the pack counts them in months.
        int window = terms.get("windowMonths").intValue();
        int required = terms.get("minMonthsAbroad").intValue();
        if (professional.workAbroad().isEmpty()) {
            findings.unknown(WORK_UNKNOWN, "HD_WORK_ABROAD_UNKNOWN", PROFESSIONAL_FACT + ".workAbroad");
        } else {
            int months = wholeMonthsAbroad(professional.workAbroad().get(), request.jurisdiction(),
                    request.asOf().minusMonths(window).plusDays(1), request.asOf());
            findings.value("workAbroadMonths", months);
            if (months >= required) {
                findings.met(WORK_REACHED, "HD_WORK_ABROAD_REACHED", months, window, required);
            } else {
                findings.notMet(WORK_SHORT, "HD_WORK_ABROAD_SHORT", Gap.increase(PROFESSIONAL_FACT + ".workAbroad",
                        BigDecimal.valueOf(required - months), "months"), months, window, required);
            }
        }

        // Employed abroad now, in any form: the country of practice is not the programme's state.
        if (professional.countryOfPractice().equals(request.jurisdiction())) {
            // Practice in any country but the programme's state is employment abroad.
            List<String> abroad = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream().sorted()
                    .filter(country -> !country.equals(request.jurisdiction())).toList();
            findings.notMet(NOT_EMPLOYED_ABROAD, "HD_NOT_EMPLOYED_ABROAD",
                    Gap.change(PROFESSIONAL_FACT + ".countryOfPractice", abroad), request.jurisdiction());
        } else {
            findings.met(EMPLOYED_ABROAD, "HD_EMPLOYED_ABROAD", professional.countryOfPractice());
        }

        // At least a bachelor's degree in the field: an ISCED 2011 level.
        int lowestLevel = terms.get("minIscedLevel").intValue();
        Optional<Integer> level = professional.highestDegreeLevel().map(l -> Integer.parseInt(l.substring(6)));
        if (level.isEmpty()) {
            findings.unknown(DEGREE_UNKNOWN, "HD_DEGREE_UNKNOWN", PROFESSIONAL_FACT + ".highestDegreeLevel");
        } else if (level.get() < lowestLevel) {
            List<String> enough = IntStream.rangeClosed(lowestLevel, TOP_ISCED_LEVEL).mapToObj(l -> "ISCED_" + l)
                    .toList();
            findings.notMet(DEGREE_BELOW, "HD_DEGREE_BELOW", Gap.change(PROFESSIONAL_FACT + ".highestDegreeLevel",
                    enough), level.get(), lowestLevel);
        } else {
            findings.met(DEGREE_REACHED, "HD_DEGREE_REACHED", level.get(), lowestLevel);
        }

        // Knows the programme's language.
        String language = terms.get("language").asText();
        if (professional.languages().isEmpty()) {
            findings.unknown(LANGUAGES_UNKNOWN, "HD_LANGUAGES_UNKNOWN", PROFESSIONAL_FACT + ".languages");
        } else if (professional.languages().contains(language)) {
            findings.met(LANGUAGE_KNOWN, "HD_LANGUAGE_KNOWN", language);
        } else {
            findings.notMet(LANGUAGE_NOT_KNOWN, "HD_LANGUAGE_NOT_KNOWN",
                    Gap.change(PROFESSIONAL_FACT + ".languages", List.of(language)), language);
        }
    }

    /**
     * Whole months of work outside {@code home} between {@code first} and {@code last}, both inclusive: each
     * period is cut to those days, touching or overlapping periods join into one stretch, and every stretch
     * counts its complete calendar months.
     */
    static int wholeMonthsAbroad(List<WorkPeriod> periods, String home, LocalDate first, LocalDate last) {
        List<WorkPeriod> cut = new ArrayList<>();
        for (WorkPeriod p : periods) {
            if (p.country().equals(home) || p.to().isBefore(first) || p.from().isAfter(last)) {
                continue;
            }
            LocalDate from = p.from().isAfter(first) ? p.from() : first;
            LocalDate to = p.to().isBefore(last) ? p.to() : last;
            cut.add(new WorkPeriod(p.country(), from, to));
        }
        cut.sort((a, b) -> a.from().compareTo(b.from()));
        int total = 0;
        LocalDate stretchFrom = null;
        LocalDate stretchTo = null;
        for (WorkPeriod p : cut) {
            if (stretchFrom != null && p.from().isAfter(stretchTo.plusDays(1))) {
                total += (int) ChronoUnit.MONTHS.between(stretchFrom, stretchTo.plusDays(1));
                stretchFrom = null;
            }
            if (stretchFrom == null) {
                stretchFrom = p.from();
                stretchTo = p.to();
            } else if (p.to().isAfter(stretchTo)) {
                stretchTo = p.to();
            }
        }
        if (stretchFrom != null) {
            total += (int) ChronoUnit.MONTHS.between(stretchFrom, stretchTo.plusDays(1));
        }
        return total;
    }

    private static void reportSafeguards(String origin, Parameters parameters, Findings findings) {
        ReferenceHealthSafeguardsList list = ReferenceHealthSafeguardsList.of(parameters);
        Optional<String> listing = list.listingOf(origin);
        if (listing.isPresent()) {
            findings.met(SAFEGUARDS_LISTED, "HD_SAFEGUARDS_LISTED", origin, listing.get(), list.densityBelow(),
                    list.coverageIndexBelow());
        } else {
            // The WHO's list, drawn from the origin's own figures: nothing the person can change.
            findings.notMet(SAFEGUARDS_NOT_RECORDED, "HD_SAFEGUARDS_NOT_RECORDED",
                    Gap.unchangeable(PROFESSIONAL_FACT + ".originCountry"), origin, list.recordedCountries());
        }
        findings.value("whoSafeguardsList2023", listing.isPresent());
    }

    private static String cite(Source s) {
        return s.instrument() + (s.article().isBlank() ? "" : ", art. " + s.article()) + " [" + s.status() + "]";
    }
}
