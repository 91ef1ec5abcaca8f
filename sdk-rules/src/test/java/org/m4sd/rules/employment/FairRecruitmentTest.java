package org.m4sd.rules.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.EngineFixture;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.EligibilityEngine;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Recruitment;
import org.m4sd.sdk.request.Sex;

/** The distinctive rule of each overlay, with the figures of the national sources. */
class FairRecruitmentTest {
    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    static Decision decide(EligibilityEngine engine, String jurisdiction, LocalDate asOf, Person person,
            Recruitment recruitment, Locale locale) {
        var request = EngineFixture.request(jurisdiction, asOf, person).recruitment(recruitment)
                .determinations(Determination.EMPLOYMENT_FAIR_RECRUITMENT).locale(locale).build();
        Decision drools = engine.evaluate(request).decision(Determination.EMPLOYMENT_FAIR_RECRUITMENT).orElseThrow();
        Decision reference = EngineFixture.REFERENCE.evaluate(request)
                .decision(Determination.EMPLOYMENT_FAIR_RECRUITMENT).orElseThrow();
        assertThat(drools).isEqualTo(reference);
        return drools;
    }

    static Decision decide(String jurisdiction, Person person, Recruitment recruitment) {
        return decide(EngineFixture.DROOLS, jurisdiction, AS_OF, person, recruitment, Locale.ENGLISH);
    }

    static Criterion criterion(Decision d, String id) {
        return d.criterion(id).orElseThrow(() -> new AssertionError("no criterion " + id + " in " + d.criteria()));
    }

    private static Person man() {
        return Person.builder("w-1").sex(Sex.M).build();
    }

    private static Recruitment.Builder nepalToQatar() {
        return Recruitment.builder("NPL", "QAT").occupation("construction")
                .firstJobStart(LocalDate.of(2022, 5, 1))
                .firstMonthEarnings(Money.of(1300, "QAR")).exchangeRate("NPR", new BigDecimal("0.0274"));
    }

    // ---- Moldova: Laws 102/2003 and 180/2008 bar private employment agencies from charging workers fees

    private static final String MOLDOVAN_LAWS = "Republic of Moldova, Law No. 180-XVI of 10 July 2008 on labour "
            + "migration and Law No. 102/2003 on employment and the social protection of job seekers [V]";

    private static Decision moldovanWorkerChargedAnAgencyFee(Locale locale) {
        return decide(EngineFixture.DROOLS, "MDA", AS_OF, man(), Recruitment.builder("MDA", "DEU")
                .firstJobStart(LocalDate.of(2023, 5, 2))
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 500, "EUR")).build(), locale);
    }

    @Test
    void aMoldovanWorkerChargedAnAgencyFeeReadsTheBanAndC181InEnglish() {
        Decision d = moldovanWorkerChargedAnAgencyFee(Locale.ENGLISH);
        assertThat(d.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(criterion(d, "fr.applicable-rule").message()).isEqualTo("The law of MDA, where the worker was "
                + "recruited, bars charging workers SERVICE_CHARGE for work in any destination (applied from "
                + "2009-01-01; " + MOLDOVAN_LAWS + ")");
        Criterion ban = criterion(d, "fr.fee-ban");
        assertThat(ban.rule()).isEqualTo("fr.fee-ban.charged");
        assertThat(ban.result()).isEqualTo(CriterionResult.NOT_MET);
        assertThat(ban.message()).isEqualTo("The worker was charged SERVICE_CHARGE, which the law of MDA bars "
                + "charging workers whatever the amount (" + MOLDOVAN_LAWS + "). To comply, everything charged for "
                + "these items is to be repaid to the worker: EUR 500.");
        assertThat(ban.gap()).contains(Gap.decrease("$.recruitment.costsPaidByWorker", new BigDecimal("500"), "EUR"));
        assertThat(criterion(d, "fr.c181").message()).isEqualTo("MDA ratified ILO Convention No. 181 (2001): art. 7 "
                + "bars private employment agencies from charging workers any fee or cost, save the exceptions it "
                + "allows");
        assertThat(criterion(d, "fr.c181").legalBasis()).extracting(b -> b.article()).containsExactly("7");
    }

    @Test
    void aMoldovanWorkerChargedAnAgencyFeeReadsTheBanInFrench() {
        Decision d = moldovanWorkerChargedAnAgencyFee(Locale.FRENCH);
        assertThat(criterion(d, "fr.applicable-rule").message()).isEqualTo("La loi de MDA, où le travailleur a été "
                + "recruté, interdit de mettre SERVICE_CHARGE à la charge des travailleurs, quelle que soit la "
                + "destination (depuis le 2009-01-01 ; " + MOLDOVAN_LAWS + ")");
        assertThat(criterion(d, "fr.fee-ban").message()).isEqualTo("SERVICE_CHARGE a été mis à la charge du "
                + "travailleur, ce que la loi de MDA interdit quel que soit le montant (" + MOLDOVAN_LAWS + "). Pour "
                + "être en règle, tout ce qui a été facturé pour ces postes doit être remboursé au travailleur : "
                + "EUR 500.");
    }

    @Test
    void aMoldovanWorkerChargedAnAgencyFeeReadsTheBanInSpanish() {
        Decision d = moldovanWorkerChargedAnAgencyFee(new Locale("es"));
        assertThat(criterion(d, "fr.applicable-rule").message()).isEqualTo("La ley de MDA, donde fue contratado el "
                + "trabajador, prohíbe cobrar a los trabajadores SERVICE_CHARGE para trabajar en cualquier destino "
                + "(desde 2009-01-01; " + MOLDOVAN_LAWS + ")");
        assertThat(criterion(d, "fr.fee-ban").message()).isEqualTo("Se cobró al trabajador SERVICE_CHARGE, que la "
                + "ley de MDA prohíbe cobrar a los trabajadores cualquiera que sea el importe (" + MOLDOVAN_LAWS
                + "). Para cumplir, todo lo cobrado por estos conceptos debe reembolsarse al trabajador: EUR 500.");
    }

    // ---- Nepal

    @Test
    void nepalAllowsAServiceChargeOfNpr10000OnlyAfterTheEmployersWrittenRefusal() {
        Decision allowed = decide("NPL", man(), nepalToQatar().employerDeclinedToPay(true)
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 10_000, "NPR")).build());
        assertThat(allowed.outcome()).isEqualTo(Outcome.COMPLIANT);
        Criterion charge = criterion(allowed, "fr.npl.service-charge");
        assertThat(charge.rule()).isEqualTo("fr.npl.service-charge.within-cap");
        assertThat(charge.message()).isEqualTo("The worker paid a service charge of NPR 10000, within the cap of "
                + "NPR 10000, after the employer's written refusal to pay");
        assertThat(charge.legalBasis()).extracting(b -> b.status().name()).containsExactly("S");
        assertThat(criterion(allowed, "fr.applicable-rule").rule()).isEqualTo("fr.rule.npl");

        Decision above = decide("NPL", man(), nepalToQatar().employerDeclinedToPay(true)
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 10_001, "NPR")).build());
        assertThat(above.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(criterion(above, "fr.npl.service-charge").reasonCode()).isEqualTo("FR_NPL_SERVICE_CHARGE_ABOVE_CAP");
        assertThat(criterion(above, "fr.npl.service-charge").message()).contains("NPR 10001", "NPR 10000");

        Decision noRefusal = decide("NPL", man(), nepalToQatar()
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 5_000, "NPR")).build());
        assertThat(noRefusal.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(criterion(noRefusal, "fr.npl.service-charge").message()).isEqualTo("The worker paid a service "
                + "charge of NPR 5000, but the employer did not state in writing that it will not pay: no service "
                + "charge may be taken. To comply, the whole service charge is to be repaid to the worker: NPR 5000.");
    }

    @Test
    void nepalLetsTheWorkerPayTheWelfareFundOfNpr1500AndOrientationMedicalAndInsurance() {
        Decision d = decide("NPL", man(), nepalToQatar()
                .addCost(CostItem.of(CostType.WELFARE_FUND, 1_500, "NPR"))
                .addCost(CostItem.of(CostType.ORIENTATION, 700, "NPR"))
                .addCost(CostItem.of(CostType.MEDICAL, 4_500, "NPR"))
                .addCost(CostItem.of(CostType.INSURANCE, 3_700, "NPR")).build());
        assertThat(d.outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(criterion(d, "fr.npl.worker-costs").message()).isEqualTo("The worker may bear ORIENTATION, MEDICAL, "
                + "WELFARE_FUND, INSURANCE; the welfare-fund payment does not exceed NPR 1500");
        assertThat(criterion(d, "fr.other-costs").result()).isEqualTo(CriterionResult.MET);

        Decision more = decide("NPL", man(), nepalToQatar()
                .addCost(CostItem.of(CostType.WELFARE_FUND, 1_501, "NPR")).build());
        assertThat(more.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(criterion(more, "fr.npl.worker-costs").reasonCode()).isEqualTo("FR_NPL_WELFARE_FUND_ABOVE");
    }

    @Test
    void nepalsEmployerPaysVisaAndTicket() {
        Decision d = decide("NPL", man(), nepalToQatar().addCost(CostItem.of(CostType.AIR_TICKET, 35_000, "NPR"))
                .addCost(CostItem.of(CostType.VISA, 8_000, "NPR")).build());
        assertThat(d.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(criterion(d, "fr.npl.visa-ticket").message())
                .isEqualTo("The worker paid VISA, AIR_TICKET for work in QAT, which the employer must bear. To comply, "
                        + "what the worker paid for them is to be repaid: NPR 43000.");
    }

    @Test
    void forADestinationTheNepaliRuleDoesNotNameTheInternationalRuleApplies() {
        Decision d = decide("NPL", man(), Recruitment.builder("NPL", "JPN").employerDeclinedToPay(true)
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 10_000, "NPR")).build());
        assertThat(d.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(criterion(d, "fr.applicable-rule").message()).isEqualTo("The national rule of NPL, where the "
                + "worker was recruited, sets nothing for work in JPN (costs judged from 2023-06-30): the ILO "
                + "principle decides (no fee or related cost may be charged to the worker)");
        assertThat(criterion(d, "fr.no-fees").reasonCode()).isEqualTo("FR_FEES_CHARGED");
    }

    @Test
    void beforeFiscalYear2015To16NepalHadNoExceptionRecorded() {
        Decision d = decide(EngineFixture.DROOLS, "NPL", LocalDate.of(2015, 7, 16), man(), nepalToQatar()
                .firstJobStart(LocalDate.of(2015, 7, 16)).employerDeclinedToPay(true)
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 10_000, "NPR")).build(), Locale.ENGLISH);
        assertThat(d.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(criterion(d, "fr.applicable-rule").rule()).isEqualTo("fr.rule.international");
    }

    // ---- Philippines

    @Test
    void aPhilippineHouseholdServiceWorkerPaysNoPlacementFee() {
        Decision d = decide("PHL", man(), Recruitment.builder("PHL", "SAU").householdService(true)
                .monthlyBasicSalary(Money.of(400, "USD")).addCost(CostItem.of(CostType.SERVICE_CHARGE, 1, "PHP"))
                .build());
        assertThat(d.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        Criterion fee = criterion(d, "fr.phl.placement-fee");
        assertThat(fee.rule()).isEqualTo("fr.phl.placement-fee.household");
        assertThat(fee.message()).isEqualTo("The worker paid a placement fee of PHP 1, but no placement fee may be "
                + "collected from a household service worker. To comply, the whole placement fee is to be repaid to "
                + "the worker: PHP 1.");
        assertThat(fee.legalBasis()).extracting(b -> b.instrument()).singleElement().asString()
                .contains("Governing Board Resolution No. 6");
    }

    @Test
    void aPhilippinePlacementFeeIsCappedAtOneMonthsBasicSalary() {
        Recruitment.Builder base = Recruitment.builder("PHL", "SAU").monthlyBasicSalary(Money.of(400, "USD"))
                .firstMonthEarnings(Money.of(400, "USD")).exchangeRate("PHP", new BigDecimal("0.018"));
        // PHP 22,222 x 0.018 = USD 399.996: within one month's salary
        Decision within = decide("PHL", man(), base.addCost(CostItem.of(CostType.SERVICE_CHARGE, 22_222, "PHP"))
                .build());
        assertThat(within.outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(criterion(within, "fr.phl.placement-fee").message()).isEqualTo("The worker paid a placement fee "
                + "of PHP 22222 (USD 400), within 1 month(s) of basic salary (USD 400)");
        // PHP 22,223 x 0.018 = USD 400.014: above
        Decision above = decide("PHL", man(), Recruitment.builder("PHL", "SAU").monthlyBasicSalary(Money.of(400, "USD"))
                .firstMonthEarnings(Money.of(400, "USD")).exchangeRate("PHP", new BigDecimal("0.018"))
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 22_223, "PHP")).build());
        assertThat(above.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(criterion(above, "fr.phl.placement-fee").rule()).isEqualTo("fr.phl.placement-fee.above-cap");
    }

    @Test
    void withoutTheSalaryAPhilippinePlacementFeeIsUndetermined() {
        Decision d = decide("PHL", man(), Recruitment.builder("PHL", "SAU")
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 5_000, "PHP")).build());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingFacts()).contains("$.recruitment.monthlyBasicSalary");
    }

    // ---- Bangladesh

    @Test
    void theBangladeshCeilingForTheUaeIsBdt107780From2017() {
        Decision at = decide("BGD", man(), Recruitment.builder("BGD", "ARE")
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 100_000, "BDT"))
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 7_780, "BDT")).build());
        assertThat(at.outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(criterion(at, "fr.bgd.ceiling").message()).isEqualTo("The agency charged BDT 107780 "
                + "(SERVICE_CHARGE), within the government ceiling of BDT 107780 for ARE");
        assertThat(criterion(at, "fr.applicable-rule").message()).isEqualTo("Bangladesh's government ceiling for "
                + "work in ARE is BDT 107780 (in force from 2017-06-01); women workers migrate cost-free");

        Decision above = decide("BGD", man(), Recruitment.builder("BGD", "ARE")
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 107_781, "BDT")).build());
        assertThat(above.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(criterion(above, "fr.bgd.ceiling").reasonCode()).isEqualTo("FR_BGD_ABOVE_CEILING");
    }

    @Test
    void malaysiasAllInclusiveCeilingOfJuly2022ReplacedThe2017One() {
        Recruitment r = Recruitment.builder("BGD", "MYS").addCost(CostItem.of(CostType.SERVICE_CHARGE, 100_000, "BDT"))
                .build();
        assertThat(decide(EngineFixture.DROOLS, "BGD", LocalDate.of(2022, 6, 30), man(), r, Locale.ENGLISH).outcome())
                .isEqualTo(Outcome.COMPLIANT);
        assertThat(decide(EngineFixture.DROOLS, "BGD", LocalDate.of(2022, 7, 1), man(), r, Locale.ENGLISH).outcome())
                .isEqualTo(Outcome.NON_COMPLIANT);
    }

    @Test
    void bangladeshiWomenWorkersMigrateCostFree() {
        Recruitment r = Recruitment.builder("BGD", "SAU").addCost(CostItem.of(CostType.SERVICE_CHARGE, 1_000, "BDT"))
                .build();
        Decision woman = decide("BGD", Person.builder("w-2").sex(Sex.F).build(), r);
        assertThat(woman.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(criterion(woman, "fr.bgd.women-cost-free").message())
                .isEqualTo("A woman worker was charged (SERVICE_CHARGE), but women workers migrate cost-free. To "
                        + "comply, everything charged is to be repaid to the worker: BDT 1000.");
        assertThat(decide("BGD", man(), r).outcome()).isEqualTo(Outcome.COMPLIANT);

        Decision unknown = decide("BGD", Person.builder("w-3").build(), r);
        assertThat(unknown.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(unknown.missingFacts()).contains("$.person.sex");
    }

    // ---- national law and the ILO principle, two criteria (DOMAIN.md 4.16, 4.17); the day a cost is judged on (4.18)

    @Test
    void npr10000IsLawfulInNepalAndStillReportedAgainstPrinciple7() {
        Decision d = decide("NPL", man(), nepalToQatar().employerDeclinedToPay(true)
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 10_000, "NPR")).build());
        assertThat(d.outcome()).as("national law decides").isEqualTo(Outcome.COMPLIANT);
        assertThat(criterion(d, "fr.npl.service-charge").message()).isEqualTo("The worker paid a service charge of "
                + "NPR 10000, within the cap of NPR 10000, after the employer's written refusal to pay");
        Criterion ilo = criterion(d, "fr.no-fees");
        assertThat(ilo.result()).isEqualTo(CriterionResult.NOT_MET);
        assertThat(ilo.message()).isEqualTo("ILO General Principle 7: the worker paid SERVICE_CHARGE, and no "
                + "recruitment fee or related cost should be charged to a worker, whatever national law allows; the "
                + "outcome follows national law. To meet the principle, everything charged would be repaid to the "
                + "worker: NPR 10000.");
        assertThat(ilo.legalBasis()).extracting(b -> b.article()).containsExactly("General principle 7");
    }

    @Test
    void c181IsCitedOnlyForTheStatesThatRatifiedIt() {
        Decision moldova = decide("MDA", man(), Recruitment.builder("MDA", "ROU").build());
        assertThat(criterion(moldova, "fr.c181").message()).isEqualTo("MDA ratified ILO Convention No. 181 (2001): "
                + "art. 7 bars private employment agencies from charging workers any fee or cost, save the "
                + "exceptions it allows");
        Decision nepal = decide("NPL", man(), nepalToQatar().addCost(CostItem.of(CostType.TRAINING, 1, "NPR"))
                .build());
        assertThat(nepal.criterion("fr.c181")).as("Nepal has not ratified C181").isEmpty();
        assertThat(nepal.criteria()).flatExtracting(Criterion::legalBasis).extracting(b -> b.instrument())
                .noneMatch(i -> i.contains("No. 181"));
    }

    @Test
    void aBangladeshi2018FeeIsJudgedUnderTheCeilingOf2018NotThatOf2022() {
        Decision d = decide("BGD", man(), Recruitment.builder("BGD", "MYS").firstJobStart(LocalDate.of(2018, 6, 1))
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 150_000, "BDT", LocalDate.of(2018, 3, 1))).build());
        assertThat(d.outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(criterion(d, "fr.cost-date").message()).isEqualTo("Each cost is judged under the rule in force on "
                + "the day it was paid: SERVICE_CHARGE BDT 150000 on 2018-03-01");
        assertThat(criterion(d, "fr.bgd.ceiling").message()).isEqualTo("The agency charged BDT 150000 "
                + "(SERVICE_CHARGE), within the government ceiling of BDT 160000 for MYS");
        Decision noDay = decide("BGD", man(), Recruitment.builder("BGD", "MYS")
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 150_000, "BDT")).build());
        assertThat(noDay.outcome()).as("judged on the decision date, under the 2022 ceiling")
                .isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(criterion(noDay, "fr.cost-date").message()).isEqualTo("Neither a payment day nor the first job's "
                + "start is given for SERVICE_CHARGE BDT 150000: judged under the rule in force on the decision "
                + "date, 2023-06-30");
    }

    // ---- the international rule, the ratio, bad requests

    @Test
    void theSdg1071RatioIsComputedInTheEarningsCurrency() {
        // NPR 10,000 + 1,500 + 3,700 = NPR 15,200; x 0.0274 = QAR 416.48; / QAR 1,300 = 0.320369... -> 0.3204
        Decision d = decide("NPL", man(), nepalToQatar().employerDeclinedToPay(true)
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 10_000, "NPR"))
                .addCost(CostItem.of(CostType.WELFARE_FUND, 1_500, "NPR"))
                .addCost(CostItem.of(CostType.INSURANCE, 3_700, "NPR")).build());
        assertThat(d.outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(d.values()).containsEntry("sdg1071Ratio", new BigDecimal("0.3204"))
                .containsEntry("recruitmentCostTotal", new BigDecimal("416.48"))
                .containsEntry("recruitmentCostCurrency", "QAR")
                .containsEntry("firstJobWithinThreeYears", true);
        assertThat(criterion(d, "fr.sdg-10-7-1").message()).isEqualTo("SDG 10.7.1: the worker's recruitment costs "
                + "(QAR 416.48) are 0.3204 times the first month's earnings (QAR 1300)");
    }

    @Test
    void missingEarningsLeaveTheRatioUnknownWithoutBlockingCompliance() {
        Decision d = decide("SRB", man(), Recruitment.builder("SRB", "DEU").build());
        assertThat(d.outcome()).isEqualTo(Outcome.COMPLIANT);
        assertThat(criterion(d, "fr.sdg-10-7-1").result()).isEqualTo(CriterionResult.UNKNOWN);
        assertThat(criterion(d, "fr.applicable-rule").message()).startsWith("No national rule on recruitment fees "
                + "of SRB, where the worker was recruited, is encoded for the costs judged from 2023-06-30: the ILO "
                + "principle decides");
        assertThat(d.values()).doesNotContainKey("sdg1071Ratio").containsEntry("recruitmentCostTotal",
                new BigDecimal("0.00"));
    }

    @Test
    void aCostInACurrencyWithoutARateIsUndeterminedNamingTheRate() {
        Decision d = decide("NPL", man(), nepalToQatar().employerDeclinedToPay(true)
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 50, "USD")).build());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingFacts()).contains("$.recruitment.exchangeRates.USD");
        assertThat(criterion(d, "fr.npl.service-charge").result()).isEqualTo(CriterionResult.UNKNOWN);
    }

    @Test
    void aRequestWithoutRecruitmentFactsIsUndetermined() {
        var request = EngineFixture.request("NPL", AS_OF, man())
                .determinations(Determination.EMPLOYMENT_FAIR_RECRUITMENT).build();
        Decision d = EngineFixture.DROOLS.evaluate(request).decision(Determination.EMPLOYMENT_FAIR_RECRUITMENT)
                .orElseThrow();
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingFacts()).containsExactly("$.recruitment");
    }

    @Test
    void aMaleOnlyCeilingDoesNotJudgeAWorkerOfAnotherSex() {
        Recruitment r = Recruitment.builder("BGD", "SAU").addCost(CostItem.of(CostType.SERVICE_CHARGE, 1_000, "BDT"))
                .build();
        Decision x = decide("BGD", Person.builder("w-4").sex(Sex.X).build(), r);
        assertThat(x.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(criterion(x, "fr.applicable-rule").message()).isEqualTo("Bangladesh's ceiling for work in SAU is "
                + "fixed for workers of sex M, not for this worker (sex X): the ILO principle decides");
        assertThat(criterion(x, "fr.no-fees").reasonCode()).isEqualTo("FR_FEES_CHARGED");
    }

    @Test
    void aWorkerRecruitedFromAnotherCountryIsNotUnderTheJurisdictionsExceptions() {
        Decision d = decide("NPL", man(), Recruitment.builder("IND", "QAT").employerDeclinedToPay(true)
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 1_000, "NPR")).build());
        assertThat(d.outcome()).isEqualTo(Outcome.NON_COMPLIANT);
        assertThat(criterion(d, "fr.applicable-rule").rule()).as("India's pack encodes no rule")
                .isEqualTo("fr.rule.international");
    }

    @Test
    void messagesFollowTheRequestLocale() {
        Recruitment r = Recruitment.builder("SEN", "FRA").addCost(CostItem.of(CostType.SERVICE_CHARGE, 1, "XOF"))
                .build();
        assertThat(criterion(decide(EngineFixture.DROOLS, "SEN", AS_OF, man(), r, Locale.FRENCH), "fr.no-fees")
                .message()).isEqualTo("Des frais de recrutement ou coûts connexes ont été mis à la charge du "
                        + "travailleur (SERVICE_CHARGE), ce que selon le principe général 7 de l'OIT nul ne peut "
                        + "faire. Pour être en règle, tout ce qui a été facturé doit être remboursé au travailleur : "
                        + "XOF 1.");
        assertThat(criterion(decide(EngineFixture.DROOLS, "SEN", AS_OF, man(), r, new Locale("es")), "fr.no-fees")
                .message()).startsWith("Se cobraron al trabajador comisiones de contratación");
    }
}
