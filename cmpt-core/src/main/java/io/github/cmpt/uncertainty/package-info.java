/**
 * Uncertainty and sensitivity of a caseload plan: ranges and distributions on its figures, a
 * one-at-a-time sensitivity analysis (a tornado table), a seeded Monte Carlo simulation with
 * percentiles of FTE required, and the bootstrap of a figure from records.
 *
 * <p>A {@link io.github.cmpt.uncertainty.Distribution} describes one uncertain figure (a point, a
 * uniform, triangular or PERT range, or a bootstrap sample); an
 * {@link io.github.cmpt.uncertainty.UncertainPlan} attaches distributions to the
 * {@link io.github.cmpt.plan.PlanParameter}s of a plan, alone or tied together;
 * {@link io.github.cmpt.uncertainty.Sensitivity} sets each one to its low and high value;
 * {@link io.github.cmpt.uncertainty.MonteCarlo} draws them all, reproducibly from a seed. Both
 * evaluate scenarios with a {@link io.github.cmpt.uncertainty.PlanKernel}, a primitive compilation
 * of the closed-form Steps 1 to 3 that agrees with {@link io.github.cmpt.plan.PlanResult} to
 * {@code 1e-12} relative; {@link io.github.cmpt.uncertainty.Bootstrap} gives the sampling
 * distribution of a figure from records.
 */
@NullMarked
package io.github.cmpt.uncertainty;

import org.jspecify.annotations.NullMarked;
