package org.m4sd.rules.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.m4sd.sdk.Determination;

/**
 * One case as {@link CaseRules} see it: the fact a determination's DRL rules match, and where the rules report
 * their criteria. Rule names are those of the DRL rules ({@code Criterion.rule()}); reason codes and message
 * arguments are those the DRL rules pass, since the decision's messages are formatted from them.
 *
 * <p>Not thread-safe: one case is decided by one thread.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface RuleCase {

    /** The determination the case is for. */
    Determination determination();

    /**
     * The fact the DRL rules match. Read its JavaBeans properties by name (as DMN's FEEL does); its class is an
     * implementation detail of sdk-rules.
     */
    Object fact();

    /** The criterion of rule {@code rule} holds. */
    void met(String rule, String reasonCode, Object... args);

    /** The criterion of rule {@code rule} does not hold. */
    void notMet(String rule, String reasonCode, Object... args);

    /** The criterion of rule {@code rule} needs a fact the request lacks, named by its JSON path. */
    void unknown(String rule, String reasonCode, String missingFactPath);

    /**
     * The criterion of rule {@code rule} needs a condition of law that the packs do not encode for the jurisdiction
     * and date, named as the pack parameter that would encode it ({@code Decision.notEncoded()}); {@code args}
     * fill the message.
     */
    void notEncoded(String rule, String reasonCode, String condition, Object... args);

    /**
     * A figure the decision reports besides its outcome, under {@code name} (as a DRL rule's
     * {@code $c.value(name, v)}): the benefit level, the provision applied and the like. A later value of the same
     * name replaces an earlier one.
     */
    void value(String name, Object value);
}
