/**
 * Step 3 of the CMPT: matching client intervention time to human resources time.
 *
 * <p>A {@link io.github.cmpt.plan.CaseloadPlan} joins a team (Step 1) and a service's demand (Step 2)
 * and gives, role by role ({@link io.github.cmpt.plan.RoleMatch}), the FTE required, the gap in hours
 * and FTE, the staffing ratio, workload pressure, utilisation and {@link io.github.cmpt.plan.Capacity};
 * and for each clinician a {@link io.github.cmpt.plan.ClinicianCaseload}. Every figure can explain
 * itself ({@link io.github.cmpt.report.Explanation}).
 *
 * <p>What-ifs are values: a {@link io.github.cmpt.plan.PlanParameter} names one number of a plan
 * ({@code plan.get(parameter)}, {@code plan.with(parameter, value)}), a
 * {@link io.github.cmpt.plan.PlanChange} is a named, composable change, a
 * {@link io.github.cmpt.plan.Scenario} a name and a list of changes; a
 * {@link io.github.cmpt.plan.ScenarioComparison} shows scenarios of a plan side by side and a
 * {@link io.github.cmpt.plan.Sweep} one parameter over a list of values.
 */
@NullMarked
package io.github.cmpt.plan;

import org.jspecify.annotations.NullMarked;
