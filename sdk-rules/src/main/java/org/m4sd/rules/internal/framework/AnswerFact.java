package org.m4sd.rules.internal.framework;

import org.m4sd.sdk.framework.Sdg1072Answer;

/** One answered sub-item of a questionnaire; the weight rules set its weight. */
public final class AnswerFact {
    private final QuestionnaireFact questionnaire;
    private final int domain;
    private final Sdg1072Answer answer;
    private Double weight;

    AnswerFact(QuestionnaireFact questionnaire, String item, Sdg1072Answer answer) {
        this.questionnaire = questionnaire;
        this.domain = item.charAt(0) - '0';
        this.answer = answer;
    }

    public QuestionnaireFact getQuestionnaire() {
        return questionnaire;
    }

    public int getDomain() {
        return domain;
    }

    public Sdg1072Answer getAnswer() {
        return answer;
    }

    public Double getWeight() {
        return weight;
    }

    public void setWeight(Double weight) {
        this.weight = weight;
    }
}
