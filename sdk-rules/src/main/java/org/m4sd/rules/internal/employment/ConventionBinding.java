package org.m4sd.rules.internal.employment;

import java.time.LocalDate;

/**
 * A recognition convention as it stands between the two states a qualification concerns: the first day it binds
 * the recognising state (the jurisdiction) and the first day it binds the state that awarded the qualification, as
 * the international pack records their ratifications. Present only where the pack records both states as parties;
 * whether it binds them on the decision date is the rules' test.
 *
 * @param convention            which convention
 * @param recognisingStateFrom  the first day it binds the jurisdiction
 * @param awardingStateFrom     the first day it binds the awarding state
 */
public record ConventionBinding(RecognitionConvention convention, LocalDate recognisingStateFrom,
        LocalDate awardingStateFrom) {
}
