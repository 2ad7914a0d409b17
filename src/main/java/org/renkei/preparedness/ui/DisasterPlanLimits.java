package org.renkei.preparedness.ui;

/** The lengths the forms allow (the plan's own limits, as the aggregate checks them). */
final class DisasterPlanLimits {

    static final int TEXT = org.renkei.preparedness.internal.DisasterPlan.TEXT_LIMIT;

    private DisasterPlanLimits() {}
}
