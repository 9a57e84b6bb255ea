package io.github.cmpt.uncertainty;

import com.google.common.collect.Range;
import io.github.cmpt.internal.Checks;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The distribution of one uncertain figure, such as {@code pert(40, 45, 60)}: a point, a uniform
 * range, a triangular or PERT range from judgment (low, most likely, high), or the bootstrap
 * sample of a figure from records ({@link Bootstrap}).
 *
 * <p>The distributions, with {@code a} the low, {@code m} the most likely and {@code b} the high
 * value:
 * <table>
 *   <caption>Distributions</caption>
 *   <tr><th>kind</th><th>mean</th><th>quantile {@code Q(u)}, {@code 0 < u < 1}</th></tr>
 *   <tr><td>{@code point(x)}</td><td>{@code x}</td><td>{@code x}</td></tr>
 *   <tr><td>{@code uniform(a, b)}</td><td>{@code (a + b) / 2}</td>
 *       <td>{@code a + u (b - a)}</td></tr>
 *   <tr><td>{@code triangular(a, m, b)}</td><td>{@code (a + m + b) / 3}</td>
 *       <td>{@code a + sqrt(u (b - a)(m - a))} for {@code u < (m - a) / (b - a)}, otherwise
 *       {@code b - sqrt((1 - u)(b - a)(b - m))}</td></tr>
 *   <tr><td>{@code pert(a, m, b)}</td><td>{@code (a + 4m + b) / 6}</td>
 *       <td>{@code a + (b - a) B(u)} with {@code B} the quantile of the Beta distribution of
 *       shapes {@code 1 + 4 (m - a) / (b - a)} and {@code 1 + 4 (b - m) / (b - a)}</td></tr>
 *   <tr><td>bootstrap</td><td>the mean of the replicates</td>
 *       <td>the sample quantile of the replicates (type 7, below)</td></tr>
 * </table>
 * The Beta quantile is found by Newton's method safeguarded by bisection on the regularized
 * incomplete beta function (its continued fraction, as in Numerical Recipes section 6.4), started
 * from a cubic Hermite interpolation of 512 quantiles (and their slopes) worked out the same way
 * on first use, to about {@code 1e-15} in
 * {@code B}; the logarithms, exponentials and the Lanczos log-gamma it uses are
 * {@link StrictMath}'s, so that a quantile is the same on every machine. The triangular quantile
 * needs only {@link Math#sqrt}, which is correctly rounded. A range whose low and high values are
 * equal is degenerate: every quantile is that value.
 *
 * <p>A distribution is sampled by inverse transform: a uniform {@code u} becomes {@code Q(u)}.
 * Two distributions fed the same uniforms (common random numbers) give ordered samples when their
 * quantiles are ordered, which keeps comparisons between ranges exact.
 *
 * <p>{@link #low()} and {@link #high()} are the ends of the range a sensitivity analysis uses: the
 * low and high values of a range, or the 2.5th and 97.5th percentiles of a bootstrap sample (its
 * 95% percentile interval). {@link #support()} is the interval every sample lies in.
 *
 * <pre>{@code
 * Distribution minutes = Distribution.pert(new BigDecimal("40"), new BigDecimal("45"),
 *     new BigDecimal("60"));
 * minutes.mean();            // 46.666...
 * minutes.quantile(0.5);     // the median
 * Distribution.parse("triangular(0.9, 1, 1.2)");
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Distribution {

  /** The kinds of distribution. */
  public enum Kind {
    /** One value. */
    POINT("point"),
    /** Uniform between a low and a high value. */
    UNIFORM("uniform"),
    /** Triangular on a low, most likely and high value. */
    TRIANGULAR("triangular"),
    /** PERT (a scaled Beta) on a low, most likely and high value. */
    PERT("pert"),
    /** The replicates of a bootstrap. */
    BOOTSTRAP("bootstrap");

    private final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  private static final double BETA_TOLERANCE = 1e-15;

  /** The Beta quantiles tabulated, at {@code k / TABLE}, to start Newton's method near the root. */
  private static final int TABLE = 512;

  private final Kind kind;
  private final BigDecimal lowValue;
  private final BigDecimal likelyValue;
  private final BigDecimal highValue;
  private final double a;
  private final double m;
  private final double b;
  private final double alpha;
  private final double beta;
  private final double logBeta;
  private final double @Nullable [] replicates;
  private final com.google.common.base.@Nullable Supplier<double[][]> betaTable;

  private Distribution(Kind kind, BigDecimal low, BigDecimal likely, BigDecimal high) {
    this.kind = kind;
    this.lowValue = low;
    this.likelyValue = likely;
    this.highValue = high;
    this.a = low.doubleValue();
    this.m = likely.doubleValue();
    this.b = high.doubleValue();
    if (kind == Kind.PERT && b > a) {
      this.alpha = 1 + 4 * (m - a) / (b - a);
      this.beta = 1 + 4 * (b - m) / (b - a);
      this.logBeta = logGamma(alpha) + logGamma(beta) - logGamma(alpha + beta);
      this.betaTable = com.google.common.base.Suppliers.memoize(this::betaTable);
    } else {
      this.alpha = 0;
      this.beta = 0;
      this.logBeta = 0;
      this.betaTable = null;
    }
    this.replicates = null;
  }

  private Distribution(double[] sorted) {
    this.kind = Kind.BOOTSTRAP;
    this.replicates = sorted;
    this.a = sorted[0];
    this.b = sorted[sorted.length - 1];
    this.m = sampleQuantile(sorted, 0.5);
    this.lowValue = new BigDecimal(sampleQuantile(sorted, 0.025));
    this.likelyValue = new BigDecimal(m);
    this.highValue = new BigDecimal(sampleQuantile(sorted, 0.975));
    this.alpha = 0;
    this.beta = 0;
    this.logBeta = 0;
    this.betaTable = null;
  }

  private static BigDecimal finite(BigDecimal value, String name) {
    Checks.notNull(value, name);
    double d = value.doubleValue();
    Checks.check(
        !Double.isInfinite(d) && Math.abs(d) <= 1e15, name, "|x| <= 1e15", value);
    return value;
  }

  private static Distribution threePoint(
      Kind kind, BigDecimal low, BigDecimal likely, BigDecimal high) {
    finite(low, "low");
    finite(likely, "likely");
    finite(high, "high");
    Checks.check(
        low.compareTo(likely) <= 0 && likely.compareTo(high) <= 0,
        "range",
        "low <= likely <= high",
        kind.label + "(" + Checks.plain(low) + ", " + Checks.plain(likely) + ", "
            + Checks.plain(high) + ")");
    return new Distribution(kind, low, likely, high);
  }

  /**
   * Returns the distribution of one value: every sample is {@code value}.
   *
   * @param value the value, {@code |x| <= 1e15}, not null
   * @return the degenerate distribution
   * @throws IllegalArgumentException when the value is out of bounds
   */
  public static Distribution point(BigDecimal value) {
    finite(value, "value");
    return new Distribution(Kind.POINT, value, value, value);
  }

  /**
   * Returns the uniform distribution between a low and a high value.
   *
   * @param low the low value, not null
   * @param high the high value, {@code low <= high}, not null
   * @return the distribution; its most likely value is the midpoint
   * @throws IllegalArgumentException when {@code low > high} or a value is beyond {@code 1e15}
   */
  public static Distribution uniform(BigDecimal low, BigDecimal high) {
    finite(low, "low");
    finite(high, "high");
    BigDecimal mid = low.add(high).divide(BigDecimal.valueOf(2));
    return threePoint(Kind.UNIFORM, low, mid, high);
  }

  /**
   * Returns the triangular distribution of a judgment: low, most likely and high value. Its mean
   * is {@code (low + likely + high) / 3}.
   *
   * @param low the low value, not null
   * @param likely the most likely value, not null
   * @param high the high value, {@code low <= likely <= high}, not null
   * @return the distribution
   * @throws IllegalArgumentException when the values are out of order or beyond {@code 1e15}
   */
  public static Distribution triangular(BigDecimal low, BigDecimal likely, BigDecimal high) {
    return threePoint(Kind.TRIANGULAR, low, likely, high);
  }

  /**
   * Returns the PERT distribution of a judgment: low, most likely and high value, a Beta
   * distribution scaled to {@code [low, high]} with shapes {@code 1 + 4 (likely - low) / (high -
   * low)} and {@code 1 + 4 (high - likely) / (high - low)}. Its mean is
   * {@code (low + 4 likely + high) / 6}; it puts less weight on the tails than the triangular.
   *
   * @param low the low value, not null
   * @param likely the most likely value, not null
   * @param high the high value, {@code low <= likely <= high}, not null
   * @return the distribution
   * @throws IllegalArgumentException when the values are out of order or beyond {@code 1e15}
   */
  public static Distribution pert(BigDecimal low, BigDecimal likely, BigDecimal high) {
    return threePoint(Kind.PERT, low, likely, high);
  }

  /** The distribution of bootstrap replicates; package-private, for {@link Bootstrap}. */
  static Distribution ofReplicates(double[] replicates) {
    double[] sorted = replicates.clone();
    Arrays.sort(sorted);
    return new Distribution(sorted);
  }

  /**
   * Reads a distribution written by {@link #toString()}: {@code point(x)}, {@code uniform(a, b)},
   * {@code triangular(a, m, b)} or {@code pert(a, m, b)}, with plain decimal numbers.
   *
   * @param text the text, not null
   * @return the distribution
   * @throws IllegalArgumentException when the text is not one of those forms, or its values break
   *     the rules of the kind
   */
  public static Distribution parse(CharSequence text) {
    Checks.notNull(text, "text");
    String s = text.toString().strip();
    int open = s.indexOf('(');
    String rule = "point(x), uniform(a, b), triangular(a, m, b) or pert(a, m, b)";
    Checks.check(open > 0 && s.endsWith(")"), "distribution", rule, "\"" + s + "\"");
    String name = s.substring(0, open).strip().toLowerCase(Locale.ROOT);
    String[] parts = s.substring(open + 1, s.length() - 1).split(",", -1);
    BigDecimal[] v = new BigDecimal[parts.length];
    for (int i = 0; i < parts.length; i++) {
      v[i] = Checks.decimal(parts[i].strip(), "distribution", s);
    }
    switch (name) {
      case "point":
        Checks.check(v.length == 1, "distribution", rule, "\"" + s + "\"");
        return point(v[0]);
      case "uniform":
        Checks.check(v.length == 2, "distribution", rule, "\"" + s + "\"");
        return uniform(v[0], v[1]);
      case "triangular":
        Checks.check(v.length == 3, "distribution", rule, "\"" + s + "\"");
        return triangular(v[0], v[1], v[2]);
      case "pert":
        Checks.check(v.length == 3, "distribution", rule, "\"" + s + "\"");
        return pert(v[0], v[1], v[2]);
      default:
        throw new IllegalArgumentException(Checks.invalid("distribution", rule, "\"" + s + "\""));
    }
  }

  /**
   * Returns the kind of distribution.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the low end of the range: the low value, or the 2.5th percentile of a bootstrap.
   *
   * @return the low value
   */
  public BigDecimal low() {
    return lowValue;
  }

  /**
   * Returns the most likely value: the value of a point, the midpoint of a uniform, the mode of a
   * triangular or PERT range, or the median of a bootstrap.
   *
   * @return the most likely value
   */
  public BigDecimal likely() {
    return likelyValue;
  }

  /**
   * Returns the high end of the range: the high value, or the 97.5th percentile of a bootstrap.
   *
   * @return the high value
   */
  public BigDecimal high() {
    return highValue;
  }

  /**
   * Returns the closed interval every sample lies in: {@code [low, high]} of a range, or the
   * smallest and largest replicate of a bootstrap.
   *
   * @return the support
   */
  public Range<BigDecimal> support() {
    return kind == Kind.BOOTSTRAP
        ? Range.closed(new BigDecimal(a), new BigDecimal(b))
        : Range.closed(lowValue, highValue);
  }

  /**
   * Returns whether every sample is the same value (a point, or a range of zero width).
   *
   * @return true for a degenerate distribution
   */
  public boolean isDegenerate() {
    return a == b;
  }

  /**
   * Returns the mean, by the formula of its kind (see the class description).
   *
   * @return the mean
   */
  public double mean() {
    switch (kind) {
      case POINT:
        return a;
      case UNIFORM:
        return (a + b) / 2;
      case TRIANGULAR:
        return (a + m + b) / 3;
      case PERT:
        return (a + 4 * m + b) / 6;
      case BOOTSTRAP:
        double sum = 0;
        for (double x : Objects.requireNonNull(replicates)) {
          sum += x;
        }
        return sum / replicates.length;
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * Returns the quantile of a probability: the value below which a share {@code u} of the
   * distribution lies, by the formula of its kind (see the class description).
   *
   * @param u the probability, {@code 0 <= u <= 1}
   * @return the quantile, in {@link #support()}
   * @throws IllegalArgumentException when {@code u} is outside {@code [0, 1]} or not a number
   */
  public double quantile(double u) {
    if (!(u >= 0 && u <= 1)) {
      throw new IllegalArgumentException(Checks.invalid("u", "0 <= u <= 1", u));
    }
    return quantileOf(u);
  }

  /** The quantile, without the check: for the samplers. */
  double quantileOf(double u) {
    if (a == b) {
      return a;
    }
    switch (kind) {
      case POINT:
        return a;
      case UNIFORM:
        return a + u * (b - a);
      case TRIANGULAR:
        double width = b - a;
        if (u * width < m - a) {
          return a + Math.sqrt(u * width * (m - a));
        }
        return b - Math.sqrt((1 - u) * width * (b - m));
      case PERT:
        return a + (b - a) * betaQuantile(u);
      case BOOTSTRAP:
        return sampleQuantile(Objects.requireNonNull(replicates), u);
      default:
        throw new AssertionError(kind);
    }
  }

  /**
   * The type 7 sample quantile (R's default, Excel's PERCENTILE.INC) of sorted values:
   * {@code x[j] + (h - j)(x[j + 1] - x[j])} with {@code h = (n - 1) p}, {@code j = floor(h)},
   * indices from 0.
   */
  static double sampleQuantile(double[] sorted, double p) {
    int n = sorted.length;
    double h = (n - 1) * p;
    int j = (int) Math.floor(h);
    if (j >= n - 1) {
      return sorted[n - 1];
    }
    double lo = sorted[j];
    double hi = sorted[j + 1];
    return lo + (h - j) * (hi - lo);
  }

  // ---------------------------------------------------------------------------------------------
  // Beta distribution: CDF by the continued fraction, quantile by safeguarded Newton.

  private double betaQuantile(double u) {
    if (u <= 0) {
      return 0;
    }
    if (u >= 1) {
      return 1;
    }
    double[][] table = Objects.requireNonNull(betaTable).get();
    double[] q = table[0];
    double[] slope = table[1];
    double position = u * TABLE;
    int k = Math.min((int) position, TABLE - 1);
    double lo = q[k];
    double hi = q[k + 1];
    double t = position - k;
    double start;
    if (k == 0 || k == TABLE - 1) {
      start = lo + t * (hi - lo);
    } else {
      // cubic Hermite on the quantiles and their slopes 1 / density
      double h = 1.0 / TABLE;
      double s1 = 1 - t;
      start =
          (1 + 2 * t) * s1 * s1 * lo
              + t * s1 * s1 * h * slope[k]
              + t * t * (3 - 2 * t) * hi
              - t * t * s1 * h * slope[k + 1];
    }
    return newton(u, start, lo, hi);
  }

  /**
   * The Beta quantiles at {@code k / TABLE}, each by {@link #newton} bracketed by the previous
   * one and 1, and the slopes of the quantile function there, {@code 1 / density}.
   */
  private double[][] betaTable() {
    double[] q = new double[TABLE + 1];
    double[] slope = new double[TABLE + 1];
    q[TABLE] = 1;
    for (int k = 1; k < TABLE; k++) {
      double guess = k == 1 ? alpha / (alpha + beta) : 2 * q[k - 1] - q[k - 2];
      q[k] = newton((double) k / TABLE, guess, q[k - 1], 1);
      double x = q[k];
      slope[k] =
          x * (1 - x)
              / StrictMath.exp(
                  alpha * StrictMath.log(x) + beta * StrictMath.log1p(-x) - logBeta);
    }
    return new double[][] {q, slope};
  }

  /**
   * Solves {@code I_x(alpha, beta) = u} for {@code x} in {@code [lo, hi]}, which brackets the
   * root, from {@code x}: Newton's method, a bisection whenever a step leaves the bracket. It stops
   * when the bracket is narrower than {@code 1e-15}, or after a Newton step smaller than
   * {@code 1e-8 min(x, 1 - x)}, whose result is then within about {@code 1e-16} relative (Newton
   * converges quadratically).
   */
  private double newton(double u, double x, double lo, double hi) {
    for (int i = 0; i < 200; i++) {
      if (!(x > lo && x < hi)) {
        x = (lo + hi) / 2;
      }
      double logX = StrictMath.log(x);
      double log1mX = StrictMath.log1p(-x);
      double front = StrictMath.exp(alpha * logX + beta * log1mX - logBeta);
      double cdf =
          x < (alpha + 1) / (alpha + beta + 2)
              ? front * continuedFraction(alpha, beta, x) / alpha
              : 1 - front * continuedFraction(beta, alpha, 1 - x) / beta;
      double f = cdf - u;
      if (f == 0) {
        return x;
      }
      if (f < 0) {
        lo = x;
      } else {
        hi = x;
      }
      double density = front / (x * (1 - x));
      double step = f / density;
      double next = x - step;
      if (!(next > lo && next < hi)) {
        next = (lo + hi) / 2;
        if (hi - lo <= BETA_TOLERANCE) {
          return next;
        }
      } else if (Math.abs(step) <= 1e-8 * Math.min(next, 1 - next)) {
        return next;
      }
      x = next;
    }
    return x;
  }

  /** The continued fraction of the incomplete beta function, by the modified Lentz method. */
  private static double continuedFraction(double p, double q, double x) {
    final double tiny = 1e-300;
    double qab = p + q;
    double qap = p + 1;
    double qam = p - 1;
    double c = 1;
    double d = 1 - qab * x / qap;
    if (Math.abs(d) < tiny) {
      d = tiny;
    }
    d = 1 / d;
    double h = d;
    for (int k = 1; k <= 300; k++) {
      int k2 = 2 * k;
      double aa = k * (q - k) * x / ((qam + k2) * (p + k2));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      h *= d * c;
      aa = -(p + k) * (qab + k) * x / ((p + k2) * (qap + k2));
      d = 1 + aa * d;
      if (Math.abs(d) < tiny) {
        d = tiny;
      }
      c = 1 + aa / c;
      if (Math.abs(c) < tiny) {
        c = tiny;
      }
      d = 1 / d;
      double del = d * c;
      h *= del;
      if (Math.abs(del - 1) < 1e-16) {
        break;
      }
    }
    return h;
  }

  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  /** {@code ln Gamma(x)} for {@code x >= 1}, by the Lanczos approximation (g = 7, n = 9). */
  static double logGamma(double x) {
    double z = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (z + i);
    }
    double t = z + 7.5;
    return 0.5 * StrictMath.log(2 * Math.PI) + (z + 0.5) * StrictMath.log(t) - t
        + StrictMath.log(sum);
  }

  /**
   * Returns whether another object is the same distribution: the same kind and values (scale
   * ignored), or the same bootstrap replicates.
   *
   * @param obj the other object
   * @return true for the same distribution
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Distribution)) {
      return false;
    }
    Distribution d = (Distribution) obj;
    if (kind != d.kind) {
      return false;
    }
    if (kind == Kind.BOOTSTRAP) {
      return Arrays.equals(replicates, d.replicates);
    }
    return lowValue.compareTo(d.lowValue) == 0
        && likelyValue.compareTo(d.likelyValue) == 0
        && highValue.compareTo(d.highValue) == 0;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    if (kind == Kind.BOOTSTRAP) {
      return Arrays.hashCode(replicates);
    }
    return Objects.hash(
        kind, Checks.hash(lowValue), Checks.hash(likelyValue), Checks.hash(highValue));
  }

  /**
   * Returns the distribution as text, such as {@code pert(40, 45, 60)}, {@code uniform(0.9, 1.1)}
   * or {@code point(45)}, which {@link #parse(CharSequence)} reads back; a bootstrap is
   * {@code bootstrap(2000 replicates, 95% 43.1..47.3)}, its interval to four significant digits.
   *
   * @return the text
   */
  @Override
  public String toString() {
    switch (kind) {
      case POINT:
        return "point(" + Checks.plain(lowValue) + ")";
      case UNIFORM:
        return "uniform(" + Checks.plain(lowValue) + ", " + Checks.plain(highValue) + ")";
      case BOOTSTRAP:
        return "bootstrap("
            + Objects.requireNonNull(replicates).length
            + " replicates, 95% "
            + Checks.plain(lowValue.round(new java.math.MathContext(4)))
            + ".."
            + Checks.plain(highValue.round(new java.math.MathContext(4)))
            + ")";
      default:
        return kind.label
            + "("
            + Checks.plain(lowValue)
            + ", "
            + Checks.plain(likelyValue)
            + ", "
            + Checks.plain(highValue)
            + ")";
    }
  }
}
