package io.github.cmpt.beam;

import io.github.cmpt.estimate.ActivityRecord;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EstimationRules;
import java.util.Iterator;
import java.util.Objects;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.transforms.Combine;

/**
 * Combines activity records into one {@link EpisodeAccumulator}, whose
 * {@link EpisodeAccumulator#estimates()} are those of the records accumulated on one machine,
 * whatever the runner's grouping and order of merges.
 *
 * <pre>{@code
 * PCollection<EpisodeAccumulator> acc =
 *     records.apply(Combine.globally(RecordCombineFn.of(MyService::rules)).withoutDefaults());
 * }</pre>
 *
 * <p>{@code withoutDefaults()}: Beam would otherwise carry the result for an empty input with
 * Java serialization, which accumulators do not have; their serial form is the coder's.
 *
 * <p>With {@code Combine.globally} the last merge holds every episode on one worker; for many
 * episodes use {@link EstimatesByLevel}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class RecordCombineFn
    extends Combine.CombineFn<ActivityRecord, EpisodeAccumulator, EpisodeAccumulator> {

  /** The version of the Java serialization of this object, which Beam sends to workers. */
  private static final long serialVersionUID = 1L;

  /** The rules, made again on each worker. */
  private final WorkerRules rules;

  private RecordCombineFn(RulesSupplier rules) {
    this.rules = new WorkerRules(rules);
  }

  /**
   * Returns the function under some rules.
   *
   * @param rules the rules, not null
   * @return the function
   */
  public static RecordCombineFn of(RulesSupplier rules) {
    return new RecordCombineFn(Objects.requireNonNull(rules, "rules"));
  }

  private EstimationRules rules() {
    return rules.get();
  }

  /**
   * Returns an empty accumulator.
   *
   * @return the accumulator
   */
  @Override
  public EpisodeAccumulator createAccumulator() {
    return new EpisodeAccumulator(rules());
  }

  /**
   * Adds a record to an accumulator, or counts it as rejected.
   *
   * @param acc the accumulator, not null
   * @param input the record, not null
   * @return the accumulator
   */
  @Override
  public EpisodeAccumulator addInput(EpisodeAccumulator acc, ActivityRecord input) {
    acc.accept(input);
    return acc;
  }

  /**
   * Merges accumulators into the first.
   *
   * @param accumulators the accumulators, at least one
   * @return the merged accumulator
   */
  @Override
  public EpisodeAccumulator mergeAccumulators(Iterable<EpisodeAccumulator> accumulators) {
    return merge(accumulators, rules());
  }

  static EpisodeAccumulator merge(Iterable<EpisodeAccumulator> accumulators, EstimationRules r) {
    Iterator<EpisodeAccumulator> it = accumulators.iterator();
    if (!it.hasNext()) {
      return new EpisodeAccumulator(r);
    }
    EpisodeAccumulator first = it.next();
    while (it.hasNext()) {
      first.merge(it.next());
    }
    return first;
  }

  /**
   * Returns the accumulator itself: its estimates are worked out where they are needed.
   *
   * @param acc the accumulator
   * @return the accumulator
   */
  @Override
  public EpisodeAccumulator extractOutput(EpisodeAccumulator acc) {
    return Objects.requireNonNull(acc, "acc");
  }

  /**
   * Returns the coder of accumulators, their versioned serial form.
   *
   * @param registry not used
   * @param inputCoder not used
   * @return the coder
   */
  @Override
  public Coder<EpisodeAccumulator> getAccumulatorCoder(
      CoderRegistry registry, Coder<ActivityRecord> inputCoder) {
    return EpisodeAccumulatorCoder.of(rules.supplier());
  }

  /**
   * Returns the coder of accumulators, their versioned serial form.
   *
   * @param registry not used
   * @param inputCoder not used
   * @return the coder
   */
  @Override
  public Coder<EpisodeAccumulator> getDefaultOutputCoder(
      CoderRegistry registry, Coder<ActivityRecord> inputCoder) {
    return EpisodeAccumulatorCoder.of(rules.supplier());
  }
}
