/**
 * JMH benchmarks of the path from an activity-records CSV file to Step 2 estimates:
 * {@link io.github.cmpt.benchmarks.CsvToEstimates} measures FastCSV parsing alone (the baseline),
 * {@code ActivityCsvReader} into an {@code EpisodeAccumulator}, and the same followed by
 * {@code estimates()}, on a file made by {@link io.github.cmpt.benchmarks.ActivityFile};
 * {@link io.github.cmpt.benchmarks.BenchmarkRatios} runs them and prints each as a ratio to the
 * baseline of the same run.
 */
@NullMarked
package io.github.cmpt.benchmarks;

import org.jspecify.annotations.NullMarked;
