package io.github.cmpt.benchmarks;

import io.github.cmpt.examples.CommunityOccupationalTherapy;
import io.github.cmpt.examples.HospitalPhysiotherapy;
import io.github.cmpt.examples.SchoolSpeechLanguage;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The evaluation of each flagship plan, from its inputs to every figure of its report, in two
 * benchmarks: {@link #exact} (the library, {@link ExactPlan}) and {@link #reference} (the same
 * arithmetic in plain {@code double}, {@link DoublePlan}). Divide the first by the second for the
 * cost of exact decimals and of the values the library builds; {@code -prof gc} gives the bytes
 * allocated per evaluation ({@code gc.alloc.rate.norm}).
 *
 * <pre>{@code
 * java -cp ... org.openjdk.jmh.Main PlanEvaluation -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PlanEvaluation {

  /**
   * The flagship plan: {@code school} ({@link SchoolSpeechLanguage}), {@code hospital}
   * ({@link HospitalPhysiotherapy}) or {@code community} ({@link CommunityOccupationalTherapy}).
   */
  @Param({"school", "hospital", "community"})
  public String plan = "school";

  private CaseloadPlan input = SchoolSpeechLanguage.plan();
  private DoublePlan reference = DoublePlan.of(input);

  /** Makes the benchmarks; JMH calls this constructor. */
  public PlanEvaluation() {}

  /**
   * Returns a flagship plan by its short name.
   *
   * @param name {@code school}, {@code hospital} or {@code community}
   * @return the plan
   * @throws IllegalArgumentException when the name is none of these
   */
  public static CaseloadPlan flagship(String name) {
    switch (name) {
      case "school":
        return SchoolSpeechLanguage.plan();
      case "hospital":
        return HospitalPhysiotherapy.plan();
      case "community":
        return CommunityOccupationalTherapy.plan();
      default:
        throw new IllegalArgumentException(
            "Invalid value for plan (valid values school, hospital, community): " + name);
    }
  }

  /** Builds the plan's inputs and copies them into the reference's arrays. */
  @Setup(Level.Trial)
  public void setUp() {
    input = flagship(plan);
    reference = DoublePlan.of(input);
  }

  /**
   * The library: all three steps from the plan's inputs, then every figure of the report.
   *
   * @param bh consumes the figures
   * @return the result
   */
  @Benchmark
  public PlanResult exact(Blackhole bh) {
    return ExactPlan.evaluate(input, bh);
  }

  /**
   * The reference: the same figures in plain {@code double} from the copied inputs.
   *
   * @param bh consumes the figures
   */
  @Benchmark
  public void reference(Blackhole bh) {
    reference.evaluate().consume(bh);
  }
}
