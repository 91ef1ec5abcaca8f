package org.m4sd.rules.internal.framework;

import org.m4sd.sdk.framework.Sdg1072Band;

/**
 * One domain (1 to 6) of a questionnaire, or domain 0 for the overall score, with the band limits in force on the
 * questionnaire's date; rules set score and band.
 */
public final class DomainFact {
    private final QuestionnaireFact questionnaire;
    private final int domain;
    private final Sdg1072BandLimits bandLimits;
    private Double score;
    private Sdg1072Band band;

    DomainFact(QuestionnaireFact questionnaire, int domain, Sdg1072BandLimits bandLimits) {
        this.questionnaire = questionnaire;
        this.domain = domain;
        this.bandLimits = bandLimits;
    }

    public QuestionnaireFact getQuestionnaire() {
        return questionnaire;
    }

    public int getDomain() {
        return domain;
    }

    /** The band limits the score is compared with. */
    public Sdg1072BandLimits getBandLimits() {
        return bandLimits;
    }

    public Double getScore() {
        return score;
    }

    public void setScore(Double score) {
        this.score = score;
    }

    public Sdg1072Band getBand() {
        return band;
    }

    public void setBand(Sdg1072Band band) {
        this.band = band;
    }
}
