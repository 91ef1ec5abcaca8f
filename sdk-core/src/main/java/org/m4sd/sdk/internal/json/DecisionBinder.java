package org.m4sd.sdk.internal.json;

import static org.m4sd.sdk.internal.json.ObjectSpec.listOf;
import static org.m4sd.sdk.internal.json.ObjectSpec.oneOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.Limits;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.FactType;
import org.m4sd.sdk.decision.Gap;
import org.m4sd.sdk.decision.GapKind;
import org.m4sd.sdk.decision.Question;
import org.m4sd.sdk.decision.Route;
import org.m4sd.sdk.decision.RouteKind;
import org.m4sd.sdk.decision.LegalBasis;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.RulePackRef;
import org.m4sd.sdk.decision.VerificationStatus;

/** Binds decision and decision-set trees, as strictly as requests, collecting every problem. */
final class DecisionBinder extends Binder {
    /** A table of the fields of an object this binder reads (a helper that spells out the binder's type once). */
    private static <H> ObjectSpec<DecisionBinder, H> fields(Supplier<H> newHolder) {
        return ObjectSpec.of(newHolder);
    }

    private static final class DecisionSetFields {
        String requestId;
        List<Decision> decisions = List.of();
    }

    private static final ObjectSpec<DecisionBinder, DecisionSetFields> DECISION_SET = fields(DecisionSetFields::new)
            .required("requestId", Binder::nonBlank, (f, v) -> f.requestId = v)
            .required("decisions", listOf(DecisionBinder::decision), (f, v) -> f.decisions = v);

    private static final class DecisionFields {
        String requestId;
        Determination determination;
        Outcome outcome;
        List<Criterion> criteria = List.of();
        List<String> missingFacts = List.of();
        List<String> notEncoded = List.of();
        List<Question> questions = List.of();
        Map<String, Object> values = Map.of();
        RulePackRef rulePack;
        LocalDate asOf;
        String inputSha256;
    }

    private static final ObjectSpec<DecisionBinder, DecisionFields> DECISION = fields(DecisionFields::new)
            .required("requestId", Binder::nonBlank, (f, v) -> f.requestId = v)
            .required("determination", Binder::determination, (f, v) -> f.determination = v)
            .required("outcome", oneOf(Outcome.class), (f, v) -> f.outcome = v)
            .optional("criteria", listOf(DecisionBinder::criterion), (f, v) -> f.criteria = v)
            .optional("missingFacts", listOf(Binder::text), (f, v) -> f.missingFacts = v)
            .optional("notEncoded", listOf(Binder::nonBlank), (f, v) -> f.notEncoded = v)
            .optional("questions", listOf(DecisionBinder::question), (f, v) -> f.questions = v)
            .optional("values", DecisionBinder::values, (f, v) -> f.values = v)
            .required("rulePack", DecisionBinder::rulePack, (f, v) -> f.rulePack = v)
            .required("asOf", Binder::date, (f, v) -> f.asOf = v)
            .required("inputSha256", DecisionBinder::sha256, (f, v) -> f.inputSha256 = v);

    private static final class CriterionFields {
        String id;
        String rule;
        CriterionResult result;
        String reasonCode;
        String message;
        List<LegalBasis> legalBasis = List.of();
        Gap gap;
    }

    private static final ObjectSpec<DecisionBinder, CriterionFields> CRITERION = fields(CriterionFields::new)
            .required("id", Binder::nonBlank, (f, v) -> f.id = v)
            .required("rule", Binder::nonBlank, (f, v) -> f.rule = v)
            .required("result", oneOf(CriterionResult.class), (f, v) -> f.result = v)
            .required("reasonCode", Binder::nonBlank, (f, v) -> f.reasonCode = v)
            .required("message", Binder::text, (f, v) -> f.message = v)
            .required("legalBasis", listOf(DecisionBinder::legalBasis), (f, v) -> f.legalBasis = v)
            .optional("gap", DecisionBinder::gap, (f, v) -> f.gap = v);

    private static final class GapFields {
        String fact;
        GapKind kind;
        BigDecimal amount;
        String unit;
        LocalDate date;
        List<String> values = List.of();
        List<Route> routes = List.of();
    }

    private static final ObjectSpec<DecisionBinder, GapFields> GAP = fields(GapFields::new)
            .required("fact", Binder::nonBlank, (f, v) -> f.fact = v)
            .required("kind", oneOf(GapKind.class), (f, v) -> f.kind = v)
            .optional("amount", Binder::decimal, (f, v) -> f.amount = v)
            .optional("unit", Binder::nonBlank, (f, v) -> f.unit = v)
            .optional("date", Binder::date, (f, v) -> f.date = v)
            .optional("values", listOf(Binder::nonBlank), (f, v) -> f.values = v)
            .optional("routes", listOf(DecisionBinder::route), (f, v) -> f.routes = v);

    private static final class RouteFields {
        RouteKind kind;
        String id;
    }

    private static final ObjectSpec<DecisionBinder, RouteFields> ROUTE = fields(RouteFields::new)
            .required("kind", oneOf(RouteKind.class), (f, v) -> f.kind = v)
            .required("id", Binder::nonBlank, (f, v) -> f.id = v);

    private static final class QuestionFields {
        String fact;
        String path;
        FactType type;
        String unit;
        List<String> allowedValues = List.of();
        String text;
    }

    private static final ObjectSpec<DecisionBinder, QuestionFields> QUESTION = fields(QuestionFields::new)
            .required("fact", Binder::nonBlank, (f, v) -> f.fact = v)
            .required("path", Binder::nonBlank, (f, v) -> f.path = v)
            .required("type", oneOf(FactType.class), (f, v) -> f.type = v)
            .optional("unit", Binder::nonBlank, (f, v) -> f.unit = v)
            .optional("allowedValues", listOf(Binder::nonBlank), (f, v) -> f.allowedValues = v)
            .required("text", Binder::nonBlank, (f, v) -> f.text = v);

    private static final class LegalBasisFields {
        String instrument;
        String article;
        String url;
        VerificationStatus status;
    }

    private static final ObjectSpec<DecisionBinder, LegalBasisFields> LEGAL_BASIS = fields(LegalBasisFields::new)
            .required("instrument", Binder::nonBlank, (f, v) -> f.instrument = v)
            .required("article", Binder::text, (f, v) -> f.article = v)
            .optional("url", Binder::text, (f, v) -> f.url = v)
            .required("status", oneOf(VerificationStatus.class), (f, v) -> f.status = v);

    private static final class RulePackFields {
        String id;
        String version;
        String sha256;
        String signingKeyId;
    }

    private static final ObjectSpec<DecisionBinder, RulePackFields> RULE_PACK = fields(RulePackFields::new)
            .required("id", Binder::nonBlank, (f, v) -> f.id = v)
            .required("version", Binder::nonBlank, (f, v) -> f.version = v)
            .required("sha256", DecisionBinder::sha256, (f, v) -> f.sha256 = v)
            .optional("signingKeyId", DecisionBinder::signingKeyId, (f, v) -> f.signingKeyId = v);

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    DecisionBinder(Limits limits) {
        super(limits);
    }

    DecisionSet bindSet(JsonNode root) {
        DecisionSetFields f = DECISION_SET.read(this, root, "$");
        if (f == null) {
            return null;
        }
        if (f.requestId != null && f.decisions != null) {
            JsonNode list = root.get("decisions");
            for (int i = 0; i < list.size(); i++) {
                JsonNode id = list.get(i).path("requestId");
                if (id.isTextual() && !id.textValue().equals(f.requestId)) {
                    problems.add("$.decisions[" + i + "].requestId", "requestId " + Problems.quote(id.textValue())
                            + " differs from the set's requestId " + Problems.quote(f.requestId));
                }
            }
        }
        return problems.any() ? null : new DecisionSet(f.requestId, f.decisions);
    }

    Decision decision(JsonNode node, String path) {
        int mark = problems.count();
        DecisionFields f = DECISION.read(this, node, path);
        if (f == null) {
            return null;
        }
        if (f.determination != null && f.outcome != null && !f.outcome.appliesTo(f.determination.kind())) {
            problems.add(Problems.child(path, "outcome"), "outcome " + f.outcome + " does not apply to "
                    + f.determination.id() + ", which allows " + Stream.of(Outcome.values())
                    .filter(o -> o.appliesTo(f.determination.kind())).map(Outcome::name)
                    .collect(Collectors.joining(", ")));
        }
        if (f.outcome == Outcome.UNDETERMINED && f.missingFacts != null && f.missingFacts.isEmpty()
                && f.notEncoded != null && f.notEncoded.isEmpty()) {
            problems.add(Problems.child(path, "missingFacts"),
                    "an UNDETERMINED decision lists at least one missing fact or one condition not encoded");
        }
        if (f.missingFacts != null && f.questions != null) {
            for (int i = 0; i < f.questions.size(); i++) {
                Question q = f.questions.get(i);
                if (q != null && !f.missingFacts.contains(q.fact())) {
                    problems.add(Problems.child(path, "questions") + "[" + i + "].fact", "question asks for "
                            + Problems.quote(q.fact()) + ", which is not one of the decision's missingFacts");
                }
            }
        }
        if (!problems.cleanSince(mark)) {
            return null;
        }
        return new Decision(f.requestId, f.determination, f.outcome, f.criteria, f.missingFacts, f.notEncoded,
                f.questions, f.values, f.rulePack, f.asOf, f.inputSha256);
    }

    private String sha256(JsonNode v, String p) {
        String s = text(v, p);
        if (s != null && !HEX64.matcher(s).matches()) {
            problems.add(p, what(p) + " must be 64 lower-case hexadecimal digits, got " + Problems.quote(s));
            return null;
        }
        return s;
    }

    private Criterion criterion(JsonNode node, String path) {
        int mark = problems.count();
        CriterionFields f = CRITERION.read(this, node, path);
        if (f == null) {
            return null;
        }
        if (f.gap != null && f.result != null && f.result != CriterionResult.NOT_MET) {
            problems.add(Problems.child(path, "gap"), "only a criterion NOT_MET has a gap; this one is " + f.result);
        }
        return problems.cleanSince(mark)
                ? new Criterion(f.id, f.rule, f.result, f.reasonCode, f.message, f.legalBasis,
                        Optional.ofNullable(f.gap)) : null;
    }

    private Gap gap(JsonNode node, String path) {
        int mark = problems.count();
        GapFields f = GAP.read(this, node, path);
        if (f == null || !problems.cleanSince(mark)) {
            return null;
        }
        try {
            return new Gap(f.fact, f.kind, Optional.ofNullable(f.amount), Optional.ofNullable(f.unit),
                    Optional.ofNullable(f.date), f.values, f.routes);
        } catch (IllegalArgumentException e) {
            problems.add(path, e.getMessage());
            return null;
        }
    }

    private Route route(JsonNode node, String path) {
        int mark = problems.count();
        RouteFields f = ROUTE.read(this, node, path);
        return f == null || !problems.cleanSince(mark) ? null : new Route(f.kind, f.id);
    }

    private Question question(JsonNode node, String path) {
        int mark = problems.count();
        QuestionFields f = QUESTION.read(this, node, path);
        if (f == null || !problems.cleanSince(mark)) {
            return null;
        }
        try {
            return new Question(f.fact, f.path, f.type, Optional.ofNullable(f.unit), f.allowedValues, f.text);
        } catch (IllegalArgumentException e) {
            problems.add(path, e.getMessage());
            return null;
        }
    }

    private LegalBasis legalBasis(JsonNode node, String path) {
        int mark = problems.count();
        LegalBasisFields f = LEGAL_BASIS.read(this, node, path);
        if (f == null) {
            return null;
        }
        return problems.cleanSince(mark)
                ? new LegalBasis(f.instrument, f.article, Optional.ofNullable(f.url), f.status) : null;
    }

    private RulePackRef rulePack(JsonNode node, String path) {
        int mark = problems.count();
        RulePackFields f = RULE_PACK.read(this, node, path);
        if (f == null) {
            return null;
        }
        return problems.cleanSince(mark)
                ? new RulePackRef(f.id, f.version, f.sha256, Optional.ofNullable(f.signingKeyId)) : null;
    }

    private String signingKeyId(JsonNode node, String path) {
        String text = text(node, path);
        if (text != null && !RulePackRef.isSigningKeyId(text)) {
            problems.add(path, what(path) + " must be 16 lower-case hexadecimal digits or \"" + RulePackRef.UNSIGNED
                    + "\", got " + Problems.quote(text));
            return null;
        }
        return text;
    }

    private Map<String, Object> values(JsonNode node, String path) {
        if (!node.isObject()) {
            problems.add(path, "values must be an object, got " + Problems.describe(node));
            return null;
        }
        Map<String, Object> out = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String p = Problems.child(path, e.getKey());
            JsonNode v = e.getValue();
            if (v.isTextual()) {
                out.put(e.getKey(), v.textValue());
            } else if (v.isBoolean()) {
                out.put(e.getKey(), v.booleanValue());
            } else if (v.isNumber()) {
                Object d = decimal(v, p);
                if (d != null) {
                    out.put(e.getKey(), d);
                }
            } else {
                problems.add(p, "values." + e.getKey() + " must be a string, true or false, or a number, got "
                        + Problems.describe(v));
            }
        }
        return out;
    }
}
