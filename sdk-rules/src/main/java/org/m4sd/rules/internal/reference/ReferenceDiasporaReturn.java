package org.m4sd.rules.internal.reference;

import java.util.List;
import java.util.Optional;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfessional;

/**
 * {@code health.diaspora-return-support}, read from DOMAIN.md section 4 items 23 and 24 and the international
 * pack's tables: return support, on Moldova's scheme as template, goes to a qualified and licensed health
 * professional of the diaspora who returns temporarily, permanently or virtually to a post in the health system of
 * the origin country, which is the jurisdiction offering the support. The origin's place on the WHO Health
 * Workforce Support and Safeguards List 2023 is reported as information, never as a condition. Only the
 * {@code healthProfessional} facts and the jurisdiction are read.
 */
final class ReferenceDiasporaReturn implements ReferenceDeterminer {
    private static final String FACTS_MISSING = "hd.return.facts-missing";
    private static final String QUALIFIED = "hd.return.qualified";
    private static final String NOT_QUALIFIED = "hd.return.not-qualified";
    private static final String QUALIFIED_UNKNOWN = "hd.return.qualified-unknown";
    private static final String LICENSED = "hd.return.licensed";
    private static final String NOT_LICENSED = "hd.return.not-licensed";
    private static final String LICENSED_UNKNOWN = "hd.return.licensed-unknown";
    private static final String TYPE_STATED = "hd.return.type-stated";
    private static final String TYPE_UNKNOWN = "hd.return.type-unknown";
    private static final String POST_OFFERED = "hd.return.post-offered";
    private static final String NO_POST = "hd.return.no-post";
    private static final String POST_UNKNOWN = "hd.return.post-unknown";
    private static final String ORIGIN_IS_JURISDICTION = "hd.return.origin-is-jurisdiction";
    private static final String ORIGIN_ELSEWHERE = "hd.return.origin-elsewhere";
    private static final String PRACTISING_ABROAD = "hd.return.practising-abroad";
    private static final String PRACTISING_AT_HOME = "hd.return.practising-at-home";
    private static final String SAFEGUARDS_LISTED = "hd.return.safeguards-listed";
    private static final String SAFEGUARDS_NOT_RECORDED = "hd.return.safeguards-not-recorded";

    private static final String PROFESSIONAL = "hd.professional";
    private static final String QUALIFICATION = "hd.qualified";
    private static final String LICENCE = "hd.licensed";
    private static final String RETURN_TYPE = "hd.return-type";
    private static final String HEALTH_POST = "hd.health-post";
    private static final String ORIGIN = "hd.origin";
    private static final String DIASPORA = "hd.diaspora";
    private static final String SAFEGUARDS_LIST = "hd.safeguards-list";

    private static final String PROFESSIONAL_FACT = "$.healthProfessional";

    private static final List<ReferenceRule> RULES = List.of(
            ReferenceRule.blocks(FACTS_MISSING, PROFESSIONAL, 5, "who-code"),
            ReferenceRule.blocks(QUALIFIED, QUALIFICATION, 10, "who-code"),
            ReferenceRule.blocks(NOT_QUALIFIED, QUALIFICATION, 10, "who-code"),
            ReferenceRule.blocks(QUALIFIED_UNKNOWN, QUALIFICATION, 10, "who-code"),
            ReferenceRule.blocks(LICENSED, LICENCE, 20, "who-code"),
            ReferenceRule.blocks(NOT_LICENSED, LICENCE, 20, "who-code"),
            ReferenceRule.blocks(LICENSED_UNKNOWN, LICENCE, 20, "who-code"),
            ReferenceRule.blocks(TYPE_STATED, RETURN_TYPE, 30, "mda-return-template", "who-code"),
            ReferenceRule.blocks(TYPE_UNKNOWN, RETURN_TYPE, 30, "mda-return-template", "who-code"),
            ReferenceRule.conditions(POST_OFFERED, HEALTH_POST, 40, "mda-return-template"),
            ReferenceRule.conditions(NO_POST, HEALTH_POST, 40, "mda-return-template"),
            ReferenceRule.conditions(POST_UNKNOWN, HEALTH_POST, 40, "mda-return-template"),
            ReferenceRule.blocks(ORIGIN_IS_JURISDICTION, ORIGIN, 50, "who-code"),
            ReferenceRule.blocks(ORIGIN_ELSEWHERE, ORIGIN, 50, "who-code"),
            ReferenceRule.blocks(PRACTISING_ABROAD, DIASPORA, 60, "who-code"),
            ReferenceRule.blocks(PRACTISING_AT_HOME, DIASPORA, 60, "who-code"),
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
        if (given.isEmpty()) {
            findings.unknown(FACTS_MISSING, "HD_FACTS_MISSING", PROFESSIONAL_FACT);
            return;
        }
        HealthProfessional professional = given.get();

        // The scheme supports a professional who holds a recognised qualification and a current licence.
        yesNoUnknown(professional.qualified(), findings, QUALIFIED, "HD_QUALIFIED", NOT_QUALIFIED,
                "HD_NOT_QUALIFIED", QUALIFIED_UNKNOWN, "HD_QUALIFIED_UNKNOWN", PROFESSIONAL_FACT + ".qualified");
        yesNoUnknown(professional.licensed(), findings, LICENSED, "HD_LICENSED", NOT_LICENSED, "HD_NOT_LICENSED",
                LICENSED_UNKNOWN, "HD_LICENSED_UNKNOWN", PROFESSIONAL_FACT + ".licensed");

        // Moldova's template supports temporary, permanent and virtual return alike: the type must be stated only.
        if (professional.returnType().isPresent()) {
            findings.met(TYPE_STATED, "HD_RETURN_" + professional.returnType().get().name());
        } else {
            findings.unknown(TYPE_UNKNOWN, "HD_RETURN_TYPE_UNKNOWN", PROFESSIONAL_FACT + ".returnType");
        }

        // Support follows a post in the origin's health system: without one yet, the decision is conditional.
        yesNoUnknown(professional.healthPostOffered(), findings, POST_OFFERED, "HD_POST_OFFERED", NO_POST,
                "HD_NO_POST", POST_UNKNOWN, "HD_POST_UNKNOWN", PROFESSIONAL_FACT + ".healthPostOffered");

        // The support is the origin country's own scheme: the jurisdiction deciding must be that country.
        String origin = professional.originCountry();
        if (origin.equals(request.jurisdiction())) {
            findings.met(ORIGIN_IS_JURISDICTION, "HD_ORIGIN_MATCH", origin);
        } else {
            findings.notMet(ORIGIN_ELSEWHERE, "HD_ORIGIN_ELSEWHERE", origin, request.jurisdiction());
        }

        // A member of the diaspora practises outside the origin country.
        String practice = professional.countryOfPractice();
        if (practice.equals(origin)) {
            findings.notMet(PRACTISING_AT_HOME, "HD_AT_HOME", origin);
        } else {
            findings.met(PRACTISING_ABROAD, "HD_ABROAD", practice);
        }

        // WHO Global Code: the safeguards list is information on the origin's health workforce, not a condition.
        ReferenceHealthSafeguardsList list = ReferenceHealthSafeguardsList.of(parameters);
        Optional<String> listing = list.listingOf(origin);
        if (listing.isPresent()) {
            findings.met(SAFEGUARDS_LISTED, "HD_SAFEGUARDS_LISTED", origin, listing.get(), list.densityBelow(),
                    list.coverageIndexBelow());
        } else {
            findings.notMet(SAFEGUARDS_NOT_RECORDED, "HD_SAFEGUARDS_NOT_RECORDED", origin, list.recordedCountries());
        }
        findings.value("whoSafeguardsList2023", listing.isPresent());
    }

    /** A fact the request may state as yes or no, or leave unsaid, each with its own rule. */
    private static void yesNoUnknown(Optional<Boolean> fact, Findings findings, String yesRule, String yesCode,
            String noRule, String noCode, String unknownRule, String unknownCode, String factPath) {
        if (fact.isEmpty()) {
            findings.unknown(unknownRule, unknownCode, factPath);
        } else if (fact.get()) {
            findings.met(yesRule, yesCode);
        } else {
            findings.notMet(noRule, noCode);
        }
    }
}
