package org.m4sd.sdk.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.Limits;
import org.m4sd.sdk.decision.Criterion;
import org.m4sd.sdk.decision.CriterionResult;
import org.m4sd.sdk.decision.Decision;
import org.m4sd.sdk.decision.DecisionSet;
import org.m4sd.sdk.decision.LegalBasis;
import org.m4sd.sdk.decision.Outcome;
import org.m4sd.sdk.decision.RulePackRef;
import org.m4sd.sdk.decision.VerificationStatus;

/** Binds decision and decision-set trees, as strictly as requests, collecting every problem. */
final class DecisionBinder extends Binder {
    static final List<String> DECISION = List.of("requestId", "determination", "outcome", "criteria",
            "missingFacts", "notEncoded", "values", "rulePack", "asOf", "inputSha256");
    static final List<String> CRITERION = List.of("id", "rule", "result", "reasonCode", "message", "legalBasis");
    static final List<String> LEGAL_BASIS = List.of("instrument", "article", "url", "status");
    static final List<String> RULE_PACK = List.of("id", "version", "sha256");
    static final List<String> DECISION_SET = List.of("requestId", "decisions");
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    DecisionBinder(Limits limits) {
        super(limits);
    }

    DecisionSet bindSet(JsonNode root) {
        var f = new Object() {
            String requestId;
            List<Decision> decisions = List.of();
        };
        boolean isObject = properties(root, "$", DECISION_SET, (name, v, p) -> {
            switch (name) {
                case "requestId" -> f.requestId = nonBlank(v, p);
                case "decisions" -> f.decisions = list(v, p, this::decision);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!isObject) {
            return null;
        }
        requireAll(root, "$", DECISION_SET.toArray(String[]::new));
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
        var f = new Object() {
            String requestId;
            Determination determination;
            Outcome outcome;
            List<Criterion> criteria = List.of();
            List<String> missingFacts = List.of();
            List<String> notEncoded = List.of();
            Map<String, Object> values = Map.of();
            RulePackRef rulePack;
            LocalDate asOf;
            String inputSha256;
        };
        int mark = problems.count();
        boolean isObject = properties(node, path, DECISION, (name, v, p) -> {
            switch (name) {
                case "requestId" -> f.requestId = nonBlank(v, p);
                case "determination" -> f.determination = determination(v, p);
                case "outcome" -> f.outcome = enumValue(v, p, Outcome.class);
                case "criteria" -> f.criteria = list(v, p, this::criterion);
                case "missingFacts" -> f.missingFacts = list(v, p, this::text);
                case "notEncoded" -> f.notEncoded = list(v, p, this::nonBlank);
                case "values" -> f.values = values(v, p);
                case "rulePack" -> f.rulePack = rulePack(v, p);
                case "asOf" -> f.asOf = date(v, p);
                case "inputSha256" -> f.inputSha256 = sha256(v, p);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!isObject) {
            return null;
        }
        requireAll(node, path, "requestId", "determination", "outcome", "rulePack", "asOf", "inputSha256");
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
        if (!problems.cleanSince(mark)) {
            return null;
        }
        return new Decision(f.requestId, f.determination, f.outcome, f.criteria, f.missingFacts, f.notEncoded,
                f.values, f.rulePack, f.asOf, f.inputSha256);
    }

    private Determination determination(JsonNode v, String p) {
        String id = text(v, p);
        if (id == null) {
            return null;
        }
        Optional<Determination> d = Determination.byId(id);
        if (d.isEmpty()) {
            problems.add(p, "unknown determination " + Problems.quote(id) + "; known: "
                    + Stream.of(Determination.values()).map(Determination::id).collect(Collectors.joining(", ")));
            return null;
        }
        return d.get();
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
        var f = new Object() {
            String id;
            String rule;
            CriterionResult result;
            String reasonCode;
            String message;
            List<LegalBasis> legalBasis = List.of();
        };
        int mark = problems.count();
        boolean isObject = properties(node, path, CRITERION, (name, v, p) -> {
            switch (name) {
                case "id" -> f.id = nonBlank(v, p);
                case "rule" -> f.rule = nonBlank(v, p);
                case "result" -> f.result = enumValue(v, p, CriterionResult.class);
                case "reasonCode" -> f.reasonCode = nonBlank(v, p);
                case "message" -> f.message = text(v, p);
                case "legalBasis" -> f.legalBasis = list(v, p, this::legalBasis);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!isObject) {
            return null;
        }
        requireAll(node, path, CRITERION.toArray(String[]::new));
        return problems.cleanSince(mark)
                ? new Criterion(f.id, f.rule, f.result, f.reasonCode, f.message, f.legalBasis) : null;
    }

    private LegalBasis legalBasis(JsonNode node, String path) {
        var f = new Object() {
            String instrument;
            String article;
            String url;
            VerificationStatus status;
        };
        int mark = problems.count();
        boolean isObject = properties(node, path, LEGAL_BASIS, (name, v, p) -> {
            switch (name) {
                case "instrument" -> f.instrument = nonBlank(v, p);
                case "article" -> f.article = text(v, p);
                case "url" -> f.url = text(v, p);
                case "status" -> f.status = enumValue(v, p, VerificationStatus.class);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!isObject) {
            return null;
        }
        requireAll(node, path, "instrument", "article", "status");
        return problems.cleanSince(mark)
                ? new LegalBasis(f.instrument, f.article, Optional.ofNullable(f.url), f.status) : null;
    }

    private RulePackRef rulePack(JsonNode node, String path) {
        var f = new Object() {
            String id;
            String version;
            String sha256;
        };
        int mark = problems.count();
        boolean isObject = properties(node, path, RULE_PACK, (name, v, p) -> {
            switch (name) {
                case "id" -> f.id = nonBlank(v, p);
                case "version" -> f.version = nonBlank(v, p);
                case "sha256" -> f.sha256 = sha256(v, p);
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (!isObject) {
            return null;
        }
        requireAll(node, path, RULE_PACK.toArray(String[]::new));
        return problems.cleanSince(mark) ? new RulePackRef(f.id, f.version, f.sha256) : null;
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
