/**
 * Step 2 estimates from activity records on Apache Beam, so that records of any number, on any
 * number of machines, give the estimates of one {@link io.github.cmpt.estimate.EpisodeAccumulator}.
 *
 * <p>{@link io.github.cmpt.beam.RecordCombineFn} combines records into one accumulator (for
 * {@code Combine.globally} or {@code Combine.perKey}); {@link io.github.cmpt.beam.EstimatesByLevel}
 * combines them in two stages, per episode then per complexity level, so that no worker holds
 * every episode. Partial states travel in the accumulator's versioned serial form
 * ({@link io.github.cmpt.beam.EpisodeAccumulatorCoder}); records in
 * {@link io.github.cmpt.beam.ActivityRecordCoder}. The rules reach the workers through a
 * serializable {@link io.github.cmpt.beam.RulesSupplier}, such as a reference to a static method.
 */
@NullMarked
package io.github.cmpt.beam;

import org.jspecify.annotations.NullMarked;
