/**
 * Extension points of sdk-rules: {@link org.m4sd.rules.spi.CaseRules}, to run the rules of some determinations on
 * another rule engine over the cases sdk-rules builds; and {@link org.m4sd.rules.spi.RulesFacade}, through which
 * the public classes reach their implementation without naming it.
 */
package org.m4sd.rules.spi;
