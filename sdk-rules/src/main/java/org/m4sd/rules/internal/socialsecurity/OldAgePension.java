package org.m4sd.rules.internal.socialsecurity;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.socialsecurity.OldAgePensionCase.Age;
import org.m4sd.rules.internal.socialsecurity.OldAgePensionCase.ContributionRecord;
import org.m4sd.rules.internal.socialsecurity.OldAgePensionCase.WorkingLife;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.ContributionUnit;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Sex;

/**
 * {@code social-security.old-age-pension}: builds the case the rules decide. It measures the person's age on the
 * date of the decision and the contribution record (in the jurisdiction, and with the partner states of each
 * agreement in force, one agreement at a time, overlapping periods counted once, in the scheme's unit: the units
 * the scheme recorded where a period carries them, else the pack's conversion), and reads the parameters in force:
 * the jurisdiction's own qualifying paths and pensionable age for the person's sex and birth date (or that they are
 * not encoded for the date), the contribution unit, the months of own cover below which the jurisdiction is not
 * liable, and what is paid below the minimum. The legal tests
 * (age reached, which path applies, record sufficient, totalisation, liability, level, provision) are the rules of
 * {@code socialsecurity.drl}. Never reads migratory status (C118 equality of treatment).
 */
public final class OldAgePension implements Determiner {

    /**
     * The last pension table and agreements read for each jurisdiction, with their date: requests in a batch
     * usually share both, and the packs never change, so a request on the same date skips the look-ups.
     */
    private final Map<String, TableOnDate> lastRead = new ConcurrentHashMap<>();

    /** The parameters and agreements in force for a jurisdiction on a date, as one store of packs gives them. */
    private record TableOnDate(PackStore store, LocalDate asOf, PensionTable table, AgreementsInForce agreements) {
    }

    @Override
    public Determination determination() {
        return Determination.SOCIAL_SECURITY_OLD_AGE_PENSION;
    }

    @Override
    public String knowledgeBase() {
        return "socialsecurity";
    }

    @Override
    public CaseFact caseFor(EligibilityRequest request, PackContext packs) {
        Person person = request.person();
        LocalDate asOf = request.asOf();
        String jurisdiction = request.jurisdiction();
        LocalDate birth = person.birthDate().orElse(null);

        TableOnDate inForce = tableOnDate(jurisdiction, asOf, packs);
        PensionTable table = inForce.table();

        // The pensionable age of the paths without an age of their own, read for the person's sex and birth date.
        Sex sex = person.sex().orElse(null);
        PensionableAge latest = table.generalAge();
        PensionableAge earliest = latest;
        // Without a birth date the schedule cannot be read, and no rule compares an age with it.
        if (table.womensSchedule() != null && birth != null && sex != Sex.M && sex != Sex.X) {
            PensionableAge women = table.womensAge(table.womensSchedule().ageMonthsFor(birth));
            if (sex == Sex.F) {
                latest = women;
                earliest = women;
            } else {
                // Sex unknown: the person may have either age.
                latest = women.months() > latest.months() ? women : latest;
                earliest = women.months() <= earliest.months() ? women : earliest;
            }
        }
        PensionParameters params = table.paramsFor(latest, earliest, sex);
        ContributionRecord record = measureRecord(person.contributionPeriods(), jurisdiction, asOf, table,
                inForce.agreements(), birth, params.pensionAge());
        OldAgePensionCase c = new OldAgePensionCase(jurisdiction, asOf, params, sex, measureAge(birth, asOf), record,
                person.countryOfResidence().orElse(null))
                .withEarlyPensionFacts(person.childrenRaised().isPresent() ? person.childrenRaised().getAsInt() : null,
                        person.earlyPensionGrounds().map(g -> g.stream().map(Enum::name).toList()).orElse(null));

        c.value("contributionMonths", record.ownMonths());
        if (Coverage.DAYS.equals(table.unit())) {
            c.value("contributionDays", record.ownUnits());
        }
        if (Coverage.WEEKS.equals(table.unit())) {
            c.value("contributionWeeks", record.ownUnits());
        }
        return c;
    }

    private TableOnDate tableOnDate(String jurisdiction, LocalDate asOf, PackContext packs) {
        TableOnDate last = lastRead.get(jurisdiction);
        if (last != null && last.store() == packs.packs() && last.asOf().equals(asOf)) {
            return last;
        }
        // Every value may be absent on the date: the jurisdiction's own paths and age are then not encoded, and
        // the unit and own-cover minimum, which hold from before any path, are not needed.
        PensionTable table = PensionTable.of(packs.packs(), find(packs, "ss.pension.paths"),
                find(packs, "ss.pension.contribution-unit"), find(packs, "ss.pension.max-days-per-month"),
                find(packs, "ss.pension.age"), find(packs, "ss.pension.age.women-schedule"),
                find(packs, "ss.totalisation.min-own-months"), find(packs, "ss.pension.below-minimum"),
                find(packs, "ss.pension.flat-band"), new PensionTable.Extra(find(packs, "ss.pension.annual-average"),
                        find(packs, "ss.pension.working-life"), find(packs, "ss.pension.sources-conflict"),
                        find(packs, "ss.pension.early-paths")));
        TableOnDate read = new TableOnDate(packs.packs(), asOf, table,
                AgreementsInForce.of(packs.packs(), packs.table("agreements").orElse(null), asOf, jurisdiction));
        lastRead.put(jurisdiction, read);
        return read;
    }

    private static Resolved find(PackContext packs, String parameter) {
        return packs.findParam(parameter).orElse(null);
    }

    /**
     * The age on the date of the decision, in months completed and in the years and months they make (DOMAIN.md
     * 4.25: the age a message gives agrees with the day it gives for reaching an age).
     */
    static Age measureAge(LocalDate birth, LocalDate asOf) {
        if (birth == null) {
            return Age.UNKNOWN;
        }
        int monthsOfAge = (int) Period.between(birth, asOf).toTotalMonths();
        // Period counts a month only once the day of the month is reached; an anniversary that falls on a day the
        // month lacks is on its last day (plusMonths: a person born on 29 February turns 65 on 28 February in a
        // common year [B]), which Period leaves for the next month.
        if (!birth.plusMonths(monthsOfAge + 1L).isAfter(asOf)) {
            monthsOfAge++;
        }
        return new Age(birth, monthsOfAge / 12, monthsOfAge % 12, monthsOfAge);
    }

    /**
     * The working life over which the pack takes an annual average of weeks ({@code ss.pension.working-life}): from
     * the day the person reaches its starting age to the day of the pensionable age, or the date of the decision if
     * earlier; and the weeks of the record counted that fall in it (a period with recorded weeks that runs past its
     * ends counts them up to what the part inside could credit). Not measured where no average is in force or the
     * birth date is unknown.
     */
    static WorkingLife measureWorkingLife(List<ContributionPeriod> counted, LocalDate birth, LocalDate asOf,
            PensionTable table, PensionableAge pensionAge) {
        if (table.workingLifeFromAge() == 0 || birth == null) {
            return WorkingLife.NONE;
        }
        LocalDate from = birth.plusYears(table.workingLifeFromAge());
        LocalDate to = asOf;
        if (pensionAge != null && birth.plusMonths(pensionAge.months()).isBefore(to)) {
            to = birth.plusMonths(pensionAge.months());
        }
        if (to.isBefore(from)) {
            return new WorkingLife(0, 0, from.toString(), to.toString());
        }
        List<ContributionPeriod> inside = new ArrayList<>();
        for (ContributionPeriod p : counted) {
            if (p.to().isBefore(from) || p.from().isAfter(to)) {
                continue;
            }
            inside.add(new ContributionPeriod(p.country(), p.from().isBefore(from) ? from : p.from(),
                    p.to().isAfter(to) ? to : p.to(), p.units(), p.unit()));
        }
        long weeks = Counted.of(inside, to, table.unit(), table.maxDaysPerMonth()).units();
        return new WorkingLife(ChronoUnit.MONTHS.between(from, to.plusDays(1)), weeks, from.toString(),
                to.toString());
    }

    /**
     * The record in the jurisdiction, and the record under each agreement in force, each on its own (DOMAIN.md
     * 4.3: periods under two agreements are never added together): the jurisdiction's periods with the periods
     * of the agreement's partner states that fall in the service it covers (a period crossing a bound of that
     * service counts for its days within it). Which agreement applies to the person, and which of those is the
     * most favourable, the rules decide. Periods starting after the date of the decision are left out; each
     * record's overlaps count once.
     */
    private static ContributionRecord measureRecord(List<ContributionPeriod> periods, String jurisdiction,
            LocalDate asOf, PensionTable table, AgreementsInForce agreements, LocalDate birth,
            PensionableAge pensionAge) {
        List<ContributionPeriod> own = new ArrayList<>();
        for (ContributionPeriod p : periods) {
            if (p.country().equals(jurisdiction)) {
                own.add(p);
            }
        }
        Counted ownCount = Counted.of(own, asOf, table.unit(), table.maxDaysPerMonth());
        long ownMonths = Coverage.of(own, asOf).fullMonths();
        List<AgreementRecord> records = new ArrayList<>();
        List<Agreement> inForce = agreements.agreements();
        for (int index = 0; index < inForce.size(); index++) {
            Agreement a = inForce.get(index);
            List<String> partners = agreements.partners().get(index);
            List<ContributionPeriod> with = new ArrayList<>(own);
            for (ContributionPeriod p : periods) {
                if (!p.country().equals(jurisdiction) && partners.contains(p.country()) && !p.from().isAfter(asOf)) {
                    ContributionPeriod covered = withinService(p, a);
                    if (covered != null) {
                        with.add(covered);
                    }
                }
            }
            if (with.size() == own.size()) {
                continue;
            }
            Counted count = Counted.of(with, asOf, table.unit(), table.maxDaysPerMonth());
            records.add(new AgreementRecord(a, index, count.units() - ownCount.units(),
                    count.units(), Coverage.of(with, asOf).fullMonths(), count.estimated(),
                    measureWorkingLife(with, birth, asOf, table, pensionAge).weeks()));
        }
        return new ContributionRecord(ownCount.units(), ownMonths, ownCount.estimated(), List.copyOf(records),
                measureWorkingLife(own, birth, asOf, table, pensionAge));
    }

    /**
     * The part of a period that falls in the service an agreement covers: the period itself where it lies
     * within, its days within as a calendar range where it crosses a bound (the units the scheme recorded for
     * the whole period cannot be split), null where it lies outside.
     */
    private static ContributionPeriod withinService(ContributionPeriod p, Agreement a) {
        boolean startsIn = a.coversServiceOn(p.from());
        boolean endsIn = a.coversServiceOn(p.to());
        if (startsIn && endsIn) {
            return p;
        }
        LocalDate from = a.serviceFrom() != null && p.from().isBefore(a.serviceFrom()) ? a.serviceFrom() : p.from();
        LocalDate to = a.serviceTo() != null && p.to().isAfter(a.serviceTo()) ? a.serviceTo() : p.to();
        return from.isAfter(to) ? null : ContributionPeriod.of(p.country(), from, to);
    }

    /**
     * Contribution units of a set of periods in the scheme's unit: the units the scheme recorded where a period
     * carries them in that unit (at most what the pack's conversion credits for the months it touches), and the
     * pack's conversion of the days no such period covers, the whole record then being an estimate.
     *
     * @param units     the units
     * @param estimated some of them come from the pack's conversion of calendar ranges
     */
    private record Counted(long units, boolean estimated) {
        static Counted of(List<ContributionPeriod> periods, LocalDate asOf, String unit, Integer maxDaysPerMonth) {
            ContributionUnit recorded = Coverage.DAYS.equals(unit) ? ContributionUnit.DAYS
                    : Coverage.WEEKS.equals(unit) ? ContributionUnit.WEEKS : ContributionUnit.MONTHS;
            List<ContributionPeriod> declared = new ArrayList<>();
            List<ContributionPeriod> calendar = new ArrayList<>();
            long units = 0;
            for (ContributionPeriod p : periods) {
                if (p.from().isAfter(asOf)) {
                    continue;
                }
                if (unit != null && p.unit().orElse(null) == recorded) {
                    declared.add(p);
                    units += Math.min(p.units().getAsLong(), mostCredited(p, asOf, unit, maxDaysPerMonth));
                } else {
                    calendar.add(p);
                }
            }
            Coverage rest = Coverage.of(calendar, asOf).minus(Coverage.of(declared, asOf));
            return new Counted(units + rest.units(unit, maxDaysPerMonth), !rest.isEmpty());
        }

        /**
         * The most units the scheme can credit for a period: its days as the pack converts them, a week for every
         * seven of its days or part of them, or its months.
         */
        private static long mostCredited(ContributionPeriod p, LocalDate asOf, String unit, Integer maxDaysPerMonth) {
            LocalDate to = p.to().isAfter(asOf) ? asOf : p.to();
            if (Coverage.WEEKS.equals(unit)) {
                long days = ChronoUnit.DAYS.between(p.from(), to) + 1;
                return (days + Coverage.DAYS_A_WEEK - 1) / Coverage.DAYS_A_WEEK;
            }
            if (Coverage.DAYS.equals(unit)) {
                return Coverage.of(List.of(ContributionPeriod.of(p.country(), p.from(), to)), asOf)
                        .units(unit, maxDaysPerMonth);
            }
            return ChronoUnit.MONTHS.between(YearMonth.from(p.from()), YearMonth.from(to)) + 1;
        }
    }
}
