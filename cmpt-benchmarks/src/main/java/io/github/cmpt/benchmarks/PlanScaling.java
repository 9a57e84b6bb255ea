package io.github.cmpt.benchmarks;

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
 * How the cost of evaluating a plan grows with its team: the plans of {@link GeneratedPlan} with
 * {@link #clinicians} clinicians, evaluated exactly ({@link #exact}, {@link ExactPlan}) and in
 * plain {@code double} ({@link #reference}, {@link DoublePlan}). Divide the time, or the bytes
 * allocated per operation of {@code -prof gc} ({@code gc.alloc.rate.norm}), by the clinicians;
 * the demand is the same size whatever the team, so a cost linear in clinicians shows as a
 * constant cost per clinician once the team is large.
 *
 * <pre>{@code
 * java -cp ... org.openjdk.jmh.Main PlanScaling -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class PlanScaling {

  /** The seed of the generated plans. */
  public static final long SEED = 20260101L;

  /** The number of clinicians of the team. */
  @Param({"10", "100", "1000"})
  public int clinicians = 10;

  private CaseloadPlan input = GeneratedPlan.of(1, SEED);
  private DoublePlan reference = DoublePlan.of(input);

  /** Makes the benchmarks; JMH calls this constructor. */
  public PlanScaling() {}

  /** Generates the plan and copies its inputs into the reference's arrays. */
  @Setup(Level.Trial)
  public void setUp() {
    input = GeneratedPlan.of(clinicians, SEED);
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
