package io.github.cmpt.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.cmpt.testing.NullArguments;
import io.github.cmpt.estimate.ActivityRecord;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EstimationRules;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of cmpt-beam rejects a null argument (one not marked
 * {@code @Nullable}) with a {@link NullPointerException} that names the parameter.
 */
class NullArgumentsTest {

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

  static List<Class<?>> publicClasses() throws IOException {
    return NullArguments.publicClasses(NullArgumentsTest.class.getClassLoader(), ROOT);
  }

  @Test
  void findsTheWholeApi() throws IOException {
    assertThat(publicClasses())
        .contains(RecordCombineFn.class, EstimatesByLevel.class, RulesSupplier.class)
        .doesNotContain(NullArgumentsTest.class);
  }

  @Test
  void everyPublicStaticMethodAndConstructorRejectsNull() throws IOException {
    assertThat(CHECKS.staticMethodsAndConstructors(publicClasses()).failures()).isEmpty();
  }

  @Test
  void everyPublicInstanceMethodRejectsNull() throws IOException {
    NullArguments.Findings findings = CHECKS.instanceMethods(publicClasses());
    assertThat(findings.failures()).isEmpty();
    assertThat(findings.checked()).isGreaterThanOrEqualTo(4);
  }

  /**
   * Each null argument of a public static method or constructor gives a message that names it, never
   * the JVM's own message nor none.
   */
  @Test
  void everyNullArgumentIsNamed() throws IOException {
    NullArguments.Findings findings = CHECKS.namedNullArguments(publicClasses());
    assertThat(findings.failures()).isEmpty();
    assertThat(findings.checked()).isGreaterThanOrEqualTo(1);
  }

  /**
   * A null element of a collection, map or array argument gives a message that names the
   * parameter (NullPointerTester only passes null in place of the whole argument).
   */
  @Test
  void everyNullElementIsNamed() throws IOException {
    NullArguments.Findings findings = CHECKS.namedNullElements(publicClasses());
    assertThat(findings.failures()).isEmpty();
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
