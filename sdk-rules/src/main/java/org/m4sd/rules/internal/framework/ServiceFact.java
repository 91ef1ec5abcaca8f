package org.m4sd.rules.internal.framework;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.m4sd.sdk.framework.ProgrammeEvent.RemittancePrice;

/**
 * One price of a remittance service (SDG 10.c.1); the rules set its total cost and whether it qualifies, and
 * delete it when another price of the same service, corridor and quarter stands instead.
 */
public final class ServiceFact {
    private final RemittancePrice price;
    private final int period;
    private final int sequence;
    private final LocalDate quarter;
    private Double cost;
    private Boolean qualifies;

    /**
     * @param sequence the price's position in the input, which decides only between two prices identical in every
     *                 respect the rules compare
     */
    ServiceFact(RemittancePrice price, int period, int sequence) {
        this.price = price;
        this.period = period;
        this.sequence = sequence;
        this.quarter = price.date().with(IsoFields.DAY_OF_QUARTER, 1);
    }

    public String getSendingCountry() {
        return price.sendingCountry();
    }

    public String getCountry() {
        return price.country();
    }

    public String getService() {
        return price.service();
    }

    public int getPeriod() {
        return period;
    }

    /** The first day of the calendar quarter the price was collected in. */
    public LocalDate getQuarter() {
        return quarter;
    }

    public LocalDate getDate() {
        return price.date();
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

    public boolean isTransparent() {
        return price.transparent();
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

    /**
     * Between two prices collected on the same day, whether this one stands rather than {@code other}: the
     * dearer (total cost, then fee), then the one that does not qualify, then the slower, the one not accessible,
     * the one not transparent; so that a duplicate never makes a corridor look cheaper. Cost and qualification
     * must be set.
     */
    public boolean outranksSameDay(ServiceFact other) {
        int[] order = {
            Double.compare(cost, other.cost),
            Double.compare(getFeeUsd(), other.getFeeUsd()),
            Boolean.compare(other.qualifies, qualifies),
            Integer.compare(getDeliveryDays(), other.getDeliveryDays()),
            Boolean.compare(other.isAccessible(), isAccessible()),
            Boolean.compare(other.isTransparent(), isTransparent()),
            Integer.compare(other.sequence, sequence)};
        for (int c : order) {
            if (c != 0) {
                return c > 0;
            }
        }
        return false;
    }
}
