package io.github.cmpt.beam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.estimate.ActivityRecord;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.Estimates;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;

/** On the direct runner, generated records give the estimates of one machine. */
class DirectRunnerTest {

  /** The service of the Javadoc examples, whose rules are those of the tests. */
  static final class MyService {
    static io.github.cmpt.estimate.EstimationRules rules() {
      return Records.rules();
    }
  }

  static final long SEED = 20250331L;
  static final int COUNT = 3000;

  static Estimates expected() {
    return new EpisodeAccumulator(Records.rules())
        .acceptAll(Records.records(SEED, COUNT))
        .estimates();
  }

  static Pipeline pipeline() {
    return Pipeline.create(
        PipelineOptionsFactory.fromArgs("--runner=DirectRunner", "--targetParallelism=2")
            .create());
  }

  static PCollection<ActivityRecord> records(Pipeline p) {
    return p.apply(
        Create.of(Records.records(SEED, COUNT)).withCoder(ActivityRecordCoder.of(Records::rules)));
  }

  @Test
  void aGlobalCombineGivesTheEstimatesOfOneMachine() {
    Pipeline p = pipeline();
    PCollection<ActivityRecord> records = records(p);
    // the example of RecordCombineFn
    PCollection<EpisodeAccumulator> acc =
        records.apply(Combine.globally(RecordCombineFn.of(MyService::rules)).withoutDefaults());
    PAssert.thatSingleton(acc)
        .satisfies(
            a -> {
              assertThat(a.estimates()).isEqualTo(expected());
              return null;
            });
    p.run().waitUntilFinish();
  }

  @Test
  void theTwoStagesGiveTheEstimatesOfOneMachineLevelByLevel() {
    Pipeline p = pipeline();
    PCollection<ActivityRecord> records = records(p);
    // the example of EstimatesByLevel
    PCollection<KV<String, EpisodeAccumulator>> byLevel =
        records.apply(EstimatesByLevel.of(MyService::rules));
    PAssert.that(byLevel)
        .satisfies(
            levels -> {
              List<String> keys = new ArrayList<>();
              EpisodeAccumulator all = new EpisodeAccumulator(Records.rules());
              for (KV<String, EpisodeAccumulator> kv : levels) {
                keys.add(kv.getKey());
                EpisodeAccumulator level = kv.getValue();
                if (!kv.getKey().isEmpty()) {
                  assertThat(level.levels()).extracting(l -> l.code())
                      .containsExactly(kv.getKey());
                  assertThat(level.estimates().quality().rejected()).isZero();
                } else {
                  assertThat(level.episodes()).isZero();
                }
                all.merge(level);
              }
              assertThat(keys).containsExactlyInAnyOrder("", "L", "M", "H");
              assertThat(all.estimates()).isEqualTo(expected());
              return null;
            });
    p.run().waitUntilFinish();
  }
}
