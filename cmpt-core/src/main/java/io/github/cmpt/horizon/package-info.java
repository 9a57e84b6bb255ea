/**
 * A caseload plan over time: a horizon of weeks or months, the referrals of each period, the
 * waiting list carried from period to period, and what it takes to clear it.
 *
 * <p>A {@link io.github.cmpt.horizon.Projection} evaluates a
 * {@link io.github.cmpt.horizon.HorizonPlan} (a {@link io.github.cmpt.plan.CaseloadPlan}, a
 * {@link io.github.cmpt.horizon.Horizon}, the {@link io.github.cmpt.horizon.Arrivals} of each
 * level, the clients waiting and on caseload at the start, dated
 * {@link io.github.cmpt.horizon.Absence}s and the {@link io.github.cmpt.horizon.ServiceOrder})
 * period by period. {@link io.github.cmpt.horizon.WaitingList} holds the waiting-list figures of
 * the NHS-R method (Fong et al. 2022); {@link io.github.cmpt.horizon.StaffingNeed} finds the FTE
 * that clears the list by a date or keeps the mean wait under a target; and
 * {@link io.github.cmpt.horizon.ProjectionComparison} puts scenarios side by side.
 */
@NullMarked
package io.github.cmpt.horizon;

import org.jspecify.annotations.NullMarked;
