/**
 * The time kernel shared by every step of the CMPT: {@link io.github.cmpt.time.Hours} (an exact
 * amount of working time), {@link io.github.cmpt.time.Fte}, {@link io.github.cmpt.time.Percentage},
 * and {@link io.github.cmpt.time.WorkPattern}, which converts {@link io.github.cmpt.time.PeriodicHours}
 * between days, weeks, months and years.
 *
 * <p>Amounts are exact decimals: sums and products are exact, and every division rounds to
 * {@link io.github.cmpt.time.Hours#MATH_CONTEXT} (34 significant digits, half-even). Rounding for
 * presentation happens only when a caller asks for it, with an explicit rounding mode.
 */
@NullMarked
package io.github.cmpt.time;

import org.jspecify.annotations.NullMarked;
