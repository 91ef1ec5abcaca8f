package org.m4sd.sdk.request;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The documents a person can produce, by the code {@link Person#documentsHeld()} uses: a closed list, so that a
 * misspelt code is an error naming the codes rather than a document silently missing (a child's enrolment turned
 * CONDITIONAL by {@code RESIDENCE-CARD-COPY}). Rule packs name the documents they ask for by these codes.
 *
 * @since 0.2
 */
@API(status = EXPERIMENTAL, since = "0.2")
public enum DocumentCode {
    /** A passport, of any state. */
    PASSPORT,
    /** A national identity card, of any state. */
    NATIONAL_ID_CARD,
    /** A consular identity card (for example a matrícula consular). */
    CONSULAR_ID_CARD,
    /** A birth certificate. */
    BIRTH_CERTIFICATE,
    /** A residence card or permit of the jurisdiction. */
    RESIDENCE_CARD,
    /** A copy of a residence card of the jurisdiction (a parent's, for a child's enrolment). */
    RESIDENCE_CARD_COPY,
    /** A visa of the jurisdiction. */
    VISA,
    /** A work permit of the jurisdiction. */
    WORK_PERMIT,
    /** The document an asylum seeker receives on applying. */
    ASYLUM_SEEKER_CERTIFICATE,
    /** A refugee's identity document, or the decision granting protection. */
    REFUGEE_ID,
    /** School reports or certificates of earlier schooling. */
    SCHOOL_RECORDS,
    /** A vaccination record. */
    VACCINATION_RECORD,
    /** A document proving an address in the jurisdiction. */
    PROOF_OF_ADDRESS,
    /** A health insurance card. */
    HEALTH_INSURANCE_CARD;

    /** The code named {@code code} exactly, if there is one. */
    public static Optional<DocumentCode> byCode(String code) {
        return Arrays.stream(values()).filter(d -> d.name().equals(code)).findFirst();
    }

    /**
     * Why {@code code} is not a document code: the code the user probably meant (the same letters, with other
     * separators or case), or else every code.
     */
    public static String unknown(String code) {
        String letters = code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        Optional<DocumentCode> meant = Arrays.stream(values())
                .filter(d -> d.name().replace("_", "").equals(letters)).findFirst();
        return "unknown document code \"" + code + "\"; " + meant.map(d -> "did you mean " + d.name() + "?")
                .orElse("the codes are: " + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
