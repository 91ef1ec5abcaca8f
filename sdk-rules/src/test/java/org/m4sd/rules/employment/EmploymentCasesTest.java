package org.m4sd.rules.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.m4sd.rules.internal.employment.BangladeshCostCeilings;
import org.m4sd.rules.internal.employment.ConventionBinding;
import org.m4sd.rules.internal.employment.FairRecruitment;
import org.m4sd.rules.internal.employment.FairRecruitmentCase;
import org.m4sd.rules.internal.employment.FeeAssessment;
import org.m4sd.rules.internal.employment.NepalFreeVisaFreeTicket;
import org.m4sd.rules.internal.employment.Paid;
import org.m4sd.rules.internal.employment.PaidCost;
import org.m4sd.rules.internal.employment.PhilippinePlacementFee;
import org.m4sd.rules.internal.employment.QualificationRecognition;
import org.m4sd.rules.internal.employment.QualificationRecognitionCase;
import org.m4sd.rules.internal.employment.RecognitionConvention;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.VerificationStatus;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Qualification;
import org.m4sd.sdk.request.Recruitment;
import org.m4sd.sdk.request.Sex;

/**
 * What the employment cases measure from a request and which parameters they carry from the packs, apart from the
 * rules that compare the two.
 */
class EmploymentCasesTest {
    private static final PackStore PACKS = PackStore.load();
    private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    private static FairRecruitmentCase recruitment(String jurisdiction, LocalDate asOf, Recruitment r) {
        EligibilityRequest request = EligibilityRequest.builder("t", asOf, jurisdiction, Person.builder("p").build())
                .recruitment(r).determinations(Determination.EMPLOYMENT_FAIR_RECRUITMENT).build();
        return (FairRecruitmentCase) new FairRecruitment().caseFor(request,
                new PackContext(PACKS, jurisdiction, asOf));
    }

    private static QualificationRecognitionCase recognition(LocalDate asOf, MigratoryStatus status, Qualification q) {
        EligibilityRequest request = EligibilityRequest.builder("t", asOf, "SRB",
                Person.builder("p").migratoryStatus(status).build()).qualification(q)
                .determinations(Determination.EMPLOYMENT_QUALIFICATION_RECOGNITION).build();
        return (QualificationRecognitionCase) new QualificationRecognition().caseFor(request,
                new PackContext(PACKS, "SRB", asOf));
    }

    private static Recruitment.Builder nepalToQatar() {
        return Recruitment.builder("NPL", "QAT").firstJobStart(LocalDate.of(2022, 5, 1))
                .firstMonthEarnings(Money.of(1300, "QAR")).exchangeRate("NPR", new BigDecimal("0.0274"));
    }

    // ---- fair recruitment: measurements

    @Test
    void eachCostIsValuedInTheEarningsCurrencyAndDatedByTheFirstJobsStart() {
        FairRecruitmentCase c = recruitment("NPL", AS_OF, nepalToQatar()
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 10_000, "NPR"))
                .addCost(CostItem.of(CostType.MEDICAL, 0, "USD"))
                .addCost(CostItem.of(CostType.VISA, 100, "QAR")).build());
        assertThat(c.getCosts()).extracting(PaidCost::item)
                .containsExactly(CostType.SERVICE_CHARGE, CostType.MEDICAL, CostType.VISA);
        assertThat(c.getCosts().get(0).amountInEarningsCurrency()).isEqualByComparingTo("274");
        assertThat(c.getCosts().get(1).amountInEarningsCurrency()).as("nothing paid needs no rate")
                .isEqualByComparingTo("0");
        assertThat(c.getCosts().get(2).amountInEarningsCurrency()).isEqualByComparingTo("100");
        assertThat(c.getCosts()).allSatisfy(cost -> {
            assertThat(cost.judgedOn()).isEqualTo(LocalDate.of(2022, 5, 1));
            assertThat(cost.judgedBy()).isEqualTo(PaidCost.JudgedBy.FIRST_JOB_START);
        });
        assertThat(c.getPaidItems()).containsExactlyInAnyOrder(CostType.SERVICE_CHARGE, CostType.VISA);
        assertThat(c.getItemsPaid()).isEqualTo("SERVICE_CHARGE, VISA");
        assertThat(c.getCostTotal()).isEqualByComparingTo("374");
        assertThat(c.getSdg1071Ratio()).isEqualByComparingTo("0.2877");
    }

    @Test
    void aCostWithoutARateHasNoValueInTheEarningsCurrencyAndTheTotalNamesTheRate() {
        FairRecruitmentCase c = recruitment("NPL", AS_OF, nepalToQatar()
                .addCost(CostItem.of(CostType.MEDICAL, 20, "USD")).build());
        assertThat(c.getCosts().get(0).amountInEarningsCurrency()).isNull();
        assertThat(c.getCostTotal()).isNull();
        assertThat(c.getSdg1071Ratio()).isNull();
        assertThat(c.getCostTotalMissingRatePath()).isEqualTo("$.recruitment.exchangeRates.USD");
    }

    @Test
    void aSumInACapsCurrencyIsConvertedThroughTheEarningsCurrency() {
        FairRecruitmentCase c = recruitment("NPL", AS_OF, nepalToQatar()
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 5_000, "NPR"))
                .addCost(new CostItem(CostType.SERVICE_CHARGE, new BigDecimal("137"), "QAR")).build());
        Paid paid = c.getAssessments().get(0).paidFor(CostType.SERVICE_CHARGE, "NPR");
        assertThat(paid.amount()).as("QAR 137 is NPR 5000 at 0.0274").isEqualByComparingTo("10000");
        assertThat(paid.missingRate()).isNull();
        assertThat(paid.text()).isEqualTo("NPR 5000 + QAR 137 (NPR 10000)");
    }

    @Test
    void anAmountWithoutARateIsLeftOutOfTheSumAndNamed() {
        FairRecruitmentCase c = recruitment("NPL", AS_OF, nepalToQatar()
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 12_000, "NPR"))
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 20, "USD")).build());
        Paid paid = c.getAssessments().get(0).paidFor(CostType.SERVICE_CHARGE, "NPR");
        assertThat(paid.amount()).isEqualByComparingTo("12000");
        assertThat(paid.missingRate()).isEqualTo("USD");
        assertThat(paid.missingRatePath()).isEqualTo("$.recruitment.exchangeRates.USD");
        assertThat(paid.text()).as("no converted figure when a rate is missing").isEqualTo("NPR 12000 + USD 20");

        Paid inTaka = c.getAssessments().get(0).paidAmong(EnumSet.allOf(CostType.class), "BDT");
        assertThat(inTaka.missingRate()).as("nothing converts into a currency without a rate").isEqualTo("BDT");
        assertThat(inTaka.amount()).isEqualByComparingTo("0");
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000000")).ofScale(4);
    }

    @Provide
    Arbitrary<BigDecimal> rates() {
        return Arbitraries.integers().between(1, 4_000_000).map(i -> BigDecimal.valueOf(i, 5));
    }

    /** The division into the cap's currency never moves a sum across a cap: it compares as the exact sums do. */
    @Property(tries = 2000)
    void aConvertedSumComparesWithACapExactly(@ForAll("amounts") BigDecimal inCapCurrency,
            @ForAll("amounts") BigDecimal inOtherCurrency, @ForAll("rates") BigDecimal capRate,
            @ForAll("rates") BigDecimal otherRate, @ForAll("amounts") BigDecimal cap) {
        FairRecruitmentCase c = recruitment("BGD", AS_OF, Recruitment.builder("BGD", "MYS")
                .firstMonthEarnings(Money.of(1000, "MYR")).exchangeRate("BDT", capRate).exchangeRate("USD", otherRate)
                .addCost(new CostItem(CostType.SERVICE_CHARGE, inCapCurrency, "BDT"))
                .addCost(new CostItem(CostType.VISA, inOtherCurrency, "USD")).build());
        BigDecimal exactInEarnings = inCapCurrency.multiply(capRate).add(inOtherCurrency.multiply(otherRate));
        int expected = exactInEarnings.compareTo(cap.multiply(capRate));
        Paid paid = c.getAssessments().get(0).paidAmong(EnumSet.allOf(CostType.class), "BDT");
        assertThat(Integer.signum(paid.amount().compareTo(cap))).isEqualTo(Integer.signum(expected));
        BigDecimal capEqualToTheSum;
        try {
            capEqualToTheSum = exactInEarnings.divide(capRate);
        } catch (ArithmeticException nonTerminating) {
            return;
        }
        assertThat(paid.amount().compareTo(capEqualToTheSum)).as("a cap equal to the sum").isZero();
    }

    // ---- fair recruitment: the national rule in force

    @Test
    void nepalsRuleIsInForceFromFiscalYear2015To16WithItsCapsAndTheirSources() {
        assertThat(recruitment("NPL", AS_OF, nepalToQatar().firstJobStart(LocalDate.of(2015, 7, 16)).build())
                .getAssessments().get(0).getNationalRule()).isNull();
        FeeAssessment c = recruitment("NPL", AS_OF, nepalToQatar().firstJobStart(LocalDate.of(2015, 7, 17)).build())
                .getAssessments().get(0);
        NepalFreeVisaFreeTicket nepal = c.getNepal();
        assertThat(nepal).isSameAs(c.getNationalRule());
        assertThat(c.getPhilippines()).isNull();
        assertThat(nepal.since()).isEqualTo("2015-07-17");
        assertThat(nepal.destinations()).contains("QAT", "MYS").doesNotContain("SGP");
        assertThat(nepal.employerPaidItems()).containsExactlyInAnyOrder(CostType.VISA, CostType.AIR_TICKET);
        assertThat(nepal.serviceChargeCap().amount()).isEqualByComparingTo("10000");
        assertThat(nepal.serviceChargeCap().currency()).isEqualTo("NPR");
        assertThat(nepal.serviceChargeCap().source().status()).isEqualTo(VerificationStatus.S);
        assertThat(nepal.welfareFund().text()).isEqualTo("NPR 1500");
        assertThat(nepal.coveredItems()).contains(CostType.SERVICE_CHARGE, CostType.VISA, CostType.WELFARE_FUND)
                .doesNotContain(CostType.TRAINING);
        assertThat(nepal.allInclusive()).isFalse();
    }

    @Test
    void thePhilippineCapIsStatedInMonthsOfBasicSalary() {
        PhilippinePlacementFee philippines = recruitment("PHL", AS_OF, Recruitment.builder("PHL", "SAU").build())
                .getAssessments().get(0).getPhilippines();
        assertThat(philippines.placementFeeCap().months()).isEqualByComparingTo("1");
        assertThat(philippines.placementFeeCap().amountFor(Money.of("40000.50", "PHP")))
                .isEqualByComparingTo("40000.50");
        assertThat(philippines.capText(Money.of("40000.50", "PHP"))).isEqualTo("PHP 40000.5");
        assertThat(philippines.householdZeroFee()).isTrue();
        assertThat(philippines.g2gZeroFee()).isTrue();
        assertThat(philippines.everyDestination()).isTrue();
        assertThat(philippines.coveredItems()).containsExactly(CostType.SERVICE_CHARGE);
    }

    @Test
    void theBangladeshCeilingIsTheOneInForceForTheDestinationOnTheDate() {
        Recruitment toMalaysia = Recruitment.builder("BGD", "MYS").build();
        FeeAssessment before = recruitment("BGD", LocalDate.of(2022, 6, 30), toMalaysia).getAssessments().get(0);
        assertThat(before.getCeiling().amount()).isEqualByComparingTo("160000");
        assertThat(before.isAllInclusive()).as("the 2017 schedule caps the agency's charge").isFalse();
        assertThat(before.getCoveredItems()).containsExactly(CostType.SERVICE_CHARGE);
        FeeAssessment after = recruitment("BGD", LocalDate.of(2022, 7, 1), toMalaysia).getAssessments().get(0);
        assertThat(after.getCeiling().amount()).isEqualByComparingTo("78990");
        assertThat(after.getCeiling().since()).isEqualTo("2022-07-01");
        assertThat(after.getCeiling().text()).isEqualTo("BDT 78990");
        assertThat(after.isAllInclusive()).as("the July 2022 Malaysia cost is all-inclusive").isTrue();
        BangladeshCostCeilings bangladesh = (BangladeshCostCeilings) after.getNationalRule();
        assertThat(bangladesh.destinations()).containsExactly("MYS");
        assertThat(recruitment("BGD", AS_OF, Recruitment.builder("BGD", "SAU").build()).getAssessments().get(0)
                .getCeiling().forSex()).as("the Saudi ceiling is fixed for male workers").isEqualTo(Sex.M);
        assertThat(recruitment("BGD", AS_OF, Recruitment.builder("BGD", "JPN").build()).getAssessments().get(0)
                .getCeiling()).isNull();
        assertThat(recruitment("BGD", LocalDate.of(2017, 5, 31), Recruitment.builder("BGD", "ARE").build())
                .getAssessments().get(0).getCeiling()).as("the 2017 schedule starts on 1 June").isNull();
    }

    @Test
    void aJurisdictionWithoutAFeeRuleOfItsOwnHasNoNationalRule() {
        assertThat(recruitment("SRB", AS_OF, Recruitment.builder("SRB", "DEU").build()).getAssessments().get(0)
                .getNationalRule()).isNull();
    }

    @Test
    void theNationalRuleIsTheRecruitingStatesReadFromItsPackWhoeverDecides() {
        FeeAssessment nepalese = recruitment("SRB", AS_OF, nepalToQatar().build()).getAssessments().get(0);
        assertThat(nepalese.getNepal()).as("recruited in Nepal, decided in Serbia").isNotNull();
        assertThat(recruitment("NPL", AS_OF, Recruitment.builder("IND", "QAT").build()).getAssessments().get(0)
                .getNationalRule()).as("recruited in India: no rule encoded").isNull();
    }

    @Test
    void eachCostIsJudgedUnderTheRuleInForceOnItsDayGroupedByRule() {
        FairRecruitmentCase c = recruitment("BGD", AS_OF, Recruitment.builder("BGD", "MYS")
                .firstJobStart(LocalDate.of(2023, 1, 10))
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 150_000, "BDT", LocalDate.of(2018, 3, 1)))
                .addCost(CostItem.of(CostType.VISA, 5_000, "BDT")).build());
        assertThat(c.getAssessments()).hasSize(2);
        assertThat(c.getAssessments().get(0).getJudgedFrom()).isEqualTo(LocalDate.of(2018, 3, 1));
        assertThat(c.getAssessments().get(0).getCeiling().amount()).isEqualByComparingTo("160000");
        assertThat(c.getAssessments().get(1).getCeiling().amount()).isEqualByComparingTo("78990");
        assertThat(c.getJudgedBy()).containsExactlyInAnyOrder(PaidCost.JudgedBy.PAID_ON,
                PaidCost.JudgedBy.FIRST_JOB_START);
        assertThat(c.costsJudgedBy(PaidCost.JudgedBy.PAID_ON)).isEqualTo("SERVICE_CHARGE BDT 150000 on 2018-03-01");
        assertThat(c.costsJudgedBy(PaidCost.JudgedBy.FIRST_JOB_START)).isEqualTo("VISA BDT 5000");
    }

    @Test
    void theC181RatificationOfTheRecruitingStateIsData() {
        assertThat(recruitment("MDA", AS_OF, Recruitment.builder("MDA", "ROU").build()).getC181().ratified())
                .isEqualTo(2001);
        assertThat(recruitment("NPL", AS_OF, nepalToQatar().build()).getC181()).isNull();
    }

    // ---- recognition

    @Test
    void theRecognitionCaseStatesTheDifferencesAsGivenAndTheParametersInForce() {
        QualificationRecognitionCase c = recognition(AS_OF, MigratoryStatus.REFUGEE, Qualification
                .builder("SYR", "ISCED_6").documentsAvailable(false).addSubstantialDifference("WORKLOAD")
                .addSubstantialDifference("LEVEL").addDifferenceCoveredByExperience("WORKLOAD")
                .addNonCompensableDifference("LEVEL").fileCompleteDate(LocalDate.of(2023, 1, 10)).build());
        assertThat(c.getSubstantialDifferences()).containsExactly("LEVEL", "WORKLOAD");
        assertThat(c.getCoveredByExperience()).containsExactly("WORKLOAD");
        assertThat(c.getNonCompensableDifferences()).containsExactly("LEVEL");
        assertThat(c.getRemainingDifferencesText()).isEqualTo("LEVEL");
        assertThat(c.getNonCompensableRemainingText()).isEqualTo("LEVEL");
        assertThat(c.getCoveredDifferencesText()).isEqualTo("WORKLOAD");
        assertThat(c.getLevel()).isEqualTo("ISCED_6");
        assertThat(c.getAwardingCountry()).isEqualTo("SYR");
        assertThat(c.getIscedLevel()).isEqualTo(6);
        assertThat(c.getHigherEducation().fromLevel()).isEqualTo(5);
        assertThat(c.getJurisdiction()).isEqualTo("SRB");
        assertThat(c.getAsOf()).isEqualTo(AS_OF);
        assertThat(c.getRefugeeLikeStatuses()).containsExactlyInAnyOrder(MigratoryStatus.REFUGEE,
                MigratoryStatus.ASYLUM_SEEKER);
        assertThat(c.getLrc()).as("Syria is not recorded as a party to the Lisbon Convention").isNull();
        assertThat(c.getGlobalConvention()).as("nor Serbia to the Global Convention").isNull();
        assertThat(c.getDecisionTimeLimit().months()).isEqualTo(4);
        assertThat(c.getAdaptationPeriod().months()).isEqualTo(36);
        assertThat(c.getDecisionReferenceDate()).as("no decision yet: measured to the request's date")
                .isEqualTo(AS_OF);
    }

    @Test
    void theConventionsBetweenTheTwoStatesAreDataWithTheDaysTheyBindEach() {
        ConventionBinding lrc = recognition(AS_OF, MigratoryStatus.REGULAR,
                Qualification.builder("MDA", "ISCED_7").build()).getLrc();
        assertThat(lrc.convention()).isEqualTo(RecognitionConvention.LRC);
        assertThat(lrc.recognisingStateFrom()).isEqualTo(LocalDate.of(2012, 12, 31));
        assertThat(lrc.awardingStateFrom()).isEqualTo(LocalDate.of(2012, 12, 31));
        assertThat(recognition(LocalDate.of(2010, 6, 22), MigratoryStatus.REFUGEE,
                Qualification.builder("MDA", "ISCED_6").build()).getLrc())
                .as("the ratifications are data whatever the date; the rules compare the date").isNotNull();
        assertThat(recognition(LocalDate.of(2010, 6, 22), MigratoryStatus.REFUGEE,
                Qualification.builder("MDA", "ISCED_6").build()).getDecisionTimeLimit()).isNull();
        assertThat(recognition(LocalDate.of(1999, 1, 31), MigratoryStatus.REFUGEE,
                Qualification.builder("MDA", "ISCED_3").build()).getHigherEducation()).isNull();
    }

    @Test
    void aMeasureForARegulatedProfessionCannotBeStatedBeforeThePacksHoldOne() {
        Qualification bridgeable = Qualification.builder("SYR", "ISCED_6").regulatedProfession(true)
                .addSubstantialDifference("WORKLOAD").build();
        assertThatThrownBy(() -> recognition(LocalDate.of(2005, 10, 19), MigratoryStatus.REGULAR, bridgeable))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("qr.adaptation-period.max-months");
        Qualification refused = Qualification.builder("SYR", "ISCED_6").regulatedProfession(true)
                .addSubstantialDifference("WORKLOAD").addNonCompensableDifference("WORKLOAD").build();
        assertThat(recognition(LocalDate.of(2005, 10, 19), MigratoryStatus.REGULAR, refused).getAdaptationPeriod())
                .as("no measure to state").isNull();
    }
}
