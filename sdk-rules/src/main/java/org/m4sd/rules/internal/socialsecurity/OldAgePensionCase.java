package org.m4sd.rules.internal.socialsecurity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;
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
    private static final String COUNTS_AS_OWN = "COUNTS_AS_OWN";

    private final String jurisdiction;
    private final LocalDate asOf;
    private final PensionParameters params;
    private final Sex sex;
    private final Age age;
    private final ContributionRecord record;
    private final String residence;
    private AgreementRecord applied;
    private boolean countsAsOwn;
    private int applicableAdding;
    /** The longest record under the agreements that apply, as the rules found them (0 where none applies). */
    private long longestApplicableUnits;
    private String otherAgreements = "";
    private BigDecimal proRataShare;
    private final WorkingLife workingLife;
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
     * The contribution record, overlapping periods counted once, up to the date of the decision: in the
     * jurisdiction, and under each agreement in force that covers old-age pensions, each on its own.
     *
     * @param ownUnits   units in the jurisdiction, in the scheme's unit
     * @param ownMonths  calendar months entirely covered in the jurisdiction
     * @param estimated  the record in the jurisdiction comes at least in part from the pack's conversion of
     *                   calendar ranges, not from the units the scheme recorded
     * @param agreements  the record under each agreement in force, in the pack's table order (with its weeks in
     *                    the working life)
     * @param workingLife the working life over which the pack takes an annual average of weeks, with the weeks of
     *                    the record in the jurisdiction in it
     */
    record ContributionRecord(long ownUnits, long ownMonths, boolean estimated, List<AgreementRecord> agreements,
            WorkingLife workingLife) {
    }

    /**
     * The working life over which an annual average of weeks is taken, and the weeks of the record in the
     * jurisdiction that fall in it (an agreement applied brings its own: {@link AgreementRecord#workingLifeWeeks()}).
     *
     * @param months whole months from its start to its end; 0 where no annual average is in force or the birth
     *               date is unknown
     * @param weeks  weeks paid or credited in it, in the jurisdiction's record
     * @param from   the day it starts (ISO date); empty where not measured
     * @param to     the day it ends (ISO date); empty where not measured
     */
    record WorkingLife(long months, long weeks, String from, String to) {
        static final WorkingLife NONE = new WorkingLife(0, 0, "", "");
    }

    OldAgePensionCase(String jurisdiction, LocalDate asOf, PensionParameters params, Sex sex, Age age,
            ContributionRecord record, String residence) {
        super(Determination.SOCIAL_SECURITY_OLD_AGE_PENSION);
        this.jurisdiction = jurisdiction;
        this.asOf = asOf;
        this.params = params;
        this.sex = sex;
        this.age = age;
        this.record = record;
        this.workingLife = record.workingLife();
        this.residence = residence;
    }

    /**
     * Applies the agreement the rules found most favourable among those that apply to the person and add periods
     * ({@code applicable}, in any order): from now on the record counted is the one under it. Where its effect is
     * that the partners' service counts as the jurisdiction's own (territoriality), that service is the
     * jurisdiction's and no pro-rata share arises; otherwise the partners' periods are totalised and the
     * jurisdiction's share is its units over all units.
     */
    public void applyAgreement(AgreementRecord best, List<AgreementRecord> applicable) {
        applied = best;
        countsAsOwn = COUNTS_AS_OWN.equals(best.getEffect());
        applicableAdding = applicable.size();
        for (int i = 0; i < applicable.size(); i++) {
            longestApplicableUnits = Math.max(longestApplicableUnits, applicable.get(i).totalUnits());
        }
        StringJoiner others = new StringJoiner("; ");
        for (AgreementRecord r : applicable.stream().sorted(Comparator.comparingInt(AgreementRecord::tableIndex))
                .toList()) {
            if (r != best) {
                others.add(r.agreement().describe());
            }
        }
        otherAgreements = others.toString();
        long partnerUnits = getPartnerUnits();
        proRataShare = partnerUnits == 0 ? null
                : BigDecimal.valueOf(getOwnUnits())
                        .divide(BigDecimal.valueOf(getTotalUnits()), SHARE_SCALE, RoundingMode.HALF_EVEN);
        if (countsAsOwn) {
            value("territorialityAgreement", best.agreement().id());
        } else if (params.pathsEncoded()) {
            value("totalisedMonths", best.totalisedMonths());
            if (getUnitIndex() == 1) {
                value("totalisedDays", best.totalUnits());
            }
            if (getUnitIndex() == 2) {
                value("totalisedWeeks", best.totalUnits());
            }
            value("proRataShare", proRataShare);
            value("totalisationAgreement", best.agreement().id());
        }
    }

    /** Whether the rules applied an agreement to the record. */
    public boolean isAgreementApplied() {
        return applied != null;
    }

    /** The record under the agreement applied; null while none is. */
    public AgreementRecord getAppliedAgreement() {
        return applied;
    }

    /** The record under each agreement in force covering old-age pensions, in the pack's table order. */
    public List<AgreementRecord> getAgreementRecords() {
        return record.agreements();
    }

    /** ISO 3166-1 alpha-3 country of residence; null when the request does not say. */
    public String getResidence() {
        return residence;
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

    /** Whether one of {@code grounds} holds for the person, as the request gives the grounds. */
    public boolean holdsAnyGround(List<String> grounds) {
        return earlyPensionGrounds != null && earlyPensionGrounds.stream().anyMatch(grounds::contains);
    }

    /** The scheme's unit as a gap names it: months, days or weeks. */
    public String getUnitName() {
        return getUnitIndex() == 1 ? "days" : getUnitIndex() == 2 ? "weeks" : "months";
    }

    /** The day the person reaches an age of {@code months} months. */
    public LocalDate dayAtAge(int months) {
        return age.birthDate().plusMonths(months);
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

    /**
     * Contribution units in the jurisdiction, in the scheme's unit, with the partners' service where the agreement
     * applied counts it as the jurisdiction's own.
     */
    public long getOwnUnits() {
        return countsAsOwn ? applied.totalUnits() : record.ownUnits();
    }

    /** Contribution units in partner states under the agreement counted, not overlapping those in the jurisdiction. */
    public long getPartnerUnits() {
        return getTotalUnits() - getOwnUnits();
    }

    /** Contribution units in the jurisdiction and in partner states under the agreement counted. */
    public long getTotalUnits() {
        return applied == null ? record.ownUnits() : applied.totalUnits();
    }

    /**
     * Calendar months entirely covered in the jurisdiction, with the partners' service where the agreement applied
     * counts it as the jurisdiction's own.
     */
    public long getOwnMonths() {
        return countsAsOwn ? applied.totalisedMonths() : record.ownMonths();
    }

    /**
     * The longest record, in the scheme's unit, under the agreements the rules found applying to the person and
     * adding periods (0 where none does): longer than the record counted only where an agreement counting the
     * partners' service as the jurisdiction's own was applied for want of months of own cover.
     */
    public long getLongestApplicableUnits() {
        return longestApplicableUnits;
    }

    /** Calendar months entirely covered in the jurisdiction alone, whatever agreement applied. */
    public long getNationalMonths() {
        return record.ownMonths();
    }

    /** Calendar months entirely covered in the jurisdiction and in partner states under the agreement counted. */
    public long getTotalisedMonths() {
        return applied == null ? record.ownMonths() : applied.totalisedMonths();
    }

    /** The agreement whose partners' periods are counted, the most favourable of those that add any; empty if none. */
    public String getAgreements() {
        return applied == null ? "" : applied.agreement().describe();
    }

    /** How many agreements in force add periods to the record, each assessed on its own. */
    public int getAgreementsAdding() {
        return applicableAdding;
    }

    /** The agreements that add periods besides the one counted, as the explanation names them; empty if none. */
    public String getOtherAgreements() {
        return otherAgreements;
    }

    /** The record counted is at least in part the pack's conversion of calendar ranges, an estimate. */
    public boolean isRecordEstimated() {
        return applied == null ? record.estimated() : applied.estimated();
    }

    /**
     * The most days a month the scheme credits where the record is counted in days ({@code params.maxDaysPerMonth});
     * 0 where none is in force.
     */
    public int getMaxDaysPerMonth() {
        return getUnitIndex() != 1 || params.maxDaysPerMonth() == null ? 0 : params.maxDaysPerMonth();
    }

    /**
     * The jurisdiction's share of the totalised record, its units over all units (scale 4, half-even); null when
     * no partner-state period is totalised.
     */
    public BigDecimal getProRataShare() {
        return proRataShare;
    }

    /** 0 when periods are counted in months, 1 in days, 2 in weeks (for message choice formats). */
    public int getUnitIndex() {
        return Coverage.DAYS.equals(params.contributionUnit()) ? 1
                : Coverage.WEEKS.equals(params.contributionUnit()) ? 2 : 0;
    }

    /** Whole months of the working life over which an annual average of weeks is taken (0 where none is). */
    public long getWorkingLifeMonths() {
        return workingLife.months();
    }

    /** Weeks paid or credited, in the record counted, that fall in the working life. */
    public long getWorkingLifeWeeks() {
        return applied == null ? workingLife.weeks() : applied.workingLifeWeeks();
    }

    /** The day the working life starts (ISO date). */
    public String getWorkingLifeFrom() {
        return workingLife.from();
    }

    /** The day the working life ends: the pensionable age, or the date of the decision if earlier (ISO date). */
    public String getWorkingLifeTo() {
        return workingLife.to();
    }

    /**
     * The annual average of weeks over the working life, as the explanation gives it (scale 2, half-even); 0
     * where the working life has no whole month.
     */
    public BigDecimal getAnnualAverage() {
        if (workingLife.months() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(getWorkingLifeWeeks() * 12)
                .divide(BigDecimal.valueOf(workingLife.months()), 2, RoundingMode.HALF_EVEN);
    }

    /**
     * A record's share of a full record ({@code units} over {@code fullUnits}, scale 4, half-even), as a pension
     * reduced in proportion reports it.
     */
    public BigDecimal proportion(long units, long fullUnits) {
        return BigDecimal.valueOf(units).divide(BigDecimal.valueOf(fullUnits), SHARE_SCALE, RoundingMode.HALF_EVEN);
    }
}
