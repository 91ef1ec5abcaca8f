package org.m4sd.rules.internal.socialsecurity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.Sex;

/**
 * What an old-age pension depends on, as measured from the request: the person's age on the date of the decision,
 * and the contribution record in the jurisdiction and in partner states under agreements in force; with the
 * parameters in force ({@link #getParams()}). Nothing here is compared with a parameter: the rules of
 * {@code socialsecurity.drl} do that. Status-neutral by construction (ILO C118 equality of treatment): there is
 * no migratory status here.
 */
public final class OldAgePensionCase extends CaseFact {
    private static final int SHARE_SCALE = 4;

    private final String jurisdiction;
    private final LocalDate asOf;
    private final PensionParameters params;
    private final Sex sex;
    private final Age age;
    private final ContributionRecord record;
    private final BigDecimal proRataShare;
    private Integer childrenRaised;
    private List<String> earlyPensionGrounds;

    /**
     * The person's age on the date of the decision.
     *
     * @param birthDate   null when the request does not give it
     * @param years       whole years of age (0 when the birth date is unknown)
     * @param months      months beyond the whole years
     * @param monthsOfAge months of age completed: a month is completed on the monthly anniversary of the birth, or
     *                    on the last day of a month that has no such day, so that an age of {@code n} months is
     *                    reached exactly on {@code birthDate.plusMonths(n)}
     */
    record Age(LocalDate birthDate, int years, int months, int monthsOfAge) {
        static final Age UNKNOWN = new Age(null, 0, 0, 0);
    }

    /**
     * The contribution record, overlapping periods counted once, up to the date of the decision.
     *
     * @param ownUnits        units in the jurisdiction, in the scheme's unit
     * @param totalUnits      units in the jurisdiction and in the partner states of the most favourable agreement
     * @param ownMonths       calendar months entirely covered in the jurisdiction
     * @param totalisedMonths calendar months entirely covered in the jurisdiction and the partner states
     * @param agreements      the agreement in force whose partners' periods are counted (the most favourable of
     *                        those that add periods, each assessed on its own), as the explanation names it; empty
     *                        when none adds any
     * @param agreementId     its id in the pack's table; null when none
     * @param agreementsAdding how many agreements in force add periods to the record, each on its own
     * @param otherAgreements the other agreements that add periods, as the explanation names them; empty if none
     * @param estimated       the record counted (with the agreement's periods, where one adds any) comes at least
     *                        in part from the pack's conversion of calendar ranges, not from the units the scheme
     *                        recorded
     */
    record ContributionRecord(long ownUnits, long totalUnits, long ownMonths, long totalisedMonths,
            String agreements, String agreementId, int agreementsAdding, String otherAgreements, boolean estimated) {
    }

    OldAgePensionCase(String jurisdiction, LocalDate asOf, PensionParameters params, Sex sex, Age age,
            ContributionRecord record) {
        super(Determination.SOCIAL_SECURITY_OLD_AGE_PENSION);
        this.jurisdiction = jurisdiction;
        this.asOf = asOf;
        this.params = params;
        this.sex = sex;
        this.age = age;
        this.record = record;
        this.proRataShare = record.totalUnits() == record.ownUnits() ? null
                : BigDecimal.valueOf(record.ownUnits())
                        .divide(BigDecimal.valueOf(record.totalUnits()), SHARE_SCALE, RoundingMode.HALF_EVEN);
    }

    /**
     * Adds the facts an early path reads: the children the person raised and the early-pension grounds that hold
     * (each null when the request does not give it).
     */
    OldAgePensionCase withEarlyPensionFacts(Integer children, List<String> grounds) {
        this.childrenRaised = children;
        this.earlyPensionGrounds = grounds == null ? null : List.copyOf(grounds);
        return this;
    }

    /** The number of children the person raised; null when the request does not give it. */
    public Integer getChildrenRaised() {
        return childrenRaised;
    }

    /** The early-pension grounds that hold for the person; empty when none does or the request does not say. */
    public List<String> getEarlyPensionGrounds() {
        return earlyPensionGrounds == null ? List.of() : earlyPensionGrounds;
    }

    /** The request says which early-pension grounds hold (possibly none). */
    public boolean isEarlyPensionGroundsKnown() {
        return earlyPensionGrounds != null;
    }

    /** The sex as the pack's tables name it (F, M, X); null when the request does not give it. */
    public String getSexCode() {
        return sex == null ? null : sex.name();
    }

    /**
     * The months, a month begun counting as a month, from the date of the decision to the pensionable age
     * ({@code params.pensionAge}, the latest the person may have to reach): how early a pension started now is.
     */
    public int getMonthsBeforePensionableAge() {
        return params.pensionAge().months() - age.monthsOfAge();
    }

    /** The periods of an early path's reduction, a period begun counting as a period, before the pensionable age. */
    public int reductionPeriods(QualifyingPath path) {
        int period = path.reduction().periodMonths();
        return (getMonthsBeforePensionableAge() + period - 1) / period;
    }

    /** The reduction of an early path's pension for its periods before the pensionable age, uncapped, in percent. */
    public BigDecimal uncappedReduction(QualifyingPath path) {
        return path.reduction().percentPerPeriod().multiply(BigDecimal.valueOf(reductionPeriods(path)));
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    /** The date of the decision (ISO date), as a message gives it. */
    public String getAsOf() {
        return asOf.toString();
    }

    /** The parameters in force for the jurisdiction and date, with the pensionable age read for the person. */
    public PensionParameters getParams() {
        return params;
    }

    /** Null when the request does not give it. */
    public Sex getSex() {
        return sex;
    }

    public boolean isBirthDateKnown() {
        return age.birthDate() != null;
    }

    /** Whole years of age on the date of the decision. */
    public int getAgeYears() {
        return age.years();
    }

    /** Months of age beyond the whole years. */
    public int getAgeMonths() {
        return age.months();
    }

    /**
     * Months of age completed on the date of the decision, to compare with an age in months: the person has
     * reached an age of {@code n} months exactly when {@code monthsOfAge >= n}.
     */
    public int getMonthsOfAge() {
        return age.monthsOfAge();
    }

    /** The day the person reaches an age of {@code months} months (ISO date). */
    public String dateAtAge(int months) {
        return age.birthDate().plusMonths(months).toString();
    }

    /**
     * Reports a pensionable age the rules compared the person's age with, and the day the person reaches it, as
     * the decision's {@code pensionableAge} and {@code pensionableAgeDate}; returns that day for the explanation.
     */
    public String reportPensionableAge(PensionableAge pensionAge) {
        String day = dateAtAge(pensionAge.months());
        value("pensionableAge", pensionAge.isoPeriod());
        value("pensionableAgeDate", day);
        return day;
    }

    /** Contribution units in the jurisdiction, in the scheme's unit. */
    public long getOwnUnits() {
        return record.ownUnits();
    }

    /** Contribution units in partner states under the agreement counted, not overlapping those in the jurisdiction. */
    public long getPartnerUnits() {
        return record.totalUnits() - record.ownUnits();
    }

    /** Contribution units in the jurisdiction and in partner states under the agreement counted. */
    public long getTotalUnits() {
        return record.totalUnits();
    }

    /** Calendar months entirely covered in the jurisdiction. */
    public long getOwnMonths() {
        return record.ownMonths();
    }

    /** Calendar months entirely covered in the jurisdiction and in partner states under the agreement counted. */
    public long getTotalisedMonths() {
        return record.totalisedMonths();
    }

    /** The agreement whose partners' periods are counted, the most favourable of those that add any; empty if none. */
    public String getAgreements() {
        return record.agreements();
    }

    /** How many agreements in force add periods to the record, each assessed on its own. */
    public int getAgreementsAdding() {
        return record.agreementsAdding();
    }

    /** The agreements that add periods besides the one counted, as the explanation names them; empty if none. */
    public String getOtherAgreements() {
        return record.otherAgreements();
    }

    /** The record counted is at least in part the pack's conversion of calendar ranges, an estimate. */
    public boolean isRecordEstimated() {
        return record.estimated();
    }

    /**
     * The most days a month the scheme credits where the record is counted in days ({@code params.maxDaysPerMonth});
     * 0 where none is in force.
     */
    public int getMaxDaysPerMonth() {
        return getUnitIndex() == 0 || params.maxDaysPerMonth() == null ? 0 : params.maxDaysPerMonth();
    }

    /**
     * The jurisdiction's share of the totalised record, its units over all units (scale 4, half-even); null when
     * no partner-state period is counted.
     */
    public BigDecimal getProRataShare() {
        return proRataShare;
    }

    /** 0 when periods are counted in months, 1 in days (for message choice formats). */
    public int getUnitIndex() {
        return Coverage.DAYS.equals(params.contributionUnit()) ? 1 : 0;
    }
}
