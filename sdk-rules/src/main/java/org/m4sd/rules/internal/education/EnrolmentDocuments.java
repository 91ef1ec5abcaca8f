package org.m4sd.rules.internal.education;

import java.util.List;

/**
 * The documents enrolment asks for in a jurisdiction on a date ({@value PublicSchool#DOCUMENTS}), by the codes a
 * request's {@code person.documentsHeld} uses. Never empty: a jurisdiction that asks for nothing has none.
 *
 * @param required the document codes, in the pack's order
 * @param source   the value's source as shown to the user: instrument, article and V/S/B status
 */
public record EnrolmentDocuments(List<String> required, String source) {
    public EnrolmentDocuments {
        required = List.copyOf(required);
        if (required.isEmpty()) {
            throw new IllegalArgumentException("enrolment that asks for no document has no EnrolmentDocuments");
        }
    }
}
