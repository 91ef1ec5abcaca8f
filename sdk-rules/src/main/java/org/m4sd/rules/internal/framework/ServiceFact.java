package org.m4sd.rules.internal.framework;

import org.m4sd.sdk.framework.ProgrammeEvent.RemittancePrice;

/** One priced remittance service (SDG 10.c.1); the rules set its total cost and whether it qualifies. */
public final class ServiceFact {
    private final RemittancePrice price;
    private final int period;
    private Double cost;
    private Boolean qualifies;

    ServiceFact(RemittancePrice price, int period) {
        this.price = price;
        this.period = period;
    }

    public String getSendingCountry() {
        return price.sendingCountry();
    }

    public String getCountry() {
        return price.country();
    }

    public int getPeriod() {
        return period;
    }

    public double getFeeUsd() {
        return price.feeUsd();
    }

    public double getFxMarginPercent() {
        return price.fxMarginPercent();
    }

    public int getDeliveryDays() {
        return price.deliveryDays();
    }

    public boolean isAccessible() {
        return price.accessible();
    }

    public Double getCost() {
        return cost;
    }

    public void setCost(Double cost) {
        this.cost = cost;
    }

    public Boolean getQualifies() {
        return qualifies;
    }

    public void setQualifies(Boolean qualifies) {
        this.qualifies = qualifies;
    }
}
