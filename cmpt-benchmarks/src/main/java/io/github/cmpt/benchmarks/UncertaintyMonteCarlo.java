package io.github.cmpt.benchmarks;

import io.github.cmpt.examples.CommunityOtUncertainty;
import io.github.cmpt.uncertainty.MonteCarlo;
import io.github.cmpt.uncertainty.UncertainPlan;
import io.github.cmpt.vocabulary.Role;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The community OT plan's simulation ({@link CommunityOtUncertainty}: six inputs, two of them
 * factors on several figures) of 100,000 samples, end to end on one thread: compiling the kernel,
 * drawing and evaluating every sample, sorting and reading the percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class UncertaintyMonteCarlo {

  private final UncertainPlan plan = CommunityOtUncertainty.uncertainPlan();

  /** Makes the benchmark; JMH calls this constructor. */
  public UncertaintyMonteCarlo() {}

  /**
   * The simulation and its 80th percentile of OT FTE required.
   *
   * @return the percentile
   */
  @Benchmark
  public double monteCarlo() {
    return MonteCarlo.of(plan, CommunityOtUncertainty.SAMPLES, CommunityOtUncertainty.SEED)
        .fteToMeetDemand(Role.OCCUPATIONAL_THERAPIST, 80);
  }
}
