package org.m4sd.rules.internal.framework;

import java.util.TreeMap;
import org.m4sd.sdk.framework.ProgrammeEvent.Sdg1072Questionnaire;

/** An SDG 10.7.2 questionnaire; of several for a country and period, the latest stands. */
public final class QuestionnaireFact {
    private final Sdg1072Questionnaire questionnaire;
    private final int period;
    private final String key;
    private Double overall;

    QuestionnaireFact(Sdg1072Questionnaire questionnaire, int period) {
        this.questionnaire = questionnaire;
        this.period = period;
        this.key = questionnaire.date() + "|" + new TreeMap<>(questionnaire.answers());
    }

    public Sdg1072Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public String getCountry() {
        return questionnaire.country();
    }

    public int getPeriod() {
        return period;
    }

    /** Orders questionnaires: by date, then by their answers. */
    public String getKey() {
        return key;
    }

    public Double getOverall() {
        return overall;
    }

    public void setOverall(Double overall) {
        this.overall = overall;
    }
}
