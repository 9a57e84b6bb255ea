/**
 * Reports: {@link io.github.cmpt.report.Table}, rows of typed cells rendered as plain text, Markdown,
 * CSV and tidy (one figure per record) CSV, whose declared totals and differences add up as shown
 * (rounding by largest remainder; see {@link io.github.cmpt.report.Table.Relation}); {@link io.github.cmpt.report.Worksheet}, a titled sequence of tables such as a step's
 * worksheet or a whole plan's report; {@link io.github.cmpt.report.Explanation}, how a figure was
 * produced, which every {@code explain()} of the library returns; and
 * {@link io.github.cmpt.report.Shares}, shares of a whole rounded so that they still sum to
 * exactly 100%.
 */
@NullMarked
package io.github.cmpt.report;

import org.jspecify.annotations.NullMarked;
