package org.m4sd.rules.internal.employment;

import java.util.Set;
import org.m4sd.rules.internal.packs.Source;
import org.m4sd.sdk.request.MigratoryStatus;

/**
 * The instrument in force under which people in a refugee-like situation have their qualifications assessed
 * even without documentary evidence, and the statuses it reads as such.
 *
 * @param instrument which instrument it is
 * @param statuses   the migratory statuses it covers (never {@code UNKNOWN})
 * @param source     where the pack takes the instrument from
 */
public record AssessmentWithoutDocuments(Instrument instrument, Set<MigratoryStatus> statuses, Source source) {

    /** The instruments with an article on qualifications held by refugees. */
    public enum Instrument {
        /** Lisbon Recognition Convention, art. VII. */
        LRC_VII,
        /** UNESCO Global Convention on the Recognition of Qualifications concerning Higher Education, art. VII. */
        UNESCO_GLOBAL_CONVENTION
    }
}
