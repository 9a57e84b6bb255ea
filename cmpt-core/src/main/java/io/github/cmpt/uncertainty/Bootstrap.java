package io.github.cmpt.uncertainty;

import io.github.cmpt.estimate.Statistic;
import io.github.cmpt.estimate.Summary;
import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The sampling distribution of a figure estimated from records, by the nonparametric bootstrap:
 * the per-episode values it came from (such as the minutes per episode of a level,
 * {@code LevelEstimate.minutesPerEpisode()}) resampled with replacement, the statistic (mean,
 * median or a percentile) computed on each resample.
 *
 * <p>Replicate {@code r} draws {@code n} values, the {@code j}-th at index
 * {@code floor(u_{r,j} x n)} with {@code u_{r,j}} the uniform of draw {@code j} of sample
 * {@code r} of the seed (the counter-based generator of {@link MonteCarlo}); its statistic is
 * computed in {@code double}: the mean {@code x_0 + sum(x - x_0) / n} (exact when all values
 * are equal), or the percentile by PERCENTILE.INC as
 * {@link Summary}. The replicates form a {@link Distribution} of kind
 * {@link Distribution.Kind#BOOTSTRAP}: its quantiles are those of the replicates, its
 * {@linkplain Distribution#low() low} and {@linkplain Distribution#high() high} the 2.5th and
 * 97.5th percentiles (the 95% percentile interval), and it can be given to a plan parameter like
 * any other distribution. When every value is the same, every replicate is that value and the
 * interval collapses to it; the width of the interval of a mean shrinks as {@code 1 / sqrt(n)}.
 *
 * <pre>{@code
 * Distribution minutes = Bootstrap.of(estimate.minutesPerEpisode(), Statistic.MEDIAN, 2000, 7);
 * minutes.low();    // the 2.5th percentile of the median over resamples
 * }</pre>
 */
public final class Bootstrap {

  private Bootstrap() {}

  /**
   * Bootstraps a statistic of the values of a summary.
   *
   * @param values the per-episode values, such as a level's minutes per episode, not null
   * @param statistic the statistic the figure is (mean, median or a percentile), not null
   * @param replicates the number of resamples, {@code 1 <= x <= 1,000,000}
   * @param seed the seed; the same seed gives the same replicates
   * @return the distribution of the statistic
   * @throws IllegalArgumentException when the number of replicates is out of bounds
   */
  public static Distribution of(
      Summary values, Statistic statistic, int replicates, long seed) {
    Checks.notNull(values, "values");
    return of(values.values(), statistic, replicates, seed);
  }

  /**
   * Bootstraps a statistic of a list of values.
   *
   * @param values the per-episode values, at least one, none null, not null
   * @param statistic the statistic (mean, median or a percentile), not null
   * @param replicates the number of resamples, {@code 1 <= x <= 1,000,000}
   * @param seed the seed; the same seed gives the same replicates
   * @return the distribution of the statistic
   * @throws IllegalArgumentException when there is no value or the number of replicates is out
   *     of bounds
   */
  public static Distribution of(
      List<BigDecimal> values, Statistic statistic, int replicates, long seed) {
    Checks.notNull(values, "values");
    Checks.notNull(statistic, "statistic");
    Checks.check(!values.isEmpty(), "values", "at least one", 0);
    Checks.check(
        replicates >= 1 && replicates <= 1_000_000, "replicates", "1 <= x <= 1000000",
        replicates);
    int n = values.size();
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Checks.notNull(values.get(i), "value").doubleValue();
    }
    double percentile = percentileOf(statistic);
    double[] resample = new double[n];
    double[] out = new double[replicates];
    for (int r = 0; r < replicates; r++) {
      long key = SeededUniforms.sampleKey(seed, r);
      double sum = 0;
      for (int j = 0; j < n; j++) {
        int at = (int) (SeededUniforms.uniform(key, j) * n);
        double v = x[Math.min(at, n - 1)];
        resample[j] = v;
        sum += v - x[0];
      }
      if (Double.isNaN(percentile)) {
        out[r] = x[0] + sum / n;
      } else {
        Arrays.sort(resample);
        out[r] = Distribution.sampleQuantile(resample, percentile / 100);
      }
    }
    return Distribution.ofReplicates(out);
  }

  /** The percentile of a statistic, NaN for the mean; read from its text (mean, median, P80). */
  private static double percentileOf(Statistic statistic) {
    if (statistic.isMean()) {
      return Double.NaN;
    }
    String s = statistic.toString();
    if (s.equalsIgnoreCase("median")) {
      return 50;
    }
    return Double.parseDouble(s.substring(1));
  }
}
