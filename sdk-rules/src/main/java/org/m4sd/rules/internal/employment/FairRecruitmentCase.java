package org.m4sd.rules.internal.employment;

import java.math.BigDecimal;
import org.m4sd.rules.internal.engine.CaseFact;
import org.m4sd.sdk.Determination;

/**
 * The facts fair recruitment depends on, flattened for the rules: which fee rule applies (the international rule,
 * or a national exception in the jurisdiction's pack), what the worker paid by kind of cost, each cap the national
 * rule sets compared with what was paid (exactly, through the request's exchange rates), and the SDG 10.7.1
 * figures. Amounts appear as text only for messages; rules read the results of the comparisons.
 */
public final class FairRecruitmentCase extends CaseFact {
    /** Which fee rule applies. */
    public static final String INTERNATIONAL = "INTERNATIONAL";
    public static final String NPL = "NPL";
    public static final String PHL = "PHL";
    public static final String BGD = "BGD";

    boolean recruitmentPresent;
    String jurisdiction = "";
    String origin = "";
    String destination = "";
    String regime = INTERNATIONAL;
    /** NATIONAL, NO_NATIONAL_RULE, ORIGIN_ELSEWHERE or DESTINATION_NOT_COVERED. */
    String regimeNote = "NO_NATIONAL_RULE";
    String ruleSince = "";

    boolean anyPaid;
    String itemsPaid = "";
    boolean residualPaid;
    String residualItems = "";
    String coveredItems = "";

    // Nepal: free visa, free ticket
    boolean visaTicketPaid;
    String visaTicketItems = "";
    boolean serviceChargePaid;
    boolean employerDeclinedToPay;
    CapFigures serviceCharge = CapFigures.NONE;
    CapFigures welfareFund = CapFigures.NONE;
    String workerCostItems = "";

    // Philippines: placement fee
    boolean placementFeePaid;
    /** NONE, HOUSEHOLD, G2G or DESTINATION: why the placement fee must be zero. */
    String zeroFeeReason = "NONE";
    /** As {@link CapFigures#check()}, or NO_SALARY when the monthly basic salary is not given. */
    CapFigures placementFee = CapFigures.NONE;
    String placementFeeMonths = "";

    // Bangladesh: cost ceilings
    CapFigures ceiling = CapFigures.NONE;
    /** F, M, X or UNKNOWN. */
    String sex = "UNKNOWN";

    // SDG 10.7.1
    /** COMPUTED, NO_EARNINGS, ZERO_EARNINGS or NO_RATE. */
    String ratioStatus = "NO_EARNINGS";
    BigDecimal ratio;
    String costTotal = "";
    String earnings = "";
    String ratioMissingPath = "";

    FairRecruitmentCase() {
        super(Determination.EMPLOYMENT_FAIR_RECRUITMENT);
    }

    public boolean isRecruitmentPresent() {
        return recruitmentPresent;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public String getOrigin() {
        return origin;
    }

    public String getDestination() {
        return destination;
    }

    public String getRegime() {
        return regime;
    }

    public String getRegimeNote() {
        return regimeNote;
    }

    public String getRuleSince() {
        return ruleSince;
    }

    public boolean isAnyPaid() {
        return anyPaid;
    }

    public String getItemsPaid() {
        return itemsPaid;
    }

    public boolean isResidualPaid() {
        return residualPaid;
    }

    public String getResidualItems() {
        return residualItems;
    }

    public String getCoveredItems() {
        return coveredItems;
    }

    public boolean isVisaTicketPaid() {
        return visaTicketPaid;
    }

    public String getVisaTicketItems() {
        return visaTicketItems;
    }

    public boolean isServiceChargePaid() {
        return serviceChargePaid;
    }

    public boolean isEmployerDeclinedToPay() {
        return employerDeclinedToPay;
    }

    public String getServiceChargeCheck() {
        return serviceCharge.check();
    }

    public String getServiceChargePaidText() {
        return serviceCharge.paid();
    }

    public String getServiceChargeCapText() {
        return serviceCharge.cap();
    }

    public String getServiceChargeMissingPath() {
        return serviceCharge.missingPath();
    }

    public String getWelfareFundCheck() {
        return welfareFund.check();
    }

    public String getWelfareFundPaidText() {
        return welfareFund.paid();
    }

    public String getWelfareFundCapText() {
        return welfareFund.cap();
    }

    public String getWelfareFundMissingPath() {
        return welfareFund.missingPath();
    }

    public String getWorkerCostItems() {
        return workerCostItems;
    }

    public boolean isPlacementFeePaid() {
        return placementFeePaid;
    }

    public String getZeroFeeReason() {
        return zeroFeeReason;
    }

    public String getPlacementFeeCheck() {
        return placementFee.check();
    }

    public String getPlacementFeePaidText() {
        return placementFee.paid();
    }

    public String getPlacementFeeCapText() {
        return placementFee.cap();
    }

    public String getPlacementFeeMissingPath() {
        return placementFee.missingPath();
    }

    public String getPlacementFeeMonths() {
        return placementFeeMonths;
    }

    public String getCeilingCheck() {
        return ceiling.check();
    }

    public String getCeilingPaidText() {
        return ceiling.paid();
    }

    public String getCeilingText() {
        return ceiling.cap();
    }

    public String getCeilingMissingPath() {
        return ceiling.missingPath();
    }

    public String getSex() {
        return sex;
    }

    public String getRatioStatus() {
        return ratioStatus;
    }

    public BigDecimal getRatio() {
        return ratio;
    }

    public String getCostTotal() {
        return costTotal;
    }

    public String getEarnings() {
        return earnings;
    }

    public String getRatioMissingPath() {
        return ratioMissingPath;
    }
}
