/**
 * JMH benchmarks of cmpt.
 *
 * <p>The path from an activity-records CSV file to Step 2 estimates:
 * {@link io.github.cmpt.benchmarks.CsvToEstimates} measures FastCSV parsing alone (the baseline),
 * {@code ActivityCsvReader} into an {@code EpisodeAccumulator}, and the same followed by
 * {@code estimates()}, on a file made by {@link io.github.cmpt.benchmarks.ActivityFile}.
 *
 * <p>The evaluation of whole plans: {@link io.github.cmpt.benchmarks.PlanEvaluation} measures the
 * flagship plans from their inputs to every figure of their report, exactly
 * ({@link io.github.cmpt.benchmarks.ExactPlan}) and in plain {@code double}
 * ({@link io.github.cmpt.benchmarks.DoublePlan}, the reference);
 * {@link io.github.cmpt.benchmarks.PlanScaling} measures the same on teams of growing size made by
 * {@link io.github.cmpt.benchmarks.GeneratedPlan}.
 *
 * <p>{@link io.github.cmpt.benchmarks.BenchmarkRatios} runs them and prints each as a ratio to its
 * baseline of the same run ({@link io.github.cmpt.benchmarks.PlanRatios} for the plans).
 */
@NullMarked
package io.github.cmpt.benchmarks;

import org.jspecify.annotations.NullMarked;
