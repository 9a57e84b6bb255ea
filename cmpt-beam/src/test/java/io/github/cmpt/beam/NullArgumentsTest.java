package io.github.cmpt.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.cmpt.testing.NullArguments;
import io.github.cmpt.testing.NullArgumentsContract;
import io.github.cmpt.estimate.ActivityRecord;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EstimationRules;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of cmpt-beam rejects a null argument (one not marked
 * {@code @Nullable}) with a {@link NullPointerException} that names the parameter.
 */
class NullArgumentsTest extends NullArgumentsContract {

  private static final String ROOT = "io.github.cmpt.beam";

  private static final Map<Class<?>, Object> DEFAULTS = defaults();

  private static Map<Class<?>, Object> defaults() {
    Map<Class<?>, Object> d = new LinkedHashMap<>();
    d.put(String.class, "x");
    d.put(int.class, 1);
    d.put(long.class, 1L);
    RulesSupplier rules = Records::rules;
    d.put(RulesSupplier.class, rules);
    d.put(EstimationRules.class, Records.rules());
    d.put(ActivityRecord.class, Records.records(1, 1).get(0));
    d.put(EpisodeAccumulator.class, new EpisodeAccumulator(Records.rules()));
    d.put(OutputStream.class, new ByteArrayOutputStream());
    d.put(RecordCombineFn.class, RecordCombineFn.of(rules));
    d.put(ActivityRecordCoder.class, ActivityRecordCoder.of(rules));
    d.put(EpisodeAccumulatorCoder.class, EpisodeAccumulatorCoder.of(rules));
    d.put(EstimatesByLevel.class, EstimatesByLevel.of(rules));
    return d;
  }

  private static final NullArguments CHECKS = NullArguments.withDefaults(DEFAULTS).declaredInstanceMethodsOnly();

  @Override
  protected NullArguments checks() {
    return CHECKS;
  }

  @Override
  protected String root() {
    return ROOT;
  }

  @Override
  protected int leastInstanceClasses() {
    return 4;
  }

  @Override
  protected int leastNullArguments() {
    return 1;
  }

  @Test
  void findsTheWholeApi() throws IOException {
    assertThat(publicClasses())
        .contains(RecordCombineFn.class, EstimatesByLevel.class, RulesSupplier.class)
        .doesNotContain(NullArgumentsTest.class);
  }

  /** Representative methods, with the name each gives to its null argument. */
  @Test
  void methodsNameTheirParameter() {
    assertThatNullPointerException().isThrownBy(() -> RecordCombineFn.of(null))
        .withMessage("rules");
    assertThatNullPointerException()
        .isThrownBy(
            () -> ActivityRecordCoder.of(Records::rules).encode(null, OutputStream.nullOutputStream()))
        .withMessageContaining("value");
  }
}
