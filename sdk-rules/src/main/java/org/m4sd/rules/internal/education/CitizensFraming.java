package org.m4sd.rules.internal.education;

/**
 * The national text's wording that frames schooling for citizens ({@value PublicSchool#CITIZENS_FRAMING}), where
 * one is in force. It changes no outcome: the right of every child follows from CRC arts. 2 and 28.
 *
 * @param text   the quoted wording
 * @param source the wording's source as shown to the user: instrument, article and V/S/B status
 */
public record CitizensFraming(String text, String source) {
}
