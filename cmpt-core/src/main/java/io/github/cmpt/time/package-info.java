/**
 * The time kernel shared by every step of the CMPT: {@link io.github.cmpt.time.Hours} (an exact
 * amount of working time), {@link io.github.cmpt.time.Fte}, {@link io.github.cmpt.time.Percentage},
 * the exact rational number {@link io.github.cmpt.time.Fraction} under them, and
 * {@link io.github.cmpt.time.WorkPattern}, which converts {@link io.github.cmpt.time.PeriodicHours}
 * between days, weeks, months and years; a pattern may have a fractional number of days per week
 * and a {@link io.github.cmpt.time.WorkingPeriod} (a school year's terms, a
 * {@link io.github.cmpt.time.Rotation}) that says which dates it works.
 *
 * <p>Amounts are exact: sums, products and quotients are {@link io.github.cmpt.time.Fraction}s,
 * so whole counts come out whole (1950 hours at 5/24 of an hour are 9360 episodes, not
 * 9359.999...) and shares add up to their whole. A decimal is worked out only when asked for
 * ({@code toBigDecimal()}): exact when it terminates, otherwise rounded once to
 * {@link io.github.cmpt.time.Hours#MATH_CONTEXT} (34 significant digits, half-even). Rounding for
 * presentation happens only when a caller asks for it, with an explicit rounding mode; a
 * {@code toString()} marks a value it had to round with {@code ~}.
 */
@NullMarked
package io.github.cmpt.time;

import org.jspecify.annotations.NullMarked;
