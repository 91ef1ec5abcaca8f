package org.m4sd.rules.internal.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.definition.rule.Rule;
import org.m4sd.rules.internal.packs.LegalSources;

/**
 * Every rule's metadata, read once from the knowledge bases, a package's rules when they are loaded: rule name to
 * criterion, legal bases, order and effect. A rule without {@code @criterion}, {@code @legalBasis} and
 * {@code @order}, or citing a source the catalogue does not have, stops its package from being loaded (the
 * build's RulePackIntegrityTest checks every shipped rule).
 *
 * <p>A rule marked {@code @derives} is a derivation: it inserts a finding that criterion rules read (the period a
 * record must reach, say) and reports no criterion of its own, so it has no criterion, order or effect and is not
 * in the catalogue; its {@code @legalBasis} is still checked.
 */
public final class RuleCatalogue {
    private final LegalSources sources;
    /** Replaced, never changed: readers see the rules of every package added before they read it. */
    private volatile Map<String, RuleInfo> byRule;

    private RuleCatalogue(LegalSources sources) {
        this.sources = sources;
        this.byRule = Map.of();
    }

    public static RuleCatalogue of(List<Rule> rules, LegalSources sources) {
        RuleCatalogue catalogue = new RuleCatalogue(sources);
        catalogue.add(rules);
        return catalogue;
    }

    /**
     * Adds the rules of packages loaded after the catalogue was made (the engine loads a sector's rules when a
     * request first needs them), checked as {@link #of} checks them.
     *
     * @throws IllegalStateException when a rule lacks its metadata, cites an unknown source or reuses a name
     */
    public synchronized void add(List<Rule> rules) {
        var map = new HashMap<String, RuleInfo>(byRule);
        for (Rule rule : rules) {
            Map<String, Object> meta = rule.getMetaData();
            String name = rule.getName();
            List<String> legal = Arrays.stream(text(meta, "legalBasis", name).split(","))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            for (String key : legal) {
                if (!sources.contains(key)) {
                    throw new IllegalStateException("rule " + name + " cites unknown legal source \"" + key + "\"");
                }
            }
            if (meta.containsKey("derives")) {
                continue;
            }
            String criterion = text(meta, "criterion", name);
            int order = Integer.parseInt(text(meta, "order", name));
            Effect effect = meta.containsKey("effect") ? Effect.valueOf(meta.get("effect").toString()) : Effect.BLOCKS;
            List<org.m4sd.sdk.decision.LegalBasis> resolved = legal.stream().map(sources::get).toList();
            if (map.put(name, new RuleInfo(name, rule.getPackageName(), criterion, legal, resolved, order, effect))
                    != null) {
                throw new IllegalStateException("rule name " + name + " is used twice");
            }
        }
        byRule = Map.copyOf(map);
    }

    public RuleInfo get(String rule) {
        RuleInfo info = byRule.get(rule);
        if (info == null) {
            throw new IllegalStateException("no rule named " + rule + " in the rule packs");
        }
        return info;
    }

    public Optional<RuleInfo> find(String rule) {
        return Optional.ofNullable(byRule.get(rule));
    }

    public Map<String, RuleInfo> all() {
        return byRule;
    }

    private static String text(Map<String, Object> meta, String key, String rule) {
        Object value = meta.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalStateException("rule " + rule + " has no @" + key + " metadata");
        }
        return value.toString();
    }
}
