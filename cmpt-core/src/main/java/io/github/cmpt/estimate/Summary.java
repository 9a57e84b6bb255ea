package io.github.cmpt.estimate;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Hours;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The distribution of one quantity over episodes, such as the minutes per episode of a level:
 * count, mean, median, any percentile, standard deviation, minimum and maximum, such as
 * {@code Summary[n=4, mean 2.5, median 2.5, p80 3.4, p90 3.7, sd 1.29, min 1, max 4]}.
 *
 * <p>Definitions, for sorted values {@code x[0] <= ... <= x[n-1]}:
 * <ul>
 *   <li>{@link #percentile(BigDecimal) percentile} {@code p} in {@code [0, 100]}: with
 *       {@code h = (n - 1) x p / 100}, {@code x[floor(h)] + (h - floor(h)) x (x[floor(h)+1] -
 *       x[floor(h)])}: linear interpolation between closest ranks, as spreadsheets'
 *       {@code PERCENTILE.INC}, R's {@code quantile(type = 7)} and NumPy's default; the median is
 *       the 50th percentile;</li>
 *   <li>{@link #mean() mean}: {@code sum / n};</li>
 *   <li>{@link #standardDeviation() standard deviation}: the sample standard deviation (divisor
 *       {@code n - 1}, as spreadsheets' {@code STDEV.S}), computed as
 *       {@code sqrt((n x sum(x^2) - sum(x)^2) / (n x (n - 1)))}.</li>
 * </ul>
 *
 * <p>Sums, products and the interpolation are exact. Divisions and the square root round to
 * {@link Hours#MATH_CONTEXT} (34 significant digits, half-even); a value that is itself a
 * quotient (such as weeks, days divided by 7) is divided once, after the interpolation.
 * Results carry no trailing zeros.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Summary {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal P80 = BigDecimal.valueOf(80);
  private static final BigDecimal P90 = BigDecimal.valueOf(90);

  /** Sorted numerators over {@link #divisor} when {@link #decimals} is null. */
  private final long[] units;

  private final long divisor;

  /** Sorted values, when they are not all whole numbers over one divisor. */
  private final BigDecimal @Nullable [] decimals;

  private final int n;

  private Summary(long[] units, long divisor, BigDecimal @Nullable [] decimals) {
    this.units = units;
    this.divisor = divisor;
    this.decimals = decimals;
    this.n = decimals == null ? units.length : decimals.length;
  }

  /**
   * Returns the summary of whole values, such as session counts.
   *
   * @param values at least one value
   * @return the summary
   * @throws IllegalArgumentException when there is no value
   */
  public static Summary of(long... values) {
    Checks.check(Checks.notNull(values, "values").length > 0, "values", "at least one value", "none");
    return ofUnits(values.clone(), 1);
  }

  /**
   * Returns the summary of decimal values.
   *
   * @param values at least one value, none null
   * @return the summary
   * @throws IllegalArgumentException when there is no value
   */
  public static Summary of(List<BigDecimal> values) {
    Checks.check(!Checks.notNull(values, "values").isEmpty(), "values", "at least one value", "none");
    BigDecimal[] v = new BigDecimal[values.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = Checks.notNull(values.get(i), "values[" + i + "]");
    }
    return ofDecimals(v);
  }

  /** Takes ownership of the array, sorting it: values are {@code units[i] / divisor}. */
  static Summary ofUnits(long[] units, long divisor) {
    Arrays.sort(units);
    return new Summary(units, divisor, null);
  }

  /** Takes ownership of the array, sorting it. */
  static Summary ofDecimals(BigDecimal[] values) {
    Arrays.sort(values);
    return new Summary(new long[0], 1, values);
  }

  /**
   * Returns the number of values.
   *
   * @return the count, at least 1
   */
  public int count() {
    return n;
  }

  /**
   * Returns the values in increasing order.
   *
   * @return an unmodifiable list of the values
   */
  public List<BigDecimal> values() {
    List<BigDecimal> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(value(i));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the sum of the values.
   *
   * @return the sum, exact unless the values are quotients (then divided once)
   */
  public BigDecimal sum() {
    return Fractions.normal(divided(exactSum()));
  }

  /**
   * Returns the mean, {@code sum / n}.
   *
   * @return the mean
   */
  public BigDecimal mean() {
    return Fractions.normal(
        exactSum()
            .divide(BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(divisor)), Hours.MATH_CONTEXT));
  }

  /**
   * Returns the median, the 50th percentile.
   *
   * @return the median
   */
  public BigDecimal median() {
    return percentile(BigDecimal.valueOf(50));
  }

  /**
   * Returns the 80th percentile.
   *
   * @return the 80th percentile
   */
  public BigDecimal p80() {
    return percentile(P80);
  }

  /**
   * Returns the 90th percentile.
   *
   * @return the 90th percentile
   */
  public BigDecimal p90() {
    return percentile(P90);
  }

  /**
   * Returns a percentile, as spreadsheets' {@code PERCENTILE.INC(values, p / 100)}: with
   * {@code h = (n - 1) x p / 100}, the value at rank {@code floor(h)} plus the fraction
   * {@code h - floor(h)} of the step to the next value.
   *
   * @param p the percentile, {@code 0 <= p <= 100}, not null
   * @return the percentile
   * @throws IllegalArgumentException when {@code p} is outside {@code [0, 100]}
   */
  public BigDecimal percentile(BigDecimal p) {
    Checks.notNull(p, "p");
    Checks.check(p.signum() >= 0 && p.compareTo(HUNDRED) <= 0, "p", "0 <= p <= 100", p);
    BigDecimal h = p.multiply(BigDecimal.valueOf(n - 1L)).divide(HUNDRED);
    int lo = h.setScale(0, RoundingMode.FLOOR).intValueExact();
    BigDecimal frac = h.subtract(BigDecimal.valueOf(lo));
    if (lo >= n - 1 || frac.signum() == 0) {
      return value(lo);
    }
    BigDecimal a = exact(lo);
    BigDecimal b = exact(lo + 1);
    return Fractions.normal(divided(a.add(frac.multiply(b.subtract(a)))));
  }

  /**
   * Returns a percentile given in whole percents.
   *
   * @param p the percentile, {@code 0 <= p <= 100}
   * @return the percentile
   * @throws IllegalArgumentException when {@code p} is outside {@code [0, 100]}
   * @see #percentile(BigDecimal)
   */
  public BigDecimal percentile(int p) {
    return percentile(BigDecimal.valueOf(p));
  }

  /**
   * Returns the sample standard deviation (divisor {@code n - 1}, as spreadsheets'
   * {@code STDEV.S}); there is none for a single value. The variance
   * {@code (n x sum(x^2) - sum(x)^2) / (n x (n - 1))} is rounded to {@link Hours#MATH_CONTEXT},
   * then its square root is.
   *
   * @return the standard deviation, or empty when {@code n = 1}
   */
  public Optional<BigDecimal> standardDeviation() {
    if (n < 2) {
      return Optional.empty();
    }
    BigDecimal s1 = BigDecimal.ZERO;
    BigDecimal s2 = BigDecimal.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal x = exact(i);
      s1 = s1.add(x);
      s2 = s2.add(x.multiply(x));
    }
    BigDecimal nn = BigDecimal.valueOf(n);
    BigDecimal numerator = nn.multiply(s2).subtract(s1.multiply(s1));
    BigDecimal d = BigDecimal.valueOf(divisor);
    BigDecimal denominator = nn.multiply(BigDecimal.valueOf(n - 1L)).multiply(d.multiply(d));
    BigDecimal variance = numerator.divide(denominator, Hours.MATH_CONTEXT);
    return Optional.of(Fractions.normal(variance.sqrt(Hours.MATH_CONTEXT)));
  }

  /**
   * Returns the smallest value.
   *
   * @return the minimum
   */
  public BigDecimal min() {
    return value(0);
  }

  /**
   * Returns the largest value.
   *
   * @return the maximum
   */
  public BigDecimal max() {
    return value(n - 1);
  }

  /** Returns the value of rank {@code i}, divided once when the values are quotients. */
  BigDecimal value(int i) {
    if (decimals != null) {
      return Fractions.normal(decimals[i]);
    }
    return Fractions.value(units[i], divisor);
  }

  /** Returns the numerator of rank {@code i}: the value itself unless values are quotients. */
  private BigDecimal exact(int i) {
    return decimals != null ? decimals[i] : BigDecimal.valueOf(units[i]);
  }

  private BigDecimal exactSum() {
    BigDecimal s = BigDecimal.ZERO;
    if (decimals != null) {
      for (BigDecimal d : decimals) {
        s = s.add(d);
      }
      return s;
    }
    long acc = 0;
    for (long u : units) {
      long next = acc + u;
      if (((acc ^ next) & (u ^ next)) < 0) {
        // The long sum would overflow: move it into the decimal and start again from u.
        s = s.add(BigDecimal.valueOf(acc));
        acc = u;
      } else {
        acc = next;
      }
    }
    return s.add(BigDecimal.valueOf(acc));
  }

  private BigDecimal divided(BigDecimal numerator) {
    return divisor == 1
        ? numerator
        : numerator.divide(BigDecimal.valueOf(divisor), Hours.MATH_CONTEXT);
  }

  /**
   * Returns whether another object is a summary of the same values, whatever their scale.
   *
   * @param obj the other object
   * @return true for a summary of equal values
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Summary)) {
      return false;
    }
    Summary s = (Summary) obj;
    if (n != s.n) {
      return false;
    }
    if (decimals == null && s.decimals == null && divisor == s.divisor) {
      return Arrays.equals(units, s.units);
    }
    for (int i = 0; i < n; i++) {
      if (value(i).compareTo(s.value(i)) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return 31 * n + Checks.hash(max());
  }

  /**
   * Returns the count and statistics rounded to two decimals for reading, such as
   * {@code Summary[n=4, mean 2.5, median 2.5, p80 3.4, p90 3.7, sd 1.29, min 1, max 4]}; the
   * accessors give the exact values.
   *
   * @return the summary as text
   */
  @Override
  public String toString() {
    return "Summary[n="
        + n
        + ", mean "
        + shown(mean())
        + ", median "
        + shown(median())
        + ", p80 "
        + shown(p80())
        + ", p90 "
        + shown(p90())
        + ", sd "
        + standardDeviation().map(Summary::shown).orElse("none")
        + ", min "
        + shown(min())
        + ", max "
        + shown(max())
        + "]";
  }

  static String shown(BigDecimal value) {
    return Checks.plain(value.setScale(2, RoundingMode.HALF_UP));
  }
}
