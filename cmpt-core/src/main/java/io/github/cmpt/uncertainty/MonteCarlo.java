package io.github.cmpt.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.report.Table;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A seeded Monte Carlo simulation of an {@link UncertainPlan}: each sample draws every input
 * from its distribution and evaluates the plan's closed-form figures with its
 * {@link PlanKernel}; the result gives, per role, the distribution of FTE required and gap, the
 * probability of being understaffed and the FTE that meets demand in a chosen share of outcomes,
 * and the distribution of the plan's capacity.
 *
 * <p>Reproducibility. Draw {@code j} (the {@code j}-th input) of sample {@code i} is
 * {@code Q_j(u)} with {@code u} a pure function of {@code (seed, i, j)} (a counter-based
 * SplitMix64 mix, see {@code docs/decisions.md}) and {@code Q_j} the input's quantile, computed
 * with {@link StrictMath} where it needs more than arithmetic and a square root. The samples are
 * split among threads in contiguous blocks; each sample's figures depend on its index only, and
 * the summaries are computed after all samples in index order, so the same seed gives
 * bit-identical results on any machine and with any number of threads. Two inputs with the same
 * uniforms (common random numbers) give exactly comparable results: the same seed and plan with
 * a wider range give samples further from the most likely value, sample by sample.
 *
 * <p>Figures: {@link #fteRequired(Role)}, {@link #gapFte(Role)} and {@link #capacityEpisodes()}
 * as {@link SampleSummary}s (mean, percentiles by PERCENTILE.INC, Monte Carlo standard errors);
 * {@link #probabilityUnderstaffed(Role)}, the share of samples whose staffing ratio
 * {@code available / required} is below 1, with standard error {@code sqrt(p (1 - p) / n)};
 * {@link #fteToMeetDemand(Role, double)}, the FTE required in the chosen percentile of outcomes
 * ("staff to the 80th percentile": with that FTE the role meets demand in 80% of outcomes).
 *
 * <pre>{@code
 * MonteCarlo mc = MonteCarlo.of(uncertain, 100_000, 42);
 * mc.fteRequired(Role.OCCUPATIONAL_THERAPIST).percentile(95);
 * mc.probabilityUnderstaffed(Role.OCCUPATIONAL_THERAPIST);
 * mc.fteToMeetDemand(Role.OCCUPATIONAL_THERAPIST, 80);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class MonteCarlo {

  /** The percentiles of the summary table. */
  private static final double[] TABLE_PERCENTILES = {5, 50, 80, 90, 95};

  private final UncertainPlan plan;
  private final int samples;
  private final long seed;
  private final ImmutableList<Role> roles;
  private final SampleSummary[] fte;
  private final SampleSummary[] gap;
  private final double[] understaffed;
  private final SampleSummary totalFte;
  private final SampleSummary capacity;
  private final SampleSummary capacityConcurrent;

  private MonteCarlo(UncertainPlan plan, int samples, long seed, int threads) {
    this.plan = plan;
    this.samples = samples;
    this.seed = seed;
    Sampler sampler = new Sampler(plan);
    PlanKernel kernel = sampler.kernel;
    this.roles = kernel.roles();
    int r = roles.size();
    double[][] fteValues = new double[r][samples];
    double[][] gapValues = new double[r][samples];
    boolean[][] below = new boolean[r][samples];
    double[] totals = new double[samples];
    double[] cap = new double[samples];
    double[] capConcurrent = new double[samples];
    int workers = Math.min(threads, samples);
    @Nullable RuntimeException[] failures = new RuntimeException[workers];
    Thread[] pool = new Thread[workers];
    for (int w = 0; w < workers; w++) {
      int from = (int) ((long) samples * w / workers);
      int to = (int) ((long) samples * (w + 1) / workers);
      int worker = w;
      Runnable block =
          () -> {
            PlanKernel.Evaluation out = kernel.newEvaluation();
            double[] draws = new double[sampler.inputs()];
            double[] values = new double[kernel.parameters().size()];
            for (int i = from; i < to; i++) {
              sampler.draws(seed, i, draws);
              sampler.values(draws, values, true);
              if (!kernel.evaluate(values, out)) {
                failures[worker] =
                    sampler.impossible("sample " + i + " of seed " + seed, values);
                return;
              }
              double total = 0;
              for (int k = 0; k < r; k++) {
                double f = out.fteRequired(k);
                fteValues[k][i] = f;
                gapValues[k][i] = out.gapFte(k);
                below[k][i] = out.availableFte(k) < f;
                total += f;
              }
              totals[i] = total;
              cap[i] = out.capacityEpisodes();
              capConcurrent[i] = out.capacityConcurrent();
            }
          };
      if (workers == 1) {
        block.run();
      } else {
        pool[w] = new Thread(block, "cmpt-monte-carlo-" + w);
        pool[w].start();
      }
    }
    if (workers > 1) {
      for (Thread t : pool) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while simulating", e);
        }
      }
    }
    for (int w = 0; w < workers; w++) {
      RuntimeException failure = failures[w];
      if (failure != null) {
        throw failure;
      }
    }
    fte = new SampleSummary[r];
    gap = new SampleSummary[r];
    understaffed = new double[r];
    for (int k = 0; k < r; k++) {
      int count = 0;
      for (boolean b : below[k]) {
        if (b) {
          count++;
        }
      }
      understaffed[k] = (double) count / samples;
      fte[k] = new SampleSummary(fteValues[k]);
      gap[k] = new SampleSummary(gapValues[k]);
    }
    totalFte = new SampleSummary(totals);
    capacity = new SampleSummary(cap);
    capacityConcurrent = new SampleSummary(capConcurrent);
  }

  /**
   * Simulates an uncertain plan on one thread.
   *
   * @param plan the plan and its inputs, not null
   * @param samples the number of samples, {@code 1 <= x <= 100,000,000}
   * @param seed the seed; the same seed gives the same result
   * @return the result
   * @throws IllegalArgumentException when the number of samples is out of bounds, or a sample is
   *     not a possible plan (the message names the sample and the clash)
   */
  public static MonteCarlo of(UncertainPlan plan, int samples, long seed) {
    return of(plan, samples, seed, 1);
  }

  /**
   * Simulates an uncertain plan on several threads; the result is the same, bit for bit, as on
   * one.
   *
   * @param plan the plan and its inputs, not null
   * @param samples the number of samples, {@code 1 <= x <= 100,000,000}
   * @param seed the seed; the same seed gives the same result
   * @param threads the number of threads, {@code 1 <= x <= 1024}
   * @return the result
   * @throws IllegalArgumentException when the number of samples or threads is out of bounds, or a
   *     sample is not a possible plan (the message names the sample and the clash)
   */
  public static MonteCarlo of(UncertainPlan plan, int samples, long seed, int threads) {
    Checks.notNull(plan, "plan");
    Checks.check(samples >= 1 && samples <= 100_000_000, "samples", "1 <= x <= 100000000",
        samples);
    Checks.check(threads >= 1 && threads <= 1024, "threads", "1 <= x <= 1024", threads);
    return new MonteCarlo(plan, samples, seed, threads);
  }

  /**
   * Returns the uncertain plan simulated.
   *
   * @return the plan
   */
  public UncertainPlan plan() {
    return plan;
  }

  /**
   * Returns the number of samples.
   *
   * @return the count
   */
  public int samples() {
    return samples;
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the roles of the figures, as {@link PlanKernel#roles()}.
   *
   * @return an unmodifiable list
   */
  public ImmutableList<Role> roles() {
    return roles;
  }

  private int index(Role role) {
    int k = roles.indexOf(Checks.notNull(role, "role"));
    Checks.check(k >= 0, "role", "a role of the plan " + roles, role);
    return k;
  }

  /**
   * Returns the distribution of a role's FTE required.
   *
   * @param role a role of the plan, not null
   * @return the summary
   * @throws IllegalArgumentException when the role is not of the plan
   */
  public SampleSummary fteRequired(Role role) {
    return fte[index(role)];
  }

  /**
   * Returns the distribution of a role's gap in FTE, {@code available - required}.
   *
   * @param role a role of the plan, not null
   * @return the summary
   * @throws IllegalArgumentException when the role is not of the plan
   */
  public SampleSummary gapFte(Role role) {
    return gap[index(role)];
  }

  /**
   * Returns the distribution of the FTE required, all roles.
   *
   * @return the summary
   */
  public SampleSummary totalFteRequired() {
    return totalFte;
  }

  /**
   * Returns the probability that a role's staffing ratio is below 1: the share of samples whose
   * available FTE is below the FTE required.
   *
   * @param role a role of the plan, not null
   * @return the probability, from 0 to 1
   * @throws IllegalArgumentException when the role is not of the plan
   */
  public double probabilityUnderstaffed(Role role) {
    return understaffed[index(role)];
  }

  /**
   * Returns the standard error of {@link #probabilityUnderstaffed(Role)}:
   * {@code sqrt(p (1 - p) / n)}.
   *
   * @param role a role of the plan, not null
   * @return the standard error
   * @throws IllegalArgumentException when the role is not of the plan
   */
  public double probabilityUnderstaffedStandardError(Role role) {
    double p = understaffed[index(role)];
    return Math.sqrt(p * (1 - p) / samples);
  }

  /**
   * Returns the FTE a role needs to meet demand in a share of the outcomes: the percentile of its
   * FTE required, such as {@code fteToMeetDemand(role, 80)} to staff to the 80th percentile.
   *
   * @param role a role of the plan, not null
   * @param percent the share of outcomes, {@code 0 <= percent <= 100}
   * @return the FTE
   * @throws IllegalArgumentException when the role is not of the plan or the share is out of
   *     bounds
   */
  public double fteToMeetDemand(Role role, double percent) {
    return fteRequired(role).percentile(percent);
  }

  /**
   * Returns the distribution of the plan's capacity in episodes per year (the bottleneck role's).
   *
   * @return the summary
   */
  public SampleSummary capacityEpisodes() {
    return capacity;
  }

  /**
   * Returns the distribution of the plan's capacity as a concurrent caseload.
   *
   * @return the summary
   */
  public SampleSummary capacityConcurrent() {
    return capacityConcurrent;
  }

  /**
   * Returns the summary as a table: for each role the clients need, the mean and the 5th, 50th,
   * 80th, 90th and 95th percentiles of FTE required, each with its Monte Carlo standard error,
   * the gap's and the probability of being understaffed;
   * then the plan's capacity in episodes per year. FTE to two decimals, standard errors to three.
   *
   * @return the table
   */
  public Table toTable() {
    List<String> columns = new ArrayList<>(List.of("Figure", "Mean"));
    for (double p : TABLE_PERCENTILES) {
      columns.add("P" + (int) p);
    }
    columns.add("P(ratio < 1)");
    Table.Builder t =
        Table.builder("Monte Carlo (" + samples + " samples, seed " + seed + ")", columns);
    for (int k = 0; k < roles.size(); k++) {
      if (fte[k].max() == 0) {
        continue;
      }
      List<Object> row = new ArrayList<>();
      row.add("FTE required (" + roles.get(k) + ")");
      row.add(withError(fte[k].mean(), fte[k].meanStandardError(), 2));
      for (double p : TABLE_PERCENTILES) {
        row.add(withError(fte[k].percentile(p), fte[k].standardError(p), 2));
      }
      double u = understaffed[k];
      row.add(
          decimal(100 * u, 1) + "% ± " + decimal(100 * Math.sqrt(u * (1 - u) / samples), 1)
              + "%");
      t.row(row);
      List<Object> gapRow = new ArrayList<>();
      gapRow.add("Gap in FTE (" + roles.get(k) + ")");
      gapRow.add(withError(gap[k].mean(), gap[k].meanStandardError(), 2));
      for (double p : TABLE_PERCENTILES) {
        gapRow.add(withError(gap[k].percentile(p), gap[k].standardError(p), 2));
      }
      gapRow.add("");
      t.row(gapRow);
    }
    List<Object> capRow = new ArrayList<>();
    capRow.add("Capacity (episodes/year)");
    capRow.add(withError(capacity.mean(), capacity.meanStandardError(), 1));
    for (double p : TABLE_PERCENTILES) {
      capRow.add(withError(capacity.percentile(p), capacity.standardError(p), 1));
    }
    capRow.add("");
    t.row(capRow);
    t.note("Percentiles by PERCENTILE.INC over the samples; ± is the Monte Carlo standard error.");
    t.note("P(ratio < 1): the share of samples in which the role's available FTE is below the"
        + " FTE required.");
    return t.build();
  }

  static String withError(double value, double error, int scale) {
    return decimal(value, scale) + " ± " + decimal(error, scale + 1);
  }

  static BigDecimal decimal(double value, int scale) {
    return new BigDecimal(value).setScale(scale, RoundingMode.HALF_UP);
  }

  /**
   * Returns the plan's name, the samples and the FTE required of each role the clients need,
   * such as {@code MonteCarlo[Community OT, 100000 samples, seed 42: OT mean 4.118, P5 3.82, ...]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    for (int k = 0; k < roles.size(); k++) {
      if (fte[k].max() > 0) {
        parts.add(roles.get(k) + " " + fte[k]);
      }
    }
    return "MonteCarlo[" + plan.plan().name() + ", " + samples + " samples, seed " + seed + ": "
        + String.join("; ", parts) + "]";
  }
}
