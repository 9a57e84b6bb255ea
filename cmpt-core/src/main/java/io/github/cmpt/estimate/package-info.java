/**
 * Step 2 estimates from retrospective data: what past episodes of care took, per complexity level.
 *
 * <p>An {@link io.github.cmpt.estimate.ActivityRecord} is one past activity: the episode it
 * belongs to, the client's complexity level, the kind of activity, the minutes it took, its date,
 * the role that performed it and, for a group session, the group size. An
 * {@link io.github.cmpt.estimate.EpisodeAccumulator} consumes records of any number, keeps one set
 * of totals per episode (never the records), merges with other accumulators in any order, and
 * produces {@link io.github.cmpt.estimate.Estimates}: per level a
 * {@link io.github.cmpt.estimate.LevelEstimate} with {@link io.github.cmpt.estimate.Summary}
 * statistics (mean, median, any percentile, standard deviation, minimum, maximum) of minutes,
 * sessions and weeks per episode, and a {@link io.github.cmpt.estimate.DataQuality} account of
 * the records rejected ({@link io.github.cmpt.estimate.Rejection}) and the episodes flagged
 * ({@link io.github.cmpt.estimate.EpisodeFlag}). {@link io.github.cmpt.estimate.EstimationRules}
 * says what is accepted.
 *
 * <p>Estimates become the {@link io.github.cmpt.demand.InterventionProfile}s of Step 2 under a
 * chosen {@link io.github.cmpt.estimate.Statistic} (the mean, the median or a percentile):
 * {@link io.github.cmpt.estimate.Estimates#toProfiles(io.github.cmpt.estimate.Statistic)}. Every
 * figure of such a profile has a records provenance naming the number of episodes and the
 * statistic; professional judgment can then replace or blend any of them.
 *
 * <pre>{@code
 * EpisodeAccumulator acc = new EpisodeAccumulator(EstimationRules.builder().levels(scale).build());
 * acc.acceptAll(records);
 * Estimates estimates = acc.estimates();
 * estimates.toTable();                               // minutes per episode by level
 * estimates.quality();                               // seen, accepted, rejected, flagged
 * List<InterventionProfile> profiles = estimates.toProfiles(Statistic.MEDIAN);
 * }</pre>
 *
 * <p>An accumulator keeps its episodes in primitive form, with the shares of group sessions as
 * exact whole numbers of a unit of minutes; its state has a versioned serial form
 * ({@link io.github.cmpt.estimate.EpisodeAccumulator#writeTo}) for distributed engines, and
 * {@link io.github.cmpt.estimate.EpisodeAccumulator#estimates(int)} works out the levels on
 * several threads.
 *
 * <p>Results are exact decimals: sums and products are exact; divisions and square roots round
 * to {@link io.github.cmpt.time.Hours#MATH_CONTEXT} (34 significant digits, half-even), once.
 * Episode identifiers never appear in a {@code toString} or an exception message.
 */
@NullMarked
package io.github.cmpt.estimate;

import org.jspecify.annotations.NullMarked;
