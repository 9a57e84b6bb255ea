package io.github.cmpt.benchmarks;

import io.github.cmpt.examples.CommunityOtUncertainty;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.plan.RoleMatch;
import io.github.cmpt.uncertainty.PlanKernel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.SplittableRandom;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scenarios of each flagship plan, evaluated by the {@link PlanKernel} and by the exact path.
 *
 * <p>The scenarios: 1,024 sets of values of the varying parameters (for the community plan those
 * of {@link CommunityOtUncertainty}; for the others every volume and the minutes of every level's
 * first activity), each parameter at 0.8 to 1.2 times its base value, drawn once in setup from a
 * fixed seed. {@link #kernel} evaluates one scenario per operation into a buffer of its thread
 * ({@link #kernelTwoThreads} the same on two threads: per-thread throughput times two is the
 * scaling); {@link #exact} builds the same scenario's plan with {@code plan.with(parameter,
 * value)} and evaluates it with {@link PlanResult#of(CaseloadPlan)}. {@link UncertaintyMonteCarlo}
 * times a whole simulation.
 *
 * <pre>{@code
 * java -cp ... org.openjdk.jmh.Main UncertaintyScenarios -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class UncertaintyScenarios {

  private static final int SCENARIOS = 1024;

  /** The flagship plan: {@code school}, {@code hospital} or {@code community}. */
  @Param({"school", "hospital", "community"})
  public String plan = "community";

  private CaseloadPlan base = CommunityOtUncertainty.uncertainPlan().plan();
  private List<PlanParameter> parameters = List.of();
  private PlanKernel compiled = PlanKernel.compile(base, parameters);
  private double[][] values = new double[SCENARIOS][];
  private BigDecimal[][] decimals = new BigDecimal[SCENARIOS][];
  private int next;

  /** Makes the benchmarks; JMH calls this constructor. */
  public UncertaintyScenarios() {}

  /** The buffer of one thread and its position among the scenarios. */
  @State(Scope.Thread)
  public static class Buffer {
    PlanKernel.Evaluation out;
    int next;

    /** Makes the buffer; JMH calls this constructor. */
    public Buffer() {}

    /**
     * Allocates the buffer for the benchmark's kernel.
     *
     * @param b the benchmark
     */
    @Setup(Level.Trial)
    public void setUp(UncertaintyScenarios b) {
      out = b.compiled.newEvaluation();
    }
  }

  /** The varying parameters of a plan. */
  static List<PlanParameter> varying(String name, CaseloadPlan plan) {
    if (name.equals("community")) {
      return CommunityOtUncertainty.uncertainPlan().parameters();
    }
    List<PlanParameter> out = new java.util.ArrayList<>();
    String level = "";
    for (PlanParameter p : plan.parameters()) {
      String n = p.name();
      if (n.startsWith("episodesPerYear[") || n.startsWith("concurrent[")) {
        out.add(p);
      } else if (n.startsWith("minutes[")) {
        String code = n.substring("minutes[".length(), n.indexOf('/'));
        if (!code.equals(level)) {
          out.add(p);
          level = code;
        }
      }
    }
    return out;
  }

  /** Compiles the plan and draws the scenarios. */
  @Setup(Level.Trial)
  public void setUp() {
    base = PlanEvaluation.flagship(plan);
    parameters = varying(plan, base);
    compiled = PlanKernel.compile(base, parameters);
    SplittableRandom random = new SplittableRandom(20260101);
    double[] at = compiled.baseValues();
    for (int s = 0; s < SCENARIOS; s++) {
      values[s] = new double[at.length];
      decimals[s] = new BigDecimal[at.length];
      for (int i = 0; i < at.length; i++) {
        BigDecimal v =
            BigDecimal.valueOf(at[i] * (0.8 + 0.4 * random.nextDouble()))
                .setScale(6, RoundingMode.HALF_EVEN);
        decimals[s][i] = v;
        values[s][i] = v.doubleValue();
      }
    }
  }

  /**
   * One scenario by the kernel.
   *
   * @param buffer the thread's buffer
   * @return the FTE required, all roles
   */
  @Benchmark
  public double kernel(Buffer buffer) {
    compiled.evaluate(values[buffer.next++ & (SCENARIOS - 1)], buffer.out);
    return buffer.out.totalFteRequired();
  }

  /**
   * One scenario by the kernel, on each of two threads.
   *
   * @param buffer the thread's buffer
   * @return the FTE required, all roles
   */
  @Benchmark
  @Threads(2)
  public double kernelTwoThreads(Buffer buffer) {
    compiled.evaluate(values[buffer.next++ & (SCENARIOS - 1)], buffer.out);
    return buffer.out.totalFteRequired();
  }

  /**
   * The same scenario by the exact path: the changed plan, then Steps 1 to 3.
   *
   * @return the FTE required, all roles
   */
  @Benchmark
  public double exact() {
    BigDecimal[] v = decimals[next++ & (SCENARIOS - 1)];
    CaseloadPlan changed = base;
    for (int i = 0; i < v.length; i++) {
      changed = changed.with(parameters.get(i), v[i]);
    }
    double sum = 0;
    for (RoleMatch m : PlanResult.of(changed).matches().values()) {
      sum += m.fteRequired().toBigDecimal().doubleValue();
    }
    return sum;
  }
}
