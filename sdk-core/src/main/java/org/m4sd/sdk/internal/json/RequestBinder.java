package org.m4sd.sdk.internal.json;

import static org.m4sd.sdk.internal.json.ObjectSpec.listOf;
import static org.m4sd.sdk.internal.json.ObjectSpec.oneOf;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.Limits;
import org.m4sd.sdk.request.CompensationMeasure;
import org.m4sd.sdk.request.ContributionPeriod;
import org.m4sd.sdk.request.ContributionUnit;
import org.m4sd.sdk.request.CostItem;
import org.m4sd.sdk.request.CostType;
import org.m4sd.sdk.request.DocumentCode;
import org.m4sd.sdk.request.EarlyPensionGround;
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
    /** A table of the fields of an object this binder reads (a helper that spells out the binder's type once). */
    private static <H> ObjectSpec<RequestBinder, H> fields(Supplier<H> newHolder) {
        return ObjectSpec.of(newHolder);
    }

    /** The request's top level; the record itself is built in {@link #bind}. */
    private static final class RequestFields {
        String requestId;
        LocalDate asOf;
        String jurisdiction;
        Locale locale;
        List<Determination> determinations = List.of();
        Person person;
        Recruitment recruitment;
        Qualification qualification;
        HealthProfessional healthProfessional;
    }

    private static final ObjectSpec<RequestBinder, RequestFields> REQUEST = fields(RequestFields::new)
            .required("requestId", Binder::nonBlank, (f, v) -> f.requestId = v)
            .required("asOf", Binder::date, (f, v) -> f.asOf = v)
            .required("jurisdiction", Binder::country, (f, v) -> f.jurisdiction = v)
            .optional("locale", RequestBinder::locale, (f, v) -> f.locale = v)
            .optional("determinations", RequestBinder::determinations, (f, v) -> f.determinations = v)
            .required("person", RequestBinder::person, (f, v) -> f.person = v)
            .optional("recruitment", RequestBinder::recruitment, (f, v) -> f.recruitment = v)
            .optional("qualification", RequestBinder::qualification, (f, v) -> f.qualification = v)
            .optional("healthProfessional", RequestBinder::healthProfessional, (f, v) -> f.healthProfessional = v);

    private static final class PersonFields {
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
        Integer childrenRaised;
        List<EarlyPensionGround> earlyPensionGrounds;
    }

    private static final ObjectSpec<RequestBinder, PersonFields> PERSON = fields(PersonFields::new)
            .required("id", Binder::nonBlank, (f, v) -> f.id = v)
            .optional("birthDate", Binder::date, (f, v) -> f.birthDate = v)
            .optional("sex", oneOf(Sex.class), (f, v) -> f.sex = v)
            .optional("nationality", Binder::country, (f, v) -> f.nationality = v)
            .optional("migratoryStatus", oneOf(MigratoryStatus.class), (f, v) -> f.migratoryStatus = v)
            .optional("presentInTerritory", Binder::bool, (f, v) -> f.presentInTerritory = v)
            .optional("residenceMonths", Binder::count, (f, v) -> f.residenceMonths = v)
            .optional("countryOfResidence", Binder::country, (f, v) -> f.countryOfResidence = v)
            .optional("contributionPeriods", listOf(RequestBinder::period), (f, v) -> f.contributionPeriods = v)
            .optional("documentsHeld", listOf(RequestBinder::documentCode), (f, v) -> f.documentsHeld = v)
            // the facts an early old-age pension reads; left out, they stay missing (never "none")
            .optional("childrenRaised", Binder::count, (f, v) -> f.childrenRaised = v)
            .optional("earlyPensionGrounds", RequestBinder::earlyPensionGrounds, (f, v) -> f.earlyPensionGrounds = v);

    private static final class PeriodFields {
        String country;
        LocalDate from;
        LocalDate to;
        Integer units;
        ContributionUnit unit;
    }

    private static final ObjectSpec<RequestBinder, PeriodFields> PERIOD = fields(PeriodFields::new)
            .required("country", Binder::country, (f, v) -> f.country = v)
            .required("from", Binder::date, (f, v) -> f.from = v)
            .required("to", Binder::date, (f, v) -> f.to = v)
            .optional("units", Binder::count, (f, v) -> f.units = v)
            .optional("unit", oneOf(ContributionUnit.class), (f, v) -> f.unit = v);

    private static final class RecruitmentFields {
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
    }

    private static final ObjectSpec<RequestBinder, RecruitmentFields> RECRUITMENT = fields(RecruitmentFields::new)
            .required("origin", Binder::country, (f, v) -> f.origin = v)
            .required("destination", Binder::country, (f, v) -> f.destination = v)
            .optional("occupation", Binder::text, (f, v) -> f.occupation = v)
            // these flags read as false when left out or written wrongly
            .optional("householdService", Binder::bool, (f, v) -> f.householdService = Boolean.TRUE.equals(v))
            .optional("governmentToGovernment", Binder::bool,
                    (f, v) -> f.governmentToGovernment = Boolean.TRUE.equals(v))
            .optional("employerDeclinedToPay", Binder::bool,
                    (f, v) -> f.employerDeclinedToPay = Boolean.TRUE.equals(v))
            .optional("firstJobStart", Binder::date, (f, v) -> f.firstJobStart = v)
            .optional("costsPaidByWorker", listOf(RequestBinder::cost), (f, v) -> f.costs = v)
            .optional("firstMonthEarnings", RequestBinder::money, (f, v) -> f.firstMonthEarnings = v)
            .optional("monthlyBasicSalary", RequestBinder::money, (f, v) -> f.monthlyBasicSalary = v)
            .optional("exchangeRates", RequestBinder::exchangeRates, (f, v) -> f.exchangeRates = v);

    private static final class CostFields {
        CostType item;
        BigDecimal amount;
        String currency;
        LocalDate paidOn;
    }

    private static final ObjectSpec<RequestBinder, CostFields> COST = fields(CostFields::new)
            .required("item", RequestBinder::costType, (f, v) -> f.item = v)
            .required("amount", Binder::nonNegativeAmount, (f, v) -> f.amount = v)
            .required("currency", Binder::currency, (f, v) -> f.currency = v)
            .optional("paidOn", Binder::date, (f, v) -> f.paidOn = v);

    private static final class MoneyFields {
        BigDecimal amount;
        String currency;
    }

    private static final ObjectSpec<RequestBinder, MoneyFields> MONEY = fields(MoneyFields::new)
            .required("amount", Binder::nonNegativeAmount, (f, v) -> f.amount = v)
            .required("currency", Binder::currency, (f, v) -> f.currency = v);

    private static final class QualificationFields {
        String awardingCountry;
        String level;
        String field;
        boolean regulatedProfession;
        boolean professionRequiresNationalLaw;
        /** Null when the list had a problem: the other lists are checked against it only when it had none. */
        List<String> substantialDifferences = List.of();
        List<String> differencesCoveredByExperience = List.of();
        List<String> nonCompensableDifferences = List.of();
        Integer workExperienceMonths;
        boolean documentsAvailable = true;
        LocalDate fileCompleteDate;
        LocalDate decisionDate;
        CompensationMeasure preferredCompensation;
    }

    private static final ObjectSpec<RequestBinder, QualificationFields> QUALIFICATION = fields(QualificationFields::new)
            .required("awardingCountry", Binder::country, (f, v) -> f.awardingCountry = v)
            .required("level", (b, v, p) -> b.isced(v, p, "level"), (f, v) -> f.level = v)
            .optional("field", Binder::text, (f, v) -> f.field = v)
            .optional("regulatedProfession", Binder::bool, (f, v) -> f.regulatedProfession = Boolean.TRUE.equals(v))
            .optional("professionRequiresNationalLaw", Binder::bool,
                    (f, v) -> f.professionRequiresNationalLaw = Boolean.TRUE.equals(v))
            .optional("substantialDifferences", RequestBinder::wholeTextList, (f, v) -> f.substantialDifferences = v)
            .optional("differencesCoveredByExperience", listOf(Binder::text),
                    (f, v) -> f.differencesCoveredByExperience = v)
            .optional("nonCompensableDifferences", listOf(Binder::text), (f, v) -> f.nonCompensableDifferences = v)
            .optional("workExperienceMonths", Binder::count, (f, v) -> f.workExperienceMonths = v)
            // the documents are taken to be available unless the request says they are not
            .optional("documentsAvailable", Binder::bool, (f, v) -> f.documentsAvailable = !Boolean.FALSE.equals(v))
            .optional("fileCompleteDate", Binder::date, (f, v) -> f.fileCompleteDate = v)
            .optional("decisionDate", Binder::date, (f, v) -> f.decisionDate = v)
            .optional("preferredCompensation", oneOf(CompensationMeasure.class),
                    (f, v) -> f.preferredCompensation = v);

    private static final class HealthProfessionalFields {
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
    }

    private static final ObjectSpec<RequestBinder, HealthProfessionalFields> HEALTH_PROFESSIONAL = fields(HealthProfessionalFields::new)
            .required("profession", oneOf(HealthProfession.class), (f, v) -> f.profession = v)
            .optional("qualified", Binder::bool, (f, v) -> f.qualified = v)
            .optional("licensed", Binder::bool, (f, v) -> f.licensed = v)
            .required("originCountry", Binder::country, (f, v) -> f.originCountry = v)
            .required("countryOfPractice", Binder::country, (f, v) -> f.countryOfPractice = v)
            .optional("returnType", oneOf(ReturnType.class), (f, v) -> f.returnType = v)
            .optional("healthPostOffered", Binder::bool, (f, v) -> f.healthPostOffered = v)
            .optional("workAbroad", listOf(RequestBinder::workPeriod), (f, v) -> f.workAbroad = v)
            .optional("highestDegreeLevel", (b, v, p) -> b.isced(v, p, "highestDegreeLevel"),
                    (f, v) -> f.highestDegreeLevel = v)
            .optional("languages", listOf(RequestBinder::language), (f, v) -> f.languages = v);

    private static final class WorkPeriodFields {
        String country;
        LocalDate from;
        LocalDate to;
    }

    private static final ObjectSpec<RequestBinder, WorkPeriodFields> WORK_PERIOD = fields(WorkPeriodFields::new)
            .required("country", Binder::country, (f, v) -> f.country = v)
            .required("from", Binder::date, (f, v) -> f.from = v)
            .required("to", Binder::date, (f, v) -> f.to = v);

    /** Languages the rule packs have messages in. */
    static final List<String> LANGUAGES = List.of("en", "fr", "es");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("(en|fr|es)(-[A-Za-z0-9]{1,8})*");
    private static final Pattern ISCED = Pattern.compile("ISCED_[0-8]");
    private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");
    /**
     * The locales of tags already read: requests name a few tags (en, fr, es-EC) again and again, and building a
     * locale parses its tag anew each time (a tenth of reading a registry row's request, profiled). Only accepted
     * tags are kept, at most {@link #KNOWN_TAGS} of them, since the tags come from the requests.
     */
    private static final Map<String, Locale> LOCALES = new ConcurrentHashMap<>();
    private static final int KNOWN_TAGS = 256;

    RequestBinder(Limits limits) {
        super(limits);
    }

    /** The request, or null when a problem was found (see {@link #problems}). */
    EligibilityRequest bind(JsonNode root) {
        RequestFields f = REQUEST.read(this, root, "$");
        if (f == null) {
            return null;
        }
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
        Locale known = LOCALES.get(tag);
        if (known != null) {
            return known;
        }
        if (LANGUAGE_TAG.matcher(tag).matches()) {
            try {
                Locale locale = new Locale.Builder().setLanguageTag(tag).build();
                if (LOCALES.size() < KNOWN_TAGS) {
                    LOCALES.putIfAbsent(tag, locale);
                }
                return locale;
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
            Determination d = determination(n, p);
            if (d == null) {
                return null;
            }
            String first = seen.putIfAbsent(d, p);
            if (first != null) {
                problems.add(p, "determination " + Problems.quote(d.id()) + " is already listed at " + first);
                return null;
            }
            return d;
        });
        return out == null ? List.of() : out;
    }

    /** The early-pension grounds, each listed once. */
    private List<EarlyPensionGround> earlyPensionGrounds(JsonNode v, String path) {
        Map<EarlyPensionGround, String> seen = new HashMap<>();
        return list(v, path, (n, p) -> {
            EarlyPensionGround ground = enumValue(n, p, EarlyPensionGround.class);
            if (ground == null) {
                return null;
            }
            String first = seen.putIfAbsent(ground, p);
            if (first != null) {
                problems.add(p, "ground " + Problems.quote(ground.name()) + " is already listed at " + first);
                return null;
            }
            return ground;
        });
    }

    private Person person(JsonNode node, String path) {
        int mark = problems.count();
        PersonFields f = PERSON.read(this, node, path);
        if (f == null || !problems.cleanSince(mark)) {
            return null;
        }
        return new Person(f.id, Optional.ofNullable(f.birthDate), Optional.ofNullable(f.sex),
                Optional.ofNullable(f.nationality), f.migratoryStatus, Optional.ofNullable(f.presentInTerritory),
                f.residenceMonths == null ? OptionalInt.empty() : OptionalInt.of(f.residenceMonths),
                Optional.ofNullable(f.countryOfResidence), f.contributionPeriods, f.documentsHeld,
                f.childrenRaised == null ? OptionalInt.empty() : OptionalInt.of(f.childrenRaised),
                Optional.ofNullable(f.earlyPensionGrounds));
    }

    private ContributionPeriod period(JsonNode node, String path) {
        int mark = problems.count();
        PeriodFields f = PERIOD.read(this, node, path);
        if (f == null) {
            return null;
        }
        toNotBeforeFrom(path, f.from, f.to);
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

    /** Reports a period that ends before it starts; a missing or unreadable end is reported elsewhere. */
    private void toNotBeforeFrom(String path, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(Problems.child(path, "to"), "to (" + to + ") is before from (" + from + ")");
        }
    }

    private Recruitment recruitment(JsonNode node, String path) {
        int mark = problems.count();
        RecruitmentFields f = RECRUITMENT.read(this, node, path);
        if (f == null || !problems.cleanSince(mark)) {
            return null;
        }
        return new Recruitment(f.origin, f.destination, Optional.ofNullable(f.occupation), f.householdService,
                f.governmentToGovernment, f.employerDeclinedToPay, Optional.ofNullable(f.firstJobStart), f.costs,
                Optional.ofNullable(f.firstMonthEarnings), Optional.ofNullable(f.monthlyBasicSalary),
                f.exchangeRates);
    }

    private CostItem cost(JsonNode node, String path) {
        int mark = problems.count();
        CostFields f = COST.read(this, node, path);
        if (f == null) {
            return null;
        }
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
        int mark = problems.count();
        MoneyFields f = MONEY.read(this, node, path);
        if (f == null) {
            return null;
        }
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
        int mark = problems.count();
        QualificationFields f = QUALIFICATION.read(this, node, path);
        if (f == null) {
            return null;
        }
        // A difference can only be checked against a list that was itself read without problems; otherwise
        // one bad entry would be reported again at every place that names it.
        if (f.substantialDifferences != null) {
            notAmong(f.differencesCoveredByExperience, node, path, "differencesCoveredByExperience",
                    f.substantialDifferences);
            notAmong(f.nonCompensableDifferences, node, path, "nonCompensableDifferences", f.substantialDifferences);
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

    private void notAmong(List<String> named, JsonNode qualification, String qualificationPath, String name,
            List<String> stated) {
        JsonNode array = qualification.get(name);
        if (named == null || array == null || !array.isArray()) {
            return;
        }
        String path = Problems.child(qualificationPath, name);
        for (int i = 0; i < array.size(); i++) {
            JsonNode n = array.get(i);
            if (n.isTextual() && !stated.contains(n.textValue())) {
                problems.add(Problems.index(path, i), name + "[" + i + "] names " + Problems.quote(n.textValue())
                        + ", which is not among substantialDifferences");
            }
        }
    }

    /** A list of strings, or null when any element had a problem (see {@link #qualification} for why). */
    private List<String> wholeTextList(JsonNode v, String path) {
        int before = problems.count();
        List<String> read = list(v, path, this::text);
        return problems.cleanSince(before) ? read : null;
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
        int mark = problems.count();
        HealthProfessionalFields f = HEALTH_PROFESSIONAL.read(this, node, path);
        if (f == null || !problems.cleanSince(mark)) {
            return null;
        }
        return new HealthProfessional(f.profession, Optional.ofNullable(f.qualified), Optional.ofNullable(f.licensed),
                f.originCountry, f.countryOfPractice, Optional.ofNullable(f.returnType),
                Optional.ofNullable(f.healthPostOffered), Optional.ofNullable(f.workAbroad),
                Optional.ofNullable(f.highestDegreeLevel), f.languages);
    }

    private WorkPeriod workPeriod(JsonNode node, String path) {
        int mark = problems.count();
        WorkPeriodFields f = WORK_PERIOD.read(this, node, path);
        if (f == null) {
            return null;
        }
        toNotBeforeFrom(path, f.from, f.to);
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
