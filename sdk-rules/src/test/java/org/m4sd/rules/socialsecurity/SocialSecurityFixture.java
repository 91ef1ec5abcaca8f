package org.m4sd.rules.socialsecurity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;

/** Small helpers shared by the social-security tests. */
final class SocialSecurityFixture {
    static final Determination PENSION = Determination.SOCIAL_SECURITY_OLD_AGE_PENSION;
    static final Determination EXPORT = Determination.SOCIAL_SECURITY_BENEFIT_EXPORT;

    private SocialSecurityFixture() {
    }

    /** A period of {@code months} whole calendar months starting on the first day of {@code from}'s month. */
    static ContributionPeriod months(String country, LocalDate from, int months) {
        LocalDate start = from.withDayOfMonth(1);
        return ContributionPeriod.of(country, start, start.plusMonths(months).minusDays(1));
    }

    /** A period of {@code days} calendar days from {@code from}. */
    static ContributionPeriod days(String country, LocalDate from, int days) {
        return ContributionPeriod.of(country, from, from.plusDays(days - 1L));
    }

    static EligibilityRequest request(String jurisdiction, LocalDate asOf, Person person, Locale locale,
            Determination determination) {
        return EngineFixture.request(jurisdiction, asOf, person).determinations(determination).locale(locale).build();
    }

    static Decision decide(EligibilityEngine engine, EligibilityRequest request, Determination determination) {
        return engine.evaluate(request).decision(determination).orElseThrow();
    }

    static Decision pension(String jurisdiction, LocalDate asOf, Person person) {
        return decide(EngineFixture.DROOLS, request(jurisdiction, asOf, person, Locale.ENGLISH, PENSION), PENSION);
    }

    static Decision pension(String jurisdiction, LocalDate asOf, Person person, Locale locale) {
        return decide(EngineFixture.DROOLS, request(jurisdiction, asOf, person, locale, PENSION), PENSION);
    }

    static Decision export(String jurisdiction, LocalDate asOf, Person person) {
        return decide(EngineFixture.DROOLS, request(jurisdiction, asOf, person, Locale.ENGLISH, EXPORT), EXPORT);
    }

    static Criterion criterion(Decision d, String id) {
        return d.criterion(id).orElseThrow(() -> new AssertionError("no criterion " + id + " in " + d.criteria()));
    }

    static List<String> rules(Decision d) {
        return d.criteria().stream().map(Criterion::rule).toList();
    }
}
