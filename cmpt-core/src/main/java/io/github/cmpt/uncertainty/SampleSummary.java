package io.github.cmpt.uncertainty;

import io.github.cmpt.internal.Checks;
import java.util.Arrays;
import java.util.Locale;

/**
 * The distribution of one figure over the samples of a {@link MonteCarlo} simulation: mean,
 * percentiles and their Monte Carlo standard errors, such as
 * {@code mean 4.118, P5 3.82, P50 4.1, P95 4.46 (100000 samples)}.
 *
 * <p>Definitions, for the sorted values {@code x[0] <= ... <= x[n-1]}:
 * <ul>
 *   <li>percentile {@code p} in {@code [0, 100]}: with {@code q = p / 100},
 *       {@code h = (n - 1) q}, {@code x[floor(h)] + (h - floor(h)) (x[floor(h) + 1] -
 *       x[floor(h)])}, linear interpolation between closest ranks (type 7, spreadsheets'
 *       {@code PERCENTILE.INC}), as {@code estimate.Summary};</li>
 *   <li>mean {@code sum / n}, summed in sample order; standard deviation with divisor
 *       {@code n - 1};</li>
 *   <li>standard error of the mean {@code sd / sqrt(n)};</li>
 *   <li>standard error of percentile {@code p}: {@code sqrt(q (1 - q) / n) / f}, the asymptotic
 *       standard error of a sample quantile, with the density {@code f} at the quantile estimated
 *       from the sample as {@code (hi - lo) / (Q(hi) - Q(lo))}, where {@code lo} and {@code hi}
 *       are {@code q -} and {@code q + 1.96 sqrt(q (1 - q) / n)} clipped to {@code [0, 1]} and
 *       {@code Q} is the percentile above: half the width of the order-statistic (binomial) 95%
 *       interval of the quantile, divided by 1.96. It is zero when those percentiles are
 *       equal.</li>
 * </ul>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class SampleSummary {

  private static final double Z95 = 1.96;

  private final double[] sorted;
  private final double mean;
  private final double sd;

  /** A summary of values, which it sorts in place and keeps. */
  SampleSummary(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    this.mean = sum / values.length;
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    this.sd = values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0;
    Arrays.sort(values);
    this.sorted = values;
  }

  /**
   * Returns the number of samples.
   *
   * @return the count
   */
  public int count() {
    return sorted.length;
  }

  /**
   * Returns the mean.
   *
   * @return the mean
   */
  public double mean() {
    return mean;
  }

  /**
   * Returns the standard error of the mean, {@code sd / sqrt(n)}.
   *
   * @return the standard error
   */
  public double meanStandardError() {
    return sd / Math.sqrt(sorted.length);
  }

  /**
   * Returns the sample standard deviation (divisor {@code n - 1}).
   *
   * @return the standard deviation
   */
  public double standardDeviation() {
    return sd;
  }

  /**
   * Returns the smallest value.
   *
   * @return the minimum
   */
  public double min() {
    return sorted[0];
  }

  /**
   * Returns the largest value.
   *
   * @return the maximum
   */
  public double max() {
    return sorted[sorted.length - 1];
  }

  /**
   * Returns a percentile (type 7, see the class description), such as {@code percentile(95)}.
   *
   * @param percent the percentile, {@code 0 <= percent <= 100}
   * @return the value
   * @throws IllegalArgumentException when the percentile is outside {@code [0, 100]}
   */
  public double percentile(double percent) {
    return Distribution.sampleQuantile(sorted, share(percent));
  }

  private static double share(double percent) {
    Checks.check(percent >= 0 && percent <= 100, "percent", "0 <= x <= 100", percent);
    return percent / 100;
  }

  /**
   * Returns the Monte Carlo standard error of a percentile (see the class description).
   *
   * @param percent the percentile, {@code 0 <= percent <= 100}
   * @return the standard error
   * @throws IllegalArgumentException when the percentile is outside {@code [0, 100]}
   */
  public double standardError(double percent) {
    double q = share(percent);
    double se = Math.sqrt(q * (1 - q) / sorted.length);
    if (se == 0) {
      return 0;
    }
    double lo = Math.max(0, q - Z95 * se);
    double hi = Math.min(1, q + Z95 * se);
    double spread =
        Distribution.sampleQuantile(sorted, hi) - Distribution.sampleQuantile(sorted, lo);
    return se * spread / (hi - lo);
  }

  /**
   * Returns the share of the samples strictly below a value.
   *
   * @param value the value
   * @return the share, from 0 to 1
   */
  public double shareBelow(double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return (double) lo / sorted.length;
  }

  /**
   * Returns the values, sorted, such as for a histogram.
   *
   * @return a new array
   */
  public double[] toArray() {
    return sorted.clone();
  }

  /**
   * Returns the mean and the 5th, 50th and 95th percentiles to four significant digits, such as
   * {@code mean 4.118, P5 3.82, P50 4.1, P95 4.46 (100000 samples)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "mean " + g(mean) + ", P5 " + g(percentile(5)) + ", P50 " + g(percentile(50))
        + ", P95 " + g(percentile(95)) + " (" + sorted.length + " samples)";
  }

  static String g(double v) {
    if (Double.isNaN(v)) {
      return "NaN";
    }
    return new java.math.BigDecimal(String.format(Locale.ROOT, "%.4g", v))
        .stripTrailingZeros()
        .toPlainString();
  }
}
