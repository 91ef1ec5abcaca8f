/**
 * The public classes of sdk-rules: {@link org.m4sd.rules.RulePacks}, a read-only view of the shipped rule packs,
 * and {@link org.m4sd.rules.ReferenceImplementation}, the plain-Java reference engine the Drools engine is compared
 * with. The Drools engine itself is found through {@code EligibilityEngine.create()}. Everything under
 * {@code org.m4sd.rules.internal} is implementation and may change at any time; the public classes reach it through
 * {@link org.m4sd.rules.spi.RulesFacade}, never by name (ArchitectureTest checks it).
 */
package org.m4sd.rules;
