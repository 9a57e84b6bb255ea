package io.github.cmpt.beam;

import io.github.cmpt.estimate.ActivityRecord;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.vocabulary.ComplexityLevel;
import java.util.Objects;
import java.util.Set;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Combines activity records in two stages, per episode and then per complexity level, into one
 * {@link EpisodeAccumulator} per level, keyed by the level's code: no worker holds more than the
 * episodes of one level. The records rejected under the rules are counted in the accumulator
 * keyed {@code ""}, which holds no episode.
 *
 * <p>Stage 1 keys each record by its episode (each record becomes an accumulator of one record)
 * and merges per episode; stage 2 keys each episode's accumulator by the level it counts at (the
 * most complex of its records) and merges per level. Merging is exact and independent of order
 * and grouping, so the accumulators of all levels, merged, give the estimates of one machine.
 *
 * <pre>{@code
 * PCollection<KV<String, EpisodeAccumulator>> byLevel =
 *     records.apply(EstimatesByLevel.of(MyService::rules));
 * }</pre>
 *
 * <p>On Spark or Flink the transform runs as it is: add the runner's artifact
 * ({@code beam-runners-spark-3} or {@code beam-runners-flink-1.x}) and its options; the coders
 * are the versioned serial forms of this package, so partial states written by one machine are
 * merged on another.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class EstimatesByLevel
    extends PTransform<PCollection<ActivityRecord>, PCollection<KV<String, EpisodeAccumulator>>> {

  /** The version of the Java serialization of this object, which Beam sends to workers. */
  private static final long serialVersionUID = 1L;

  /** The key of the accumulator of rejected records. */
  public static final String REJECTED = "";

  /** The rules, made again on each worker. */
  private final RulesSupplier rules;

  private EstimatesByLevel(RulesSupplier rules) {
    this.rules = rules;
  }

  /**
   * Returns the transform under some rules.
   *
   * @param rules the rules, not null
   * @return the transform
   */
  public static EstimatesByLevel of(RulesSupplier rules) {
    return new EstimatesByLevel(Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Applies the two stages.
   *
   * @param records the records, not null
   * @return one accumulator per level code, and the rejected records under {@link #REJECTED}
   */
  @Override
  public PCollection<KV<String, EpisodeAccumulator>> expand(PCollection<ActivityRecord> records) {
    Coder<KV<String, EpisodeAccumulator>> coder =
        KvCoder.of(StringUtf8Coder.of(), EpisodeAccumulatorCoder.of(rules));
    return records
        .apply("ByEpisode", ParDo.of(new ByEpisode(rules)))
        .setCoder(coder)
        .apply("PerEpisode", Combine.perKey(new MergeFn(rules)))
        .setCoder(coder)
        .apply("ByLevel", ParDo.of(new ByLevel()))
        .setCoder(coder)
        .apply("PerLevel", Combine.perKey(new MergeFn(rules)))
        .setCoder(coder);
  }

  /** Makes each record an accumulator of one record, keyed by its episode. */
  private static final class ByEpisode extends DoFn<ActivityRecord, KV<String, EpisodeAccumulator>> {
    private static final long serialVersionUID = 1L;
    private final WorkerRules rules;

    ByEpisode(RulesSupplier rules) {
      this.rules = new WorkerRules(rules);
    }

    @ProcessElement
    public void processElement(
        @Element ActivityRecord record, OutputReceiver<KV<String, EpisodeAccumulator>> out) {
      EpisodeAccumulator acc = new EpisodeAccumulator(rules.get());
      boolean accepted = acc.accept(record).isEmpty();
      out.output(KV.of(accepted ? record.episode() : REJECTED, acc));
    }
  }

  /** Keys each episode's accumulator by the code of its level. */
  private static final class ByLevel
      extends DoFn<KV<String, EpisodeAccumulator>, KV<String, EpisodeAccumulator>> {
    private static final long serialVersionUID = 1L;

    @ProcessElement
    public void processElement(
        @Element KV<String, EpisodeAccumulator> episode,
        OutputReceiver<KV<String, EpisodeAccumulator>> out) {
      Set<ComplexityLevel> levels = episode.getValue().levels();
      String key = levels.isEmpty() ? REJECTED : levels.iterator().next().code();
      out.output(KV.of(key, episode.getValue()));
    }
  }

  /** Merges accumulators. */
  private static final class MergeFn
      extends Combine.CombineFn<EpisodeAccumulator, EpisodeAccumulator, EpisodeAccumulator> {
    private static final long serialVersionUID = 1L;
    private final WorkerRules rules;

    MergeFn(RulesSupplier rules) {
      this.rules = new WorkerRules(rules);
    }

    private EstimationRules rules() {
      return rules.get();
    }

    @Override
    public EpisodeAccumulator createAccumulator() {
      return new EpisodeAccumulator(rules());
    }

    @Override
    public EpisodeAccumulator addInput(EpisodeAccumulator acc, EpisodeAccumulator input) {
      return acc.merge(input);
    }

    @Override
    public EpisodeAccumulator mergeAccumulators(Iterable<EpisodeAccumulator> accumulators) {
      return RecordCombineFn.merge(accumulators, rules());
    }

    @Override
    public EpisodeAccumulator extractOutput(EpisodeAccumulator acc) {
      return acc;
    }

    @Override
    public Coder<EpisodeAccumulator> getAccumulatorCoder(
        CoderRegistry registry, Coder<EpisodeAccumulator> inputCoder) {
      return EpisodeAccumulatorCoder.of(rules.supplier());
    }
  }
}
