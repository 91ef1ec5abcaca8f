package org.m4sd.sdk.internal.json;

import org.m4sd.sdk.internal.Consistency;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.Limits;
import org.m4sd.sdk.request.CompensationMeasure;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.ContributionUnit;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.DocumentCode;
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
import org.m4sd.sdk.request.WorkPeriod;

/** Binds a request tree to an {@link EligibilityRequest}, collecting every problem on the way. */
final class RequestBinder extends Binder {
    static final List<String> REQUEST = List.of("requestId", "asOf", "jurisdiction", "locale", "determinations",
            "person", "recruitment", "qualification", "healthProfessional");
    static final List<String> PERSON = List.of("id", "birthDate", "sex", "nationality", "migratoryStatus",
            "presentInTerritory", "residenceMonths", "countryOfResidence", "contributionPeriods", "documentsHeld");
    static final List<String> PERIOD = List.of("country", "from", "to", "units", "unit");
    static final List<String> RECRUITMENT = List.of("origin", "destination", "occupation", "householdService",
            "governmentToGovernment", "employerDeclinedToPay", "firstJobStart", "costsPaidByWorker",
            "firstMonthEarnings", "monthlyBasicSalary", "exchangeRates");
    static final List<String> COST = List.of("item", "amount", "currency", "paidOn");
    static final List<String> MONEY = List.of("amount", "currency");
    static final List<String> QUALIFICATION = List.of("awardingCountry", "level", "field", "regulatedProfession",
            "professionRequiresNationalLaw", "substantialDifferences", "differencesCoveredByExperience",
            "nonCompensableDifferences", "workExperienceMonths", "documentsAvailable", "fileCompleteDate",
            "decisionDate", "preferredCompensation");
    static final List<String> HEALTH_PROFESSIONAL = List.of("profession", "qualified", "licensed", "originCountry",
            "countryOfPractice", "returnType", "healthPostOffered", "workAbroad", "highestDegreeLevel", "languages");
    static final List<String> WORK_PERIOD = List.of("country", "from", "to");

    /** Languages the rule packs have messages in. */
    static final List<String> LANGUAGES = List.of("en", "fr", "es");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("(en|fr|es)(-[A-Za-z0-9]{1,8})*");
    private static final Pattern ISCED = Pattern.compile("ISCED_[0-8]");
    private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");

    RequestBinder(Limits limits) {
        super(limits);
    }

    /** The request, or null when a problem was found (see {@link #problems}). */
    EligibilityRequest bind(JsonNode root) {
        var f = new Object() {
            String requestId;
            LocalDate asOf;
            String jurisdiction;
            Locale locale;
            List<Determination> determinations = List.of();
            Person person;
            Recruitment recruitment;
            Qualification qualification;
            HealthProfessional healthProfessional;
        };
        boolean isObject = properties(root, "$", REQUEST, (name, v, path) -> {
            switch (name) {
                case "requestId" -> f.requestId = nonBlank(v, path);
                case "asOf" -> f.asOf = date(v, path);
                case "jurisdiction" -> f.jurisdiction = country(v, path);
                case "locale" -> f.locale = locale(v, path);
                case "determinations" -> f.determinations = determinations(v, path);
                case "person" -> f.person = person(v, path);
                case "recruitment" -> f.recruitment = recruitment(v, path);
                case "qualification" -> f.qualification = qualification(v, path);
                case "healthProfessional" -> f.healthProfessional = healthProfessional(v, path);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!isObject) {
            return null;
        }
        requireAll(root, "$", "requestId", "asOf", "jurisdiction", "person");
        if (f.asOf != null && f.person != null) {
            Consistency.problems(f.asOf, f.person, Optional.ofNullable(f.recruitment),
                    Optional.ofNullable(f.qualification)).forEach(e -> problems.add(e.path(), e.message()));
        }
        if (problems.any()) {
            return null;
        }
        return new EligibilityRequest(f.requestId, f.asOf, f.jurisdiction, Optional.ofNullable(f.locale),
                f.determinations, f.person, Optional.ofNullable(f.recruitment), Optional.ofNullable(f.qualification),
                Optional.ofNullable(f.healthProfessional));
    }

    /** The request id of a tree that may be invalid, for reporting a rejected record. */
    static Optional<String> requestId(JsonNode root) {
        if (root != null && root.isObject()) {
            JsonNode id = root.get("requestId");
            if (id != null && id.isTextual() && !id.textValue().isBlank()) {
                return Optional.of(id.textValue());
            }
        }
        return Optional.empty();
    }

    private String documentCode(JsonNode v, String path) {
        String code = text(v, path);
        if (code != null && DocumentCode.byCode(code).isEmpty()) {
            problems.add(path, DocumentCode.unknown(code));
            return null;
        }
        return code;
    }

    private Locale locale(JsonNode v, String path) {
        String tag = text(v, path);
        if (tag == null) {
            return null;
        }
        if (LANGUAGE_TAG.matcher(tag).matches()) {
            try {
                return new Locale.Builder().setLanguageTag(tag).build();
            } catch (IllformedLocaleException e) {
                // reported below with the same message as an unsupported language
            }
        }
        problems.add(path, "locale must be a BCP 47 language tag for English, French or Spanish (en, fr, es, "
                + "optionally with a region such as es-EC), got " + Problems.quote(tag));
        return null;
    }

    private List<Determination> determinations(JsonNode v, String path) {
        Map<Determination, String> seen = new HashMap<>();
        List<Determination> out = list(v, path, (n, p) -> {
            String id = text(n, p);
            if (id == null) {
                return null;
            }
            Optional<Determination> d = Determination.byId(id);
            if (d.isEmpty()) {
                problems.add(p, "unknown determination " + Problems.quote(id) + "; known: "
                        + Stream.of(Determination.values()).map(Determination::id).collect(Collectors.joining(", ")));
                return null;
            }
            String first = seen.putIfAbsent(d.get(), p);
            if (first != null) {
                problems.add(p, "determination " + Problems.quote(id) + " is already listed at " + first);
                return null;
            }
            return d.get();
        });
        return out == null ? List.of() : out;
    }

    private Person person(JsonNode node, String path) {
        var f = new Object() {
            String id;
            LocalDate birthDate;
            Sex sex;
            String nationality;
            MigratoryStatus migratoryStatus = MigratoryStatus.UNKNOWN;
            Boolean presentInTerritory;
            Integer residenceMonths;
            String countryOfResidence;
            List<ContributionPeriod> contributionPeriods = List.of();
            List<String> documentsHeld = List.of();
        };
        int mark = problems.count();
        boolean isObject = properties(node, path, PERSON, (name, v, p) -> {
            switch (name) {
                case "id" -> f.id = nonBlank(v, p);
                case "birthDate" -> f.birthDate = date(v, p);
                case "sex" -> f.sex = enumValue(v, p, Sex.class);
                case "nationality" -> f.nationality = country(v, p);
                case "migratoryStatus" -> f.migratoryStatus = enumValue(v, p, MigratoryStatus.class);
                case "presentInTerritory" -> f.presentInTerritory = bool(v, p);
                case "residenceMonths" -> f.residenceMonths = count(v, p);
                case "countryOfResidence" -> f.countryOfResidence = country(v, p);
                case "contributionPeriods" -> f.contributionPeriods = list(v, p, this::period);
                case "documentsHeld" -> f.documentsHeld = list(v, p, this::documentCode);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!isObject) {
            return null;
        }
        requireAll(node, path, "id");
        if (!problems.cleanSince(mark)) {
            return null;
        }
        return new Person(f.id, Optional.ofNullable(f.birthDate), Optional.ofNullable(f.sex),
                Optional.ofNullable(f.nationality), f.migratoryStatus, Optional.ofNullable(f.presentInTerritory),
                f.residenceMonths == null ? OptionalInt.empty() : OptionalInt.of(f.residenceMonths),
                Optional.ofNullable(f.countryOfResidence), f.contributionPeriods, f.documentsHeld);
    }

    private ContributionPeriod period(JsonNode node, String path) {
        var f = new Object() {
            String country;
            LocalDate from;
            LocalDate to;
            Integer units;
            ContributionUnit unit;
        };
        int mark = problems.count();
        boolean isObject = properties(node, path, PERIOD, (name, v, p) -> {
            switch (name) {
                case "country" -> f.country = country(v, p);
                case "from" -> f.from = date(v, p);
                case "to" -> f.to = date(v, p);
                case "units" -> f.units = count(v, p);
                case "unit" -> f.unit = enumValue(v, p, ContributionUnit.class);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!isObject) {
            return null;
        }
        requireAll(node, path, "country", "from", "to");
        if (f.from != null && f.to != null && f.to.isBefore(f.from)) {
            problems.add(Problems.child(path, "to"), "to (" + f.to + ") is before from (" + f.from + ")");
        }
        // The units the scheme recorded mean nothing without their unit, and the reverse.
        if (node.has("units") != node.has("unit")) {
            String absent = node.has("units") ? "unit" : "units";
            problems.add(Problems.child(path, absent), absent + " is required with " + (node.has("units") ? "units"
                    : "unit"));
        }
        if (!problems.cleanSince(mark)) {
            return null;
        }
        return f.units == null ? new ContributionPeriod(f.country, f.from, f.to)
                : ContributionPeriod.of(f.country, f.from, f.to, f.units, f.unit);
    }

    private Recruitment recruitment(JsonNode node, String path) {
        var f = new Object() {
            String origin;
            String destination;
            String occupation;
            boolean householdService;
            boolean governmentToGovernment;
            boolean employerDeclinedToPay;
            LocalDate firstJobStart;
            List<CostItem> costs = List.of();
            Money firstMonthEarnings;
            Money monthlyBasicSalary;
            Map<String, BigDecimal> exchangeRates = Map.of();
        };
        int mark = problems.count();
        boolean isObject = properties(node, path, RECRUITMENT, (name, v, p) -> {
            switch (name) {
                case "origin" -> f.origin = country(v, p);
                case "destination" -> f.destination = country(v, p);
                case "occupation" -> f.occupation = text(v, p);
                case "householdService" -> f.householdService = Boolean.TRUE.equals(bool(v, p));
                case "governmentToGovernment" -> f.governmentToGovernment = Boolean.TRUE.equals(bool(v, p));
                case "employerDeclinedToPay" -> f.employerDeclinedToPay = Boolean.TRUE.equals(bool(v, p));
                case "firstJobStart" -> f.firstJobStart = date(v, p);
                case "costsPaidByWorker" -> f.costs = list(v, p, this::cost);
                case "firstMonthEarnings" -> f.firstMonthEarnings = money(v, p);
                case "monthlyBasicSalary" -> f.monthlyBasicSalary = money(v, p);
                case "exchangeRates" -> f.exchangeRates = exchangeRates(v, p);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!isObject) {
            return null;
        }
        requireAll(node, path, "origin", "destination");
        if (!problems.cleanSince(mark)) {
            return null;
        }
        return new Recruitment(f.origin, f.destination, Optional.ofNullable(f.occupation), f.householdService,
                f.governmentToGovernment, f.employerDeclinedToPay, Optional.ofNullable(f.firstJobStart), f.costs,
                Optional.ofNullable(f.firstMonthEarnings), Optional.ofNullable(f.monthlyBasicSalary),
                f.exchangeRates);
    }

    private CostItem cost(JsonNode node, String path) {
        var f = new Object() {
            CostType item;
            BigDecimal amount;
            String currency;
            LocalDate paidOn;
        };
        int mark = problems.count();
        boolean isObject = properties(node, path, COST, (name, v, p) -> {
            switch (name) {
                case "item" -> f.item = costType(v, p);
                case "amount" -> f.amount = nonNegativeAmount(v, p);
                case "currency" -> f.currency = currency(v, p);
                case "paidOn" -> f.paidOn = date(v, p);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!isObject) {
            return null;
        }
        requireAll(node, path, "item", "amount", "currency");
        return problems.cleanSince(mark)
                ? new CostItem(f.item, f.amount, f.currency, Optional.ofNullable(f.paidOn)) : null;
    }

    /**
     * A cost item by its canonical name or one of its synonyms (a "PLACEMENT_FEE" is an agency's fee). The error
     * lists the canonical names; the synonyms are in the contract and the schema.
     */
    private CostType costType(JsonNode node, String path) {
        String s = text(node, path);
        if (s == null) {
            return null;
        }
        Optional<CostType> named = CostType.named(s);
        if (named.isEmpty()) {
            return enumValue(node, path, CostType.class);
        }
        return named.get();
    }

    private Money money(JsonNode node, String path) {
        var f = new Object() {
            BigDecimal amount;
            String currency;
        };
        int mark = problems.count();
        boolean isObject = properties(node, path, MONEY, (name, v, p) -> {
            switch (name) {
                case "amount" -> f.amount = nonNegativeAmount(v, p);
                case "currency" -> f.currency = currency(v, p);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!isObject) {
            return null;
        }
        requireAll(node, path, MONEY.toArray(String[]::new));
        return problems.cleanSince(mark) ? new Money(f.amount, f.currency) : null;
    }

    private Map<String, BigDecimal> exchangeRates(JsonNode node, String path) {
        if (!node.isObject()) {
            problems.add(path, "exchangeRates must be an object mapping currency codes to rates, got "
                    + Problems.describe(node));
            return null;
        }
        if (node.size() > limits.maxListSize()) {
            problems.add(path, "exchangeRates has " + node.size() + " entries, more than the limit maxListSize ("
                    + limits.maxListSize() + ")");
            return null;
        }
        Map<String, BigDecimal> rates = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String p = Problems.child(path, e.getKey());
            String code = e.getKey();
            if (!Money.isCurrency(code)) {
                problems.add(p, "exchangeRates names " + Problems.quote(code)
                        + ", which is not an ISO 4217 currency code such as USD or NPR");
                continue;
            }
            BigDecimal rate = decimal(e.getValue(), p);
            if (rate != null && rate.signum() <= 0) {
                problems.add(p, "the exchange rate for " + code + " must be greater than 0, got "
                        + rate.toPlainString());
            } else if (rate != null) {
                rates.put(code, rate);
            }
        }
        return rates;
    }

    private Qualification qualification(JsonNode node, String path) {
        var f = new Object() {
            String awardingCountry;
            String level;
            String field;
            boolean regulatedProfession;
            boolean professionRequiresNationalLaw;
            List<String> substantialDifferences = List.of();
            boolean substantialDifferencesValid = true;
            List<String> differencesCoveredByExperience = List.of();
            String coveredPath;
            List<String> nonCompensableDifferences = List.of();
            String nonCompensablePath;
            Integer workExperienceMonths;
            boolean documentsAvailable = true;
            LocalDate fileCompleteDate;
            LocalDate decisionDate;
            CompensationMeasure preferredCompensation;
        };
        int mark = problems.count();
        boolean isObject = properties(node, path, QUALIFICATION, (name, v, p) -> {
            switch (name) {
                case "awardingCountry" -> f.awardingCountry = country(v, p);
                case "level" -> f.level = isced(v, p, "level");
                case "field" -> f.field = text(v, p);
                case "regulatedProfession" -> f.regulatedProfession = Boolean.TRUE.equals(bool(v, p));
                case "professionRequiresNationalLaw" ->
                        f.professionRequiresNationalLaw = Boolean.TRUE.equals(bool(v, p));
                case "substantialDifferences" -> {
                    int before = problems.count();
                    f.substantialDifferences = list(v, p, this::text);
                    f.substantialDifferencesValid = problems.cleanSince(before);
                }
                case "differencesCoveredByExperience" -> {
                    f.differencesCoveredByExperience = list(v, p, this::text);
                    f.coveredPath = p;
                }
                case "nonCompensableDifferences" -> {
                    f.nonCompensableDifferences = list(v, p, this::text);
                    f.nonCompensablePath = p;
                }
                case "workExperienceMonths" -> f.workExperienceMonths = count(v, p);
                case "documentsAvailable" -> f.documentsAvailable = !Boolean.FALSE.equals(bool(v, p));
                case "fileCompleteDate" -> f.fileCompleteDate = date(v, p);
                case "decisionDate" -> f.decisionDate = date(v, p);
                case "preferredCompensation" ->
                        f.preferredCompensation = enumValue(v, p, CompensationMeasure.class);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!isObject) {
            return null;
        }
        requireAll(node, path, "awardingCountry", "level");
        // A difference can only be checked against a list that was itself read without problems; otherwise
        // one bad entry would be reported again at every place that names it.
        if (f.substantialDifferencesValid && f.substantialDifferences != null) {
            notAmong(f.differencesCoveredByExperience, node.get("differencesCoveredByExperience"), f.coveredPath,
                    "differencesCoveredByExperience", f.substantialDifferences);
            notAmong(f.nonCompensableDifferences, node.get("nonCompensableDifferences"), f.nonCompensablePath,
                    "nonCompensableDifferences", f.substantialDifferences);
        }
        if (!problems.cleanSince(mark)) {
            return null;
        }
        return new Qualification(f.awardingCountry, f.level, Optional.ofNullable(f.field), f.regulatedProfession,
                f.professionRequiresNationalLaw, f.substantialDifferences, f.differencesCoveredByExperience,
                f.nonCompensableDifferences,
                f.workExperienceMonths == null ? OptionalInt.empty() : OptionalInt.of(f.workExperienceMonths),
                f.documentsAvailable, Optional.ofNullable(f.fileCompleteDate), Optional.ofNullable(f.decisionDate),
                Optional.ofNullable(f.preferredCompensation));
    }

    private void notAmong(List<String> named, JsonNode array, String path, String name, List<String> stated) {
        if (named == null || array == null || !array.isArray()) {
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            if (n.isTextual() && !stated.contains(n.textValue())) {
                problems.add(Problems.index(path, i), name + "[" + i + "] names " + Problems.quote(n.textValue())
                        + ", which is not among substantialDifferences");
            }
        }
    }

    private String isced(JsonNode v, String path, String field) {
        String s = text(v, path);
        if (s != null && !ISCED.matcher(s).matches()) {
            problems.add(path, field + " must be an ISCED 2011 level ISCED_0 to ISCED_8, got " + Problems.quote(s));
            return null;
        }
        return s;
    }

    private HealthProfessional healthProfessional(JsonNode node, String path) {
        var f = new Object() {
            HealthProfession profession;
            Boolean qualified;
            Boolean licensed;
            String originCountry;
            String countryOfPractice;
            ReturnType returnType;
            Boolean healthPostOffered;
            List<WorkPeriod> workAbroad;
            String highestDegreeLevel;
            List<String> languages = List.of();
        };
        int mark = problems.count();
        boolean isObject = properties(node, path, HEALTH_PROFESSIONAL, (name, v, p) -> {
            switch (name) {
                case "profession" -> f.profession = enumValue(v, p, HealthProfession.class);
                case "qualified" -> f.qualified = bool(v, p);
                case "licensed" -> f.licensed = bool(v, p);
                case "originCountry" -> f.originCountry = country(v, p);
                case "countryOfPractice" -> f.countryOfPractice = country(v, p);
                case "returnType" -> f.returnType = enumValue(v, p, ReturnType.class);
                case "healthPostOffered" -> f.healthPostOffered = bool(v, p);
                case "workAbroad" -> f.workAbroad = list(v, p, this::workPeriod);
                case "highestDegreeLevel" -> f.highestDegreeLevel = isced(v, p, "highestDegreeLevel");
                case "languages" -> f.languages = list(v, p, this::language);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!isObject) {
            return null;
        }
        requireAll(node, path, "profession", "originCountry", "countryOfPractice");
        if (!problems.cleanSince(mark)) {
            return null;
        }
        return new HealthProfessional(f.profession, Optional.ofNullable(f.qualified), Optional.ofNullable(f.licensed),
                f.originCountry, f.countryOfPractice, Optional.ofNullable(f.returnType),
                Optional.ofNullable(f.healthPostOffered), Optional.ofNullable(f.workAbroad),
                Optional.ofNullable(f.highestDegreeLevel), f.languages);
    }

    private WorkPeriod workPeriod(JsonNode node, String path) {
        var f = new Object() {
            String country;
            LocalDate from;
            LocalDate to;
        };
        int mark = problems.count();
        boolean isObject = properties(node, path, WORK_PERIOD, (name, v, p) -> {
            switch (name) {
                case "country" -> f.country = country(v, p);
                case "from" -> f.from = date(v, p);
                case "to" -> f.to = date(v, p);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!isObject) {
            return null;
        }
        requireAll(node, path, "country", "from", "to");
        if (f.from != null && f.to != null && f.to.isBefore(f.from)) {
            problems.add(Problems.child(path, "to"), "to (" + f.to + ") is before from (" + f.from + ")");
        }
        if (!problems.cleanSince(mark)) {
            return null;
        }
        return new WorkPeriod(f.country, f.from, f.to);
    }

    private String language(JsonNode v, String path) {
        String s = text(v, path);
        if (s != null && !ISO_639_1.matcher(s).matches()) {
            problems.add(path, "a language must be an ISO 639-1 code (two lower-case letters), got "
                    + Problems.quote(s));
            return null;
        }
        return s;
    }

}
