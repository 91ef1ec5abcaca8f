package org.m4sd.rules.internal.health;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;
import org.m4sd.sdk.request.WorkPeriod;

/**
 * What diaspora return support is decided on: the jurisdiction and date, the return programme its pack encodes
 * (null where none is encoded), the person's nationality, and the health professional's facts as the request gives
 * them (work abroad, the highest degree's ISCED level, the languages known, the country of practice and the origin),
 * beside the WHO safeguards list as pack data records it. Java measures the months of work abroad in a window the
 * rules choose; the rules draw every conclusion.
 */
public final class DiasporaReturnCase extends CaseFact {
    /** The highest level of ISCED 2011 (doctoral or equivalent). */
    private static final int TOP_ISCED_LEVEL = 8;

    private final String jurisdiction;
    private final LocalDate asOf;
    private final ReturnProgramme programme;
    private final String nationality;
    private final boolean professionalGiven;
    private final List<WorkPeriod> workAbroad;
    private final Integer iscedLevel;
    private final Set<String> languages;
    private final String originCountry;
    private final String countryOfPractice;
    private final SafeguardsList safeguards;

    /**
     * @param jurisdiction      the country deciding, whose programme applies
     * @param asOf              the decision date
     * @param programme         the programme in force, or null where none is encoded
     * @param nationality       the person's nationality, or null when not given
     * @param professionalGiven false when the request has no {@code healthProfessional}
     * @param workAbroad        the periods of relevant work abroad, or null when not given
     * @param iscedLevel        the ISCED level of the highest degree in the field, or null when not given
     * @param languages         the languages known (ISO 639-1); empty when not given
     * @param originCountry     the country the professional would return to, or null without a professional
     * @param countryOfPractice the country the professional practises in now, or null without a professional
     * @param safeguards        the WHO safeguards list as pack data records it
     */
    public DiasporaReturnCase(String jurisdiction, LocalDate asOf, ReturnProgramme programme, String nationality,
            boolean professionalGiven, List<WorkPeriod> workAbroad, Integer iscedLevel, Set<String> languages,
            String originCountry, String countryOfPractice, SafeguardsList safeguards) {
        super(Determination.HEALTH_DIASPORA_RETURN_SUPPORT);
        this.jurisdiction = jurisdiction;
        this.asOf = asOf;
        this.programme = programme;
        this.nationality = nationality;
        this.professionalGiven = professionalGiven;
        this.workAbroad = workAbroad == null ? null : List.copyOf(workAbroad);
        this.iscedLevel = iscedLevel;
        this.languages = Set.copyOf(languages);
        this.originCountry = originCountry;
        this.countryOfPractice = countryOfPractice;
        this.safeguards = safeguards;
    }

    /** The country deciding: the one whose programme would support the return. */
    public String getJurisdiction() {
        return jurisdiction;
    }

    /** The decision date: the window of work abroad ends on it. */
    public LocalDate getAsOf() {
        return asOf;
    }

    /** The return programme the jurisdiction's pack encodes in force on the date; null where none is encoded. */
    public ReturnProgramme getProgramme() {
        return programme;
    }

    /** The person's nationality (ISO 3166-1 alpha-3); null when the request does not give it. */
    public String getNationality() {
        return nationality;
    }

    /** False when the request has no {@code healthProfessional}. */
    public boolean isProfessionalGiven() {
        return professionalGiven;
    }

    /** Whether the request says where the professional worked abroad (an empty list says: nowhere). */
    public boolean isWorkAbroadStated() {
        return workAbroad != null;
    }

    /**
     * Whole months of relevant work abroad (in countries other than the jurisdiction) on the days after
     * {@code windowStartExclusive} up to the decision date: the periods are cut to that window and overlaps merged,
     * and each continuous stretch counts its whole calendar months (a partial month counts none). Null when the
     * request does not say where the professional worked abroad.
     */
    public Integer monthsWorkedAbroadAfter(LocalDate windowStartExclusive) {
        if (workAbroad == null) {
            return null;
        }
        LocalDate first = windowStartExclusive.plusDays(1);
        List<LocalDate[]> stretches = new ArrayList<>();
        workAbroad.stream().filter(p -> !p.country().equals(jurisdiction))
                .filter(p -> !p.to().isBefore(first) && !p.from().isAfter(asOf))
                .map(p -> new LocalDate[] {p.from().isBefore(first) ? first : p.from(),
                        p.to().isAfter(asOf) ? asOf : p.to()})
                .sorted(Comparator.comparing((LocalDate[] s) -> s[0]))
                .forEach(s -> {
                    LocalDate[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
                    if (last != null && !s[0].isAfter(last[1].plusDays(1))) {
                        if (s[1].isAfter(last[1])) {
                            last[1] = s[1];
                        }
                    } else {
                        stretches.add(s);
                    }
                });
        long months = 0;
        for (LocalDate[] s : stretches) {
            months += ChronoUnit.MONTHS.between(s[0], s[1].plusDays(1));
        }
        return Math.toIntExact(months);
    }

    /** The ISCED 2011 level of the highest degree in the field; null when the request does not give it. */
    public Integer getIscedLevel() {
        return iscedLevel;
    }

    /**
     * For the gap of a degree below the programme's: the ISCED 2011 levels from {@code lowest} to the top of the
     * classification (level 8, doctoral), as the request writes them ({@code ISCED_6}).
     */
    public List<String> iscedLevelsFrom(int lowest) {
        List<String> levels = new ArrayList<>();
        for (int level = lowest; level <= TOP_ISCED_LEVEL; level++) {
            levels.add("ISCED_" + level);
        }
        return levels;
    }

    /**
     * For the gap of a professional practising in the jurisdiction: every other country, as ISO 3166-1 alpha-3
     * codes in alphabetical order (practising in any of them is employment abroad).
     */
    public List<String> countriesOtherThanTheJurisdiction() {
        Set<String> countries = new TreeSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
        countries.remove(jurisdiction);
        return List.copyOf(countries);
    }

    /** The languages the professional knows, as ISO 639-1 codes; empty when the request does not say. */
    public Set<String> getLanguages() {
        return languages;
    }

    /** Whether the request says which languages the professional knows. */
    public boolean isLanguagesStated() {
        return !languages.isEmpty();
    }

    /** The country the professional would return to; null without a professional. */
    public String getOriginCountry() {
        return originCountry;
    }

    /** The country the professional practises in now, in any form of employment; null without a professional. */
    public String getCountryOfPractice() {
        return countryOfPractice;
    }

    /** The WHO safeguards list as pack data records it. */
    public SafeguardsList getSafeguards() {
        return safeguards;
    }
}
