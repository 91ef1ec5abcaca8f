package org.m4sd.rules;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.m4sd.rules.spi.RulesFacade;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.decision.LegalBasis;
import org.m4sd.sdk.decision.RulePackRef;

/**
 * A read-only view of the rule packs shipped in sdk-rules: their identity, the determinations they implement,
 * and every parameter with the value in force on a date and its legal source. For tools that list or compare
 * packs (the CLI's {@code m4sd rules}, an HTTP service's {@code GET /v1/rule-packs}); evaluation does not need
 * it.
 *
 * <pre>{@code
 * RulePacks packs = RulePacks.load();
 * for (RulePacks.ParameterInForce p : packs.parameters(LocalDate.of(2023, 6, 30))) {
 *     System.out.println(p.packId() + " " + p.name() + " = " + p.value() + " [" + p.source().status() + "]");
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RulePacks {
    private final RulesFacade rules;

    private RulePacks(RulesFacade rules) {
        this.rules = rules;
    }

    /** Reads the packs shipped on the class path of sdk-rules. */
    public static RulePacks load() {
        return new RulePacks(RulesFacade.get());
    }

    /**
     * One rule pack.
     *
     * @param ref          id, version and content hash, as named in decisions
     * @param jurisdiction the ISO 3166-1 alpha-3 code the pack overlays; empty for {@code international}
     * @param name         a short title
     * @param description  what the pack holds
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record PackInfo(RulePackRef ref, Optional<String> jurisdiction, String name, String description) {
        /** Rejects nulls. */
        public PackInfo {
            Objects.requireNonNull(ref, "ref");
            Objects.requireNonNull(jurisdiction, "jurisdiction");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * The value of one pack parameter in force on a date.
     *
     * @param packId      the pack that defines the parameter
     * @param name        the parameter's name, as the rules read it
     * @param unit        its unit (for example {@code months}, {@code ratio})
     * @param description what it means
     * @param validFrom   first day the value is in force
     * @param validTo     last day it is in force; empty while in force
     * @param value       the value as JSON text (a number, string, boolean, array or object)
     * @param source      the legal source, with its V/S/B verification status
     * @param note        what the source says beyond the value, if anything
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record ParameterInForce(String packId, String name, String unit, String description, LocalDate validFrom,
            Optional<LocalDate> validTo, String value, LegalBasis source, Optional<String> note) {
        /** Rejects nulls. */
        public ParameterInForce {
            Objects.requireNonNull(packId, "packId");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(validFrom, "validFrom");
            Objects.requireNonNull(validTo, "validTo");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(note, "note");
        }
    }

    /** Every pack, the international pack first, then the country overlays. */
    public List<PackInfo> packs() {
        return rules.packs();
    }

    /** The determinations the packs implement, in catalogue order. */
    public Set<Determination> determinations() {
        return rules.determinations();
    }

    /**
     * Every parameter of every pack that has a value in force on {@code day}, by pack (international first)
     * and then by name. A country value overrides the international default for its jurisdiction.
     */
    public List<ParameterInForce> parameters(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return rules.parameters(day);
    }
}
