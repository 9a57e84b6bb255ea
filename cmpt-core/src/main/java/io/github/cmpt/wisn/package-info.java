/**
 * The WHO Workload Indicators of Staffing Need (WISN) calculation, for users who know WISN and for
 * comparison with the CMPT: {@link io.github.cmpt.wisn.WorkingTime} (available working time),
 * {@link io.github.cmpt.wisn.HealthServiceActivity} with its
 * {@link io.github.cmpt.wisn.ActivityStandard}, {@link io.github.cmpt.wisn.CategoryAllowance} and
 * {@link io.github.cmpt.wisn.IndividualAllowance}, gathered for one staff category in a
 * {@link io.github.cmpt.wisn.WisnInput} whose {@link io.github.cmpt.wisn.WisnInput#result()}
 * returns a {@link io.github.cmpt.wisn.WisnResult} with every intermediate figure.
 *
 * <p>The formulas (WHO, <i>Workload indicators of staffing need: user's manual</i>, 2010):
 * <pre>
 * AWT               = (working days - public holidays - annual leave - sick leave - other leave)
 *                     x hours per day
 * standard workload = AWT / activity standard
 * A                 = sum of annual workload / standard workload
 * CAF               = 1 / (1 - total category allowance as a fraction of working time)
 * IAF               = total individual allowance hours per year / AWT
 * required staff    = A x CAF + IAF
 * WISN difference   = current staff - required staff
 * WISN ratio        = current staff / required staff
 * </pre>
 *
 * <p>Figures are exact decimals; every division rounds to
 * {@link io.github.cmpt.time.Hours#MATH_CONTEXT}. Rounding for reading happens only in
 * {@link io.github.cmpt.wisn.WisnResult#toTable()} and in the text of the worksheet
 * {@link io.github.cmpt.wisn.WisnResult#explain()} returns, a
 * {@link io.github.cmpt.report.Explanation} with one detail per line.
 */
@NullMarked
package io.github.cmpt.wisn;

import org.jspecify.annotations.NullMarked;
