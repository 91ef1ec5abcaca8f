package org.m4sd.rules.internal.socialsecurity;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.rules.internal.engine.Determiner;
import org.m4sd.rules.internal.engine.PackContext;
import org.m4sd.rules.internal.packs.PackStore;
import org.m4sd.rules.internal.packs.Resolved;
import org.m4sd.rules.internal.socialsecurity.OldAgePensionCase.Age;
import org.m4sd.rules.internal.socialsecurity.OldAgePensionCase.ContributionRecord;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Sex;

/**
 * {@code social-security.old-age-pension}: builds the case the rules decide. It measures the person's age on the
 * date of the decision and the contribution record (in the jurisdiction, and with the partner states of the
 * agreements in force, overlapping periods counted once, in the scheme's unit), and reads the parameters in force:
 * the qualifying paths, the pensionable age for the person's sex and birth date, the contribution unit, the months
 * of own cover below which the jurisdiction is not liable, and what is paid below the minimum. The legal tests
 * (age reached, which path applies, record sufficient, totalisation, liability, level, provision) are the rules of
 * {@code socialsecurity.drl}. Never reads migratory status (C118 equality of treatment).
 */
public final class OldAgePension implements Determiner {
    static final String BIRTH_PATH = "$.person.birthDate";

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
        validate(person, birth, asOf);

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
        ContributionRecord record = measureRecord(person.contributionPeriods(), jurisdiction, asOf, table.unit(),
                inForce.agreements());
        OldAgePensionCase c = new OldAgePensionCase(jurisdiction, table.paramsFor(latest, earliest), sex,
                measureAge(birth, asOf), record);

        c.value("contributionMonths", record.ownMonths());
        if (Coverage.DAYS.equals(table.unit())) {
            c.value("contributionDays", record.ownUnits());
        }
        if (c.getProRataShare() != null) {
            c.value("totalisedMonths", record.totalisedMonths());
            if (Coverage.DAYS.equals(table.unit())) {
                c.value("totalisedDays", record.totalUnits());
            }
            c.value("proRataShare", c.getProRataShare());
        }
        return c;
    }

    private TableOnDate tableOnDate(String jurisdiction, LocalDate asOf, PackContext packs) {
        TableOnDate last = lastRead.get(jurisdiction);
        if (last != null && last.store() == packs.packs() && last.asOf().equals(asOf)) {
            return last;
        }
        Resolved paths = packs.param("ss.pension.paths");
        Resolved unit = packs.param("ss.pension.contribution-unit");
        boolean needPensionableAge = PensionTable.pathRows(paths).needPensionableAge();
        Resolved age = needPensionableAge ? packs.param("ss.pension.age") : null;
        Resolved schedule = needPensionableAge ? packs.findParam("ss.pension.age.women-schedule").orElse(null) : null;
        PensionTable table = PensionTable.of(paths, unit, age, schedule,
                packs.param("ss.totalisation.min-own-months"),
                packs.findParam("ss.pension.below-minimum").orElse(null),
                packs.findParam("ss.pension.flat-band").orElse(null));
        TableOnDate read = new TableOnDate(packs.packs(), asOf, table,
                AgreementsInForce.of(packs.table("agreements").orElse(null), asOf));
        lastRead.put(jurisdiction, read);
        return read;
    }

    private static void validate(Person person, LocalDate birth, LocalDate asOf) {
        if (birth == null) {
            return;
        }
        if (birth.isAfter(asOf)) {
            throw new IllegalArgumentException(BIRTH_PATH + ": birth date " + birth + " is after asOf " + asOf);
        }
        List<ContributionPeriod> periods = person.contributionPeriods();
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).from().isBefore(birth)) {
                throw new IllegalArgumentException("$.person.contributionPeriods[" + i + "].from: "
                        + periods.get(i).from() + " is before the birth date " + birth);
            }
        }
    }

    /** The age on the date of the decision, in years and months and in months completed. */
    static Age measureAge(LocalDate birth, LocalDate asOf) {
        if (birth == null) {
            return Age.UNKNOWN;
        }
        Period age = Period.between(birth, asOf);
        int monthsOfAge = (int) age.toTotalMonths();
        // Period counts a month only once the day of the month is reached; an anniversary that falls on a day the
        // month lacks is on its last day (plusMonths), which Period leaves for the next month.
        if (!birth.plusMonths(monthsOfAge + 1L).isAfter(asOf)) {
            monthsOfAge++;
        }
        return new Age(birth, age.getYears(), age.getMonths(), monthsOfAge);
    }

    /**
     * The periods in the jurisdiction, and those in partner states of the agreements in force (periods starting
     * after the date of the decision left out), each set's overlaps counted once.
     */
    private static ContributionRecord measureRecord(List<ContributionPeriod> periods, String jurisdiction,
            LocalDate asOf, String unit, AgreementsInForce agreements) {
        Set<String> partners = agreements.partners();
        List<ContributionPeriod> own = new ArrayList<>();
        List<ContributionPeriod> withPartners = new ArrayList<>();
        Set<String> partnersUsed = Set.of();
        for (ContributionPeriod p : periods) {
            if (p.country().equals(jurisdiction)) {
                own.add(p);
                withPartners.add(p);
            } else if (partners.contains(p.country()) && !p.from().isAfter(asOf)) {
                withPartners.add(p);
                if (partnersUsed.isEmpty()) {
                    partnersUsed = new HashSet<>();
                }
                partnersUsed.add(p.country());
            }
        }
        Coverage ownCover = Coverage.of(own, asOf);
        Coverage totalCover = own.size() == withPartners.size() ? ownCover : Coverage.of(withPartners, asOf);
        long ownMonths = ownCover.fullMonths();
        long totalisedMonths = totalCover == ownCover ? ownMonths : totalCover.fullMonths();
        boolean days = Coverage.DAYS.equals(unit);
        long ownUnits = days ? ownCover.days() : ownMonths;
        long totalUnits = days ? totalCover.days() : totalisedMonths;
        StringJoiner used = new StringJoiner("; ");
        if (!partnersUsed.isEmpty()) {
            for (Agreement a : agreements.agreements()) {
                for (String partner : a.partners()) {
                    if (partnersUsed.contains(partner)) {
                        used.add(a.describe());
                        break;
                    }
                }
            }
        }
        return new ContributionRecord(ownUnits, totalUnits, ownMonths, totalisedMonths, used.toString());
    }
}
