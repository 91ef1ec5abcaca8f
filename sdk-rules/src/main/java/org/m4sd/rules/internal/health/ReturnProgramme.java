package org.m4sd.rules.internal.health;

import com.fasterxml.jackson.databind.JsonNode;
import org.m4sd.rules.internal.packs.Source;

/**
 * A return-support programme for professionals of the jurisdiction's diaspora as its pack encodes it (parameter
 * {@value DiasporaReturnSupport#PROGRAMME}): who may apply, and what it offers. The rules compare the measured facts
 * with these figures; the missions and the support are reported as information.
 *
 * @param name             the programme's name
 * @param nationality      the citizenship an applicant holds (ISO 3166-1 alpha-3)
 * @param minMonthsAbroad  the whole months of relevant work abroad an applicant has at least, within the window
 * @param windowMonths     the months before the decision date over which work abroad is counted
 * @param minIscedLevel    the lowest ISCED 2011 level of the degree in the field an applicant holds
 * @param language         the language an applicant knows (ISO 639-1)
 * @param missions         the missions' lengths and forms, as the source gives them
 * @param support          what the programme pays or provides, as the source gives it
 * @param source           the source, cited with its V/S/B status
 */
public record ReturnProgramme(String name, String nationality, int minMonthsAbroad, int windowMonths,
        int minIscedLevel, String language, String missions, String support, String source) {

    /** Reads the parameter's value; called once per value node (see {@code Parsed}). */
    static ReturnProgramme parse(JsonNode value, Source source) {
        return new ReturnProgramme(value.path("name").asText(), value.path("nationality").asText(),
                value.path("minMonthsAbroad").intValue(), value.path("windowMonths").intValue(),
                value.path("minIscedLevel").intValue(), value.path("language").asText(),
                value.path("missions").asText(), value.path("support").asText(),
                source.instrument() + (source.article().isBlank() ? "" : ", art. " + source.article()) + " ["
                        + source.status() + "]");
    }
}
