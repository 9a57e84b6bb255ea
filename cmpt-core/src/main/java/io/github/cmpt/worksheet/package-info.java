/**
 * Worksheets: views over the results of the steps, each a {@link io.github.cmpt.report.Worksheet}
 * of tables rendered as plain text, Markdown or CSV.
 *
 * <p>{@link io.github.cmpt.worksheet.Step1Worksheet} (human resources time available, from a
 * {@link io.github.cmpt.supply.TeamTime}), {@link io.github.cmpt.worksheet.Step2Worksheet} (client
 * intervention time, from an {@link io.github.cmpt.demand.InterventionTime}),
 * {@link io.github.cmpt.worksheet.Step3Worksheet} (the match, from a
 * {@link io.github.cmpt.plan.PlanResult}) and {@link io.github.cmpt.worksheet.PlanReport} (the
 * three, then each role in WISN terms); {@link io.github.cmpt.worksheet.UncertaintyWorksheet} (the
 * sensitivity and Monte Carlo tables of an uncertain plan). Views depend on results, never the
 * reverse.
 */
@NullMarked
package io.github.cmpt.worksheet;

import org.jspecify.annotations.NullMarked;
