package org.m4sd.examples.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.m4sd.sdk.request.CompensationMeasure;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.ContributionUnit;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.EligibilityRequest;
import org.m4sd.sdk.request.HealthProfession;
import org.m4sd.sdk.request.HealthProfessional;
import org.m4sd.sdk.request.MigratoryStatus;
import org.m4sd.sdk.request.Money;
import org.m4sd.sdk.request.Person;
import org.m4sd.sdk.request.Qualification;
import org.m4sd.sdk.request.Recruitment;
import org.m4sd.sdk.request.ReturnType;
import org.m4sd.sdk.request.Sex;

/**
 * A synthetic population across the programme's eleven countries, for demonstrations and tests: the six whose
 * national projects the programme finances (ECU, MAR, NPL, SRB, SEN, TUN) and the five others (BGD, JAM, KGZ,
 * MDA, PHL). Deterministic: the same seed and size give the same requests, in the same order, on every machine.
 * Nobody in it is real.
 *
 * <p>The distributions are plausible, not statistics: an age pyramid younger for migrants, the main migrant
 * nationalities of each country, migratory statuses from national to irregular, contribution histories with
 * gaps and, for some, periods in two countries (Jamaicans in the United Kingdom, Canada, the United States and
 * CARICOM states, Kyrgyz in Russia and Kazakhstan, Moldovans in Romania, Italy, Russia, Czechia and Germany),
 * Jamaican records counted in weeks paid or credited; recruitment of Nepali workers to the Gulf and Malaysia, of
 * Bangladeshi and Filipino workers to the Gulf, Malaysia and Hong Kong, and of Nepali, Bangladeshi and Filipino
 * workers to Serbia with their costs; foreign qualifications submitted for recognition; diaspora health
 * professionals considering return, more of them for Moldova's return programme. About one record in forty
 * leaves out a fact so that some decisions are {@code UNDETERMINED}.
 *
 * <p>Person {@code i} of a seed is the same whichever slice of the population it is generated in, so the
 * population can be generated in parallel slices ({@link #requests(int, int)}). Person {@code i} is drawn from the
 * {@code i}-th split of two seeded streams: the second decides whether the person lives in one of the five
 * countries added after the first six ({@link #ADDED_SHARE}) and then draws all of that person; otherwise the
 * first stream draws the person exactly as it did when the population covered the six alone, so every such
 * person keeps the request (id included) it had then.
 */
public final class SyntheticPopulation {
    /** The programme's eleven countries: the six financed ones first, then the five others. */
    public static final List<String> COUNTRIES = List.of("ECU", "MAR", "NPL", "SRB", "SEN", "TUN", "BGD", "JAM",
            "KGZ", "MDA", "PHL");
    /** The share of people who live in one of the five countries added after the six financed ones. */
    public static final double ADDED_SHARE = 0.3;
    /** The date every request is decided as of. */
    public static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

    /**
     * How people of one country are drawn.
     *
     * @param weight               share of the country among the people of its stream
     * @param migrantShare         share of foreign nationals
     * @param abroad               where nationals work or live abroad
     * @param careerAbroadShare    share of nationals with contributions whose career has a period abroad
     * @param diasporaHealthShare  share of nationals aged 25 to 60 who are health professionals abroad
     * @param practice             where those health professionals practise
     */
    private record Country(String code, double weight, double migrantShare, String[] migrantNationalities,
            String[] abroad, String language, double careerAbroadShare, double diasporaHealthShare,
            String[] practice) {
        /** A country drawn as the first six always were. */
        Country(String code, double weight, double migrantShare, String[] migrantNationalities, String[] abroad,
                String language) {
            this(code, weight, migrantShare, migrantNationalities, abroad, language, 0.18, 0.02, PRACTICE);
        }
    }

    private static final String[] PRACTICE = {"DEU", "FRA", "USA", "GBR", "ESP", "ITA", "QAT", "CAN"};

    /** The six financed countries, drawn from the first stream. */
    private static final List<Country> PROFILES = List.of(
            new Country("ECU", 0.22, 0.20, new String[] {"VEN", "VEN", "VEN", "COL", "COL", "PER", "CUB"},
                    new String[] {"ESP", "USA", "ITA"}, "es"),
            new Country("MAR", 0.20, 0.08, new String[] {"SEN", "CIV", "GIN", "MLI", "SYR"},
                    new String[] {"FRA", "ESP", "BEL", "ITA", "NLD"}, "fr"),
            new Country("NPL", 0.18, 0.04, new String[] {"IND", "IND", "BTN"},
                    new String[] {"QAT", "SAU", "ARE", "MYS", "KWT"}, "en"),
            new Country("SRB", 0.12, 0.10, new String[] {"SYR", "AFG", "UKR", "RUS", "NPL", "BGD", "PHL"},
                    new String[] {"DEU", "AUT", "CHE", "SVN"}, "en"),
            new Country("SEN", 0.14, 0.09, new String[] {"GIN", "MLI", "GMB", "MRT", "GNB"},
                    new String[] {"FRA", "ITA", "ESP"}, "fr"),
            new Country("TUN", 0.14, 0.07, new String[] {"LBY", "CIV", "SDN", "DZA"},
                    new String[] {"FRA", "ITA", "DEU"}, "fr"));

    /**
     * The five other programme countries, drawn from the second stream. Countries of emigration: more careers
     * with a period abroad; Moldova's diaspora health professionals weigh more (its return programme is encoded).
     * Requests are in English where the SDK has no message in the country's language.
     */
    private static final List<Country> ADDED = List.of(
            new Country("BGD", 0.22, 0.04, new String[] {"MMR", "MMR", "MMR", "IND", "CHN", "LKA"},
                    new String[] {"SAU", "ARE", "MYS", "OMN", "QAT", "KWT", "SGP"}, "en", 0.25, 0.02,
                    new String[] {"GBR", "USA", "SAU", "ARE"}),
            new Country("JAM", 0.16, 0.03, new String[] {"HTI", "HTI", "CUB", "VEN", "CHN", "IND"},
                    new String[] {"GBR", "CAN", "USA", "USA", "TTO", "BRB"}, "en", 0.30, 0.04,
                    new String[] {"GBR", "USA", "CAN"}),
            new Country("KGZ", 0.18, 0.05, new String[] {"UZB", "UZB", "TJK", "KAZ", "RUS", "CHN", "AFG"},
                    new String[] {"RUS", "RUS", "RUS", "KAZ"}, "en", 0.35, 0.02,
                    new String[] {"RUS", "KAZ", "DEU"}),
            new Country("MDA", 0.22, 0.06, new String[] {"UKR", "UKR", "UKR", "ROU", "RUS", "TUR"},
                    new String[] {"ROU", "ITA", "ITA", "RUS", "CZE", "DEU"}, "en", 0.35, 0.08,
                    new String[] {"ROU", "ITA", "DEU", "FRA", "GBR", "ISR"}),
            new Country("PHL", 0.22, 0.03, new String[] {"CHN", "CHN", "KOR", "USA", "JPN", "IND", "IDN"},
                    new String[] {"SAU", "ARE", "USA", "QAT", "KWT", "HKG", "SGP"}, "en", 0.25, 0.04,
                    new String[] {"USA", "GBR", "SAU", "ARE", "CAN", "AUS"}));

    /** Schemes that record contributions in weeks paid or credited, and the share of people whose record is in weeks. */
    private static final java.util.Map<String, Double> WEEKS_RECORDED = java.util.Map.of("JAM", 0.7);

    /** Salt of the second stream's seed; any odd constant keeps it apart from the first. */
    private static final long ADDED_STREAM = 0x2B7E151628AED2A7L;

    private static final String[] GULF = {"QAT", "SAU", "ARE", "MYS", "KWT"};
    private static final String[] GULF_CURRENCY = {"QAR", "SAR", "AED", "MYR", "KWD"};
    private static final int[][] GULF_EARNINGS = {{1200, 2200}, {1200, 2000}, {1100, 1900}, {1500, 2300}, {100, 170}};
    /** Value of one Nepali rupee in each Gulf currency (mid-2023, rounded). */
    private static final String[] NPR_IN = {"0.0268", "0.0276", "0.027", "0.0312", "0.00226"};
    private static final String[] DIFFERENCES = {"CLINICAL_PRACTICE_HOURS", "WORKLOAD", "LEARNING_OUTCOMES", "LEVEL"};
    private static final String[] FIELDS = {"nursing", "medicine", "engineering", "teaching", "accounting", "pharmacy"};

    private final long seed;

    /** The population of this seed. */
    public SyntheticPopulation(long seed) {
        this.seed = seed;
    }

    /** The first {@code size} people, as requests asking for every determination whose facts are present. */
    public Stream<EligibilityRequest> requests(int size) {
        return requests(1, size);
    }

    /**
     * People {@code first} to {@code first + count - 1} (1-based): the same requests {@link #requests(int)} gives
     * at those positions. Person {@code i} draws from the {@code i}-th split of the seed's two generators, so a
     * slice replays the splits before it (a few nanoseconds each) and then generates only its own people.
     */
    public Stream<EligibilityRequest> requests(int first, int count) {
        if (first < 1 || count < 0 || (long) first + count - 1 > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("people " + first + " to " + ((long) first + count - 1)
                    + " are outside 1 to " + Integer.MAX_VALUE);
        }
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom added = new SplittableRandom(seed ^ ADDED_STREAM);
        for (int i = 1; i < first; i++) {
            random.split();
            added.split();
        }
        int last = first + count - 1;
        // i >= first ends the stream at Integer.MAX_VALUE, where i + 1 wraps
        return Stream.iterate(first, i -> i <= last && i >= first, i -> i + 1)
                .map(i -> person(i, random.split(), added.split()));
    }

    /** Person {@code index}: of the five added countries when the second stream says so, else as before them. */
    private static EligibilityRequest person(int index, SplittableRandom first, SplittableRandom second) {
        if (second.nextDouble() < ADDED_SHARE) {
            return person(index, pick(second, ADDED), second);
        }
        return person(index, pick(first, PROFILES), first);
    }

    private static EligibilityRequest person(int index, Country c, SplittableRandom r) {
        boolean migrant = r.nextDouble() < c.migrantShare;
        String nationality = migrant ? any(r, c.migrantNationalities) : c.code;
        MigratoryStatus status = migrant ? migrantStatus(r, nationality) : MigratoryStatus.NATIONAL;
        int age = migrant ? migrantAge(r) : age(r);
        LocalDate birth = AS_OF.minusYears(age).minusDays(r.nextInt(365));
        boolean diasporaHealthWorker = !migrant && age >= 25 && age <= 60 && r.nextDouble() < c.diasporaHealthShare;
        boolean livesAbroad = diasporaHealthWorker || (!migrant && age >= 60 && r.nextDouble() < 0.06);
        String residence = livesAbroad ? any(r, diasporaHealthWorker ? c.practice : c.abroad) : c.code;

        Person.Builder p = Person.builder(String.format(Locale.ROOT, "p-%08x", r.nextInt() & 0x7fffffff))
                .sex(r.nextDouble() < (migrant ? 0.44 : 0.51) ? Sex.F : Sex.M)
                .nationality(nationality).migratoryStatus(status)
                .presentInTerritory(!livesAbroad).countryOfResidence(residence)
                .residenceMonths(migrant ? (int) Math.min(1 + r.nextInt(Math.max(2, Math.min(age, 15) * 12)),
                        ChronoUnit.MONTHS.between(birth, AS_OF)) // never longer than the life so far
                        : livesAbroad ? r.nextInt(120) : age * 12);
        double gap = r.nextDouble();
        if (gap >= 0.012) {
            p.birthDate(birth);
        }
        if (gap >= 0.006 && gap < 0.012) {
            p.presentInTerritory(null);
        }
        if (age >= 20) {
            p.contributionPeriods(contributions(r, c, nationality, birth, age, migrant));
        }
        EligibilityRequest.Builder request = EligibilityRequest.builder(
                String.format(Locale.ROOT, "demo-%06d", index), AS_OF, c.code, p.build())
                .locale(Locale.forLanguageTag(c.language));
        if (age >= 20 && age <= 50) {
            recruitment(r, c, nationality).ifPresent(request::recruitment);
        }
        if (age >= 22 && (migrant ? r.nextDouble() < 0.12 : r.nextDouble() < 0.015)) {
            request.qualification(qualification(r, migrant ? nationality : any(r, c.abroad), status));
        }
        if (diasporaHealthWorker) {
            request.healthProfessional(healthProfessional(r, c.code, residence));
        }
        return request.build();
    }

    private static Country pick(SplittableRandom r, List<Country> profiles) {
        double x = r.nextDouble();
        for (Country c : profiles) {
            x -= c.weight;
            if (x < 0) {
                return c;
            }
        }
        return profiles.get(profiles.size() - 1);
    }

    private static MigratoryStatus migrantStatus(SplittableRandom r, String nationality) {
        boolean flight = List.of("SYR", "AFG", "UKR", "VEN", "SDN", "MMR").contains(nationality);
        double x = r.nextDouble();
        if (flight) {
            return x < 0.30 ? MigratoryStatus.REGULAR : x < 0.50 ? MigratoryStatus.IRREGULAR
                    : x < 0.68 ? MigratoryStatus.ASYLUM_SEEKER : x < 0.94 ? MigratoryStatus.REFUGEE
                    : x < 0.96 ? MigratoryStatus.STATELESS : MigratoryStatus.UNKNOWN;
        }
        return x < 0.55 ? MigratoryStatus.REGULAR : x < 0.85 ? MigratoryStatus.IRREGULAR
                : x < 0.90 ? MigratoryStatus.ASYLUM_SEEKER : x < 0.93 ? MigratoryStatus.REFUGEE
                : x < 0.95 ? MigratoryStatus.STATELESS : MigratoryStatus.UNKNOWN;
    }

    /** A national age pyramid: many children, fewer old people. */
    private static int age(SplittableRandom r) {
        double x = r.nextDouble();
        if (x < 0.30) {
            return r.nextInt(18);
        }
        if (x < 0.88) {
            return 18 + r.nextInt(47);
        }
        return 65 + (int) Math.min(30, Math.abs(r.nextGaussian() * 9));
    }

    /** Migrants are mostly of working age, with some children. */
    private static int migrantAge(SplittableRandom r) {
        double x = r.nextDouble();
        if (x < 0.18) {
            return r.nextInt(18);
        }
        if (x < 0.95) {
            return 18 + (int) Math.min(46, Math.abs(r.nextGaussian() * 12));
        }
        return 64 + r.nextInt(20);
    }

    /** Formal-sector careers with gaps; some in two countries (work abroad, or before migrating). */
    private static List<ContributionPeriod> contributions(SplittableRandom r, Country c, String nationality,
            LocalDate birth, int age, boolean migrant) {
        List<ContributionPeriod> periods = new ArrayList<>();
        if (r.nextDouble() > (migrant ? 0.45 : 0.55)) {
            return periods;
        }
        String home = migrant ? nationality : c.code;
        String second = migrant ? c.code : any(r, c.abroad);
        boolean twoCountries = migrant || r.nextDouble() < c.careerAbroadShare;
        // a scheme gives a person's whole record in one unit: weeks for some, the calendar range for the others
        java.util.Set<String> inWeeks = new java.util.HashSet<>();
        for (String country : twoCountries ? List.of(home, second) : List.of(home)) {
            Double weeksShare = WEEKS_RECORDED.get(country);
            if (weeksShare != null && r.nextDouble() < weeksShare) {
                inWeeks.add(country);
            }
        }
        LocalDate start = birth.plusYears(18 + r.nextInt(10)).withDayOfMonth(1);
        LocalDate end = birth.plusYears(Math.min(age, 65)).withDayOfMonth(1);
        LocalDate switchAt = twoCountries ? start.plusMonths(r.nextInt(Math.max(1, months(start, end)) + 1)) : end;
        LocalDate cursor = start;
        while (cursor.isBefore(end)) {
            int length = 12 + r.nextInt(96);
            LocalDate to = cursor.plusMonths(length).minusDays(1);
            if (to.isAfter(end) || !to.isBefore(AS_OF)) {
                to = min(end, AS_OF.minusDays(1));
            }
            if (to.isBefore(cursor)) {
                break;
            }
            String country = cursor.isBefore(switchAt) ? home : second;
            periods.add(inWeeks.contains(country) ? inWeeks(r, country, cursor, to)
                    : ContributionPeriod.of(country, cursor, to));
            cursor = to.plusDays(1).plusMonths(r.nextInt(4) == 0 ? 6 + r.nextInt(36) : 0);
        }
        return periods;
    }

    /** A period recorded in weeks paid or credited: its calendar weeks, some of them missing for half the periods. */
    private static ContributionPeriod inWeeks(SplittableRandom r, String country, LocalDate from, LocalDate to) {
        long calendarWeeks = ChronoUnit.DAYS.between(from, to.plusDays(1)) / 7;
        long missing = r.nextDouble() < 0.5 ? 0 : Math.round(calendarWeeks * r.nextDouble() * 0.3);
        return ContributionPeriod.of(country, from, to, calendarWeeks - missing, ContributionUnit.WEEKS);
    }

    private static int months(LocalDate from, LocalDate to) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(from, to);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * A destination of Bangladeshi or Filipino workers: its currency, a first month's earnings range there, and
     * the value of one unit of the origin's currency in it (mid-2023, rounded).
     */
    private record Corridor(String destination, String currency, int lowEarnings, int highEarnings,
            String originUnitValue) {
    }

    private static final Corridor[] FROM_BANGLADESH = {
        new Corridor("SAU", "SAR", 1000, 1600, "0.0345"), new Corridor("ARE", "AED", 1000, 1600, "0.0338"),
        new Corridor("MYS", "MYR", 1500, 2100, "0.0428"), new Corridor("OMN", "OMR", 100, 160, "0.00354"),
        new Corridor("QAT", "QAR", 1000, 1500, "0.0335"), new Corridor("SGP", "SGD", 600, 900, "0.0124")};
    private static final Corridor[] FROM_PHILIPPINES = {
        new Corridor("SAU", "SAR", 1500, 2500, "0.0679"), new Corridor("ARE", "AED", 1500, 2500, "0.0665"),
        new Corridor("KWT", "KWD", 120, 200, "0.00556"), new Corridor("QAT", "QAR", 1500, 2500, "0.0659"),
        new Corridor("HKG", "HKD", 4730, 6000, "0.1418")};

    /**
     * Nepali workers going to the Gulf or Malaysia; Bangladeshi workers to the Gulf, Malaysia and Singapore and
     * Filipino workers to the Gulf and Hong Kong; Nepali, Bangladeshi and Filipino workers in Serbia.
     */
    private static java.util.Optional<Recruitment> recruitment(SplittableRandom r, Country c, String nationality) {
        if (c.code.equals("NPL") && nationality.equals("NPL") && r.nextDouble() < 0.22) {
            int g = r.nextInt(GULF.length);
            BigDecimal rate = new BigDecimal(NPR_IN[g]);
            Recruitment.Builder b = Recruitment.builder("NPL", GULF[g])
                    .occupation(any(r, new String[] {"construction", "hospitality", "security", "manufacturing",
                            "agriculture", "domestic work"}))
                    .firstJobStart(AS_OF.minusMonths(1 + r.nextInt(36)))
                    .addCost(CostItem.of(CostType.MEDICAL, 4_500, "NPR"))
                    .addCost(CostItem.of(CostType.ORIENTATION, 700, "NPR"))
                    .addCost(CostItem.of(CostType.WELFARE_FUND, 1_500, "NPR"))
                    .exchangeRate("NPR", rate);
            // Some pay no service charge; some pay one after the employer declined in writing to pay it (the
            // only case the rule allows, up to the cap); the rest pay one they should not have.
            double charge = r.nextDouble();
            boolean declined = charge >= 0.40 && charge < 0.75;
            if (charge >= 0.40) {
                b.addCost(CostItem.of(CostType.SERVICE_CHARGE,
                        declined && r.nextDouble() < 0.7 ? 10_000 : 20_000 + 5_000L * r.nextInt(30), "NPR"));
            }
            if (r.nextDouble() < 0.20) {
                b.addCost(CostItem.of(CostType.AIR_TICKET, 40_000 + 1_000L * r.nextInt(40), "NPR"));
            }
            if (r.nextDouble() < 0.12) {
                b.addCost(CostItem.of(CostType.VISA, 5_000L * (1 + r.nextInt(12)), "NPR"));
            }
            int earnings = between(r, GULF_EARNINGS[g][0], GULF_EARNINGS[g][1]);
            b.firstMonthEarnings(Money.of(earnings, GULF_CURRENCY[g]))
                    .monthlyBasicSalary(Money.of(earnings * 8L / 10, GULF_CURRENCY[g]));
            b.householdService(r.nextDouble() < 0.06).governmentToGovernment(r.nextDouble() < 0.04)
                    .employerDeclinedToPay(declined);
            return java.util.Optional.of(b.build());
        }
        if (c.code.equals("SRB") && List.of("NPL", "BGD", "PHL").contains(nationality) && r.nextDouble() < 0.8) {
            String currency = switch (nationality) {
                case "NPL" -> "NPR";
                case "BGD" -> "BDT";
                default -> "PHP";
            };
            BigDecimal rate = new BigDecimal(switch (nationality) {
                case "NPL" -> "0.78";
                case "BGD" -> "0.87";
                default -> "1.85";
            });
            long fee = switch (nationality) {
                case "NPL" -> 150_000 + 10_000L * r.nextInt(30);
                case "BGD" -> 250_000 + 25_000L * r.nextInt(20);
                default -> r.nextDouble() < 0.7 ? 0 : 20_000 + 1_000L * r.nextInt(30);
            };
            Recruitment.Builder b = Recruitment.builder(nationality, "SRB")
                    .occupation(any(r, new String[] {"construction", "manufacturing", "delivery", "hospitality"}))
                    .firstJobStart(AS_OF.minusMonths(1 + r.nextInt(24)))
                    .addCost(CostItem.of(CostType.MEDICAL, nationality.equals("PHL") ? 3_000 : 6_000, currency))
                    .firstMonthEarnings(Money.of(between(r, 65_000, 90_000), "RSD"))
                    .monthlyBasicSalary(Money.of(between(r, 55_000, 70_000), "RSD"))
                    .exchangeRate(currency, rate);
            if (fee > 0) {
                b.addCost(CostItem.of(CostType.SERVICE_CHARGE, fee, currency));
            }
            if (r.nextDouble() < 0.5) {
                b.addCost(CostItem.of(CostType.AIR_TICKET, nationality.equals("PHL") ? 45_000 : 90_000, currency));
            }
            return java.util.Optional.of(b.build());
        }
        if ((c.code.equals("BGD") || c.code.equals("PHL")) && nationality.equals(c.code) && r.nextDouble() < 0.25) {
            return java.util.Optional.of(c.code.equals("BGD") ? fromBangladesh(r) : fromPhilippines(r));
        }
        return java.util.Optional.empty();
    }

    /** A Bangladeshi worker abroad: agency charges often far above the government ceilings. */
    private static Recruitment fromBangladesh(SplittableRandom r) {
        Corridor to = FROM_BANGLADESH[r.nextInt(FROM_BANGLADESH.length)];
        Recruitment.Builder b = Recruitment.builder("BGD", to.destination)
                .occupation(any(r, new String[] {"construction", "cleaning", "manufacturing", "agriculture",
                        "domestic work", "driving"}))
                .firstJobStart(AS_OF.minusMonths(1 + r.nextInt(36)))
                .addCost(CostItem.of(CostType.MEDICAL, 8_000, "BDT"))
                .addCost(CostItem.of(CostType.WELFARE_FUND, 3_500, "BDT"))
                .addCost(CostItem.of(CostType.SERVICE_CHARGE, 100_000 + 10_000L * r.nextInt(40), "BDT"))
                .exchangeRate("BDT", new BigDecimal(to.originUnitValue));
        if (r.nextDouble() < 0.3) {
            b.addCost(CostItem.of(CostType.AIR_TICKET, 45_000 + 1_000L * r.nextInt(30), "BDT"));
        }
        int earnings = between(r, to.lowEarnings, to.highEarnings);
        return b.firstMonthEarnings(Money.of(earnings, to.currency))
                .monthlyBasicSalary(Money.of(earnings * 8L / 10, to.currency))
                .householdService(r.nextDouble() < 0.08).governmentToGovernment(r.nextDouble() < 0.05).build();
    }

    /** A Filipino worker abroad: no placement fee for many, up to a month's salary or more for the others. */
    private static Recruitment fromPhilippines(SplittableRandom r) {
        Corridor to = FROM_PHILIPPINES[r.nextInt(FROM_PHILIPPINES.length)];
        boolean household = to.destination.equals("HKG") || r.nextDouble() < 0.3;
        Recruitment.Builder b = Recruitment.builder("PHL", to.destination)
                .occupation(household ? "domestic work" : any(r, new String[] {"nursing", "construction",
                        "hospitality", "manufacturing"}))
                .firstJobStart(AS_OF.minusMonths(1 + r.nextInt(36)))
                .addCost(CostItem.of(CostType.MEDICAL, 3_000, "PHP"))
                .addCost(CostItem.of(CostType.DOCUMENTS, 950, "PHP"))
                .exchangeRate("PHP", new BigDecimal(to.originUnitValue));
        if (r.nextDouble() < 0.45) {
            b.addCost(CostItem.of(CostType.SERVICE_CHARGE, 10_000 + 2_000L * r.nextInt(40), "PHP"));
        }
        int earnings = between(r, to.lowEarnings, to.highEarnings);
        return b.firstMonthEarnings(Money.of(earnings, to.currency))
                .monthlyBasicSalary(Money.of(earnings * 9L / 10, to.currency))
                .householdService(household).governmentToGovernment(false).build();
    }

    private static Qualification qualification(SplittableRandom r, String awardingCountry, MigratoryStatus status) {
        String field = any(r, FIELDS);
        boolean regulated = !field.equals("engineering") && !field.equals("accounting") || r.nextDouble() < 0.3;
        Qualification.Builder b = Qualification.builder(awardingCountry, "ISCED_" + (4 + r.nextInt(4)))
                .field(field).regulatedProfession(regulated)
                .professionRequiresNationalLaw(field.equals("teaching") && r.nextDouble() < 0.5)
                .workExperienceMonths(r.nextInt(121))
                .documentsAvailable(r.nextDouble() < (status == MigratoryStatus.REFUGEE
                        || status == MigratoryStatus.ASYLUM_SEEKER ? 0.6 : 0.93))
                .fileCompleteDate(AS_OF.minusDays(20 + r.nextInt(240)));
        List<String> differences = new ArrayList<>();
        for (String d : DIFFERENCES) {
            if (r.nextDouble() < 0.25) {
                differences.add(d);
            }
        }
        differences.forEach(b::addSubstantialDifference);
        for (String d : differences) {
            double x = r.nextDouble();
            if (x < 0.3) {
                b.addDifferenceCoveredByExperience(d);
            } else if (x < 0.38) {
                b.addNonCompensableDifference(d);
            }
        }
        if (r.nextDouble() < 0.5) {
            b.preferredCompensation(r.nextBoolean() ? CompensationMeasure.ADAPTATION_PERIOD
                    : CompensationMeasure.APTITUDE_TEST);
        }
        return b.build();
    }

    private static HealthProfessional healthProfessional(SplittableRandom r, String origin, String practice) {
        double x = r.nextDouble();
        HealthProfession profession = x < 0.50 ? HealthProfession.NURSE : x < 0.75 ? HealthProfession.DOCTOR
                : x < 0.85 ? HealthProfession.MIDWIFE : x < 0.93 ? HealthProfession.PHARMACIST
                : x < 0.97 ? HealthProfession.DENTIST : HealthProfession.OTHER;
        double t = r.nextDouble();
        ReturnType type = t < 0.45 ? ReturnType.TEMPORARY : t < 0.70 ? ReturnType.PERMANENT : ReturnType.VIRTUAL;
        return HealthProfessional.of(profession, r.nextDouble() < 0.95, r.nextDouble() < 0.85, origin, practice,
                type, r.nextDouble() < 0.6);
    }

    private static int between(SplittableRandom r, int low, int high) {
        return low + r.nextInt(high - low + 1);
    }

    private static String any(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }
}
