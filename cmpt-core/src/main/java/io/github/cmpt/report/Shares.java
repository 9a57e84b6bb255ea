package io.github.cmpt.report;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Exact parts of a whole and their shares in percent, such as 15 h of direct, 12 h of indirect and
 * 8 h of compliance work in a 35-hour week, with a rounding of the shares that keeps their total at
 * exactly 100%.
 *
 * <p>Rounding each share on its own does not keep the total: 15/35, 12/35 and 8/35 round to 42.9%,
 * 34.3% and 22.9%, which sum to 100.1%. {@link #rounded(int)} uses the largest-remainder (Hamilton)
 * method instead: each share is first rounded down to the number of decimals asked for, then the
 * units still missing from 100% go one each to the shares with the largest remainders; among equal
 * remainders, the larger part, and among equal parts the one that comes first in the list, gets the
 * unit (as in {@link Table}'s totals). The same parts therefore always give the same shares. Here
 * the remainders are 0.571, 0.857 and 0.571 tenths of a percent: the second share and, of the two
 * equal remainders, the first share (15 h, the larger part) get a unit, and the result is 42.9%,
 * 34.3% and 22.8%: the third share is the one lowered.
 *
 * <p>Rules: at least one part; no part negative; the total above zero.
 *
 * <pre>{@code
 * Shares week = Shares.ofHours(List.of(Hours.of(15), Hours.of(12), Hours.of(8)));
 * week.rounded(1);   // [42.9%, 34.3%, 22.8%], which sum to 100.0%
 * week.exact();      // [~42.9%, ~34.3%, ~22.9%]
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Shares {

  /** The most decimals {@link #rounded(int)} accepts. */
  public static final int MAX_DECIMALS = 32;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<BigDecimal> parts;
  private final BigDecimal total;

  private Shares(List<BigDecimal> parts, BigDecimal total) {
    this.parts = parts;
    this.total = total;
  }

  /**
   * Returns the shares of exact parts.
   *
   * @param parts the parts, at least one, none negative, with a total above zero; none null
   * @return the shares
   * @throws IllegalArgumentException when there is no part, a part is negative or the total is zero
   * @throws NullPointerException when the list or a part is null, naming the part
   */
  public static Shares of(List<BigDecimal> parts) {
    Checks.notNull(parts, "parts");
    Checks.check(!parts.isEmpty(), "parts", "at least one part", "none");
    List<BigDecimal> copy = new ArrayList<>(parts.size());
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < parts.size(); i++) {
      BigDecimal p = Checks.notNull(parts.get(i), "parts[" + i + "]");
      Checks.check(p.signum() >= 0, "parts[" + i + "]", "x >= 0", p);
      copy.add(p);
      total = total.add(p);
    }
    Checks.check(total.signum() > 0, "total", "x > 0", total);
    return new Shares(Collections.unmodifiableList(copy), total);
  }

  /**
   * Returns the shares of amounts of hours.
   *
   * @param parts the amounts, at least one, none negative, with a total above zero; none null
   * @return the shares
   * @throws IllegalArgumentException when there is no part, a part is negative or the total is zero
   * @throws NullPointerException when the list or a part is null, naming the part
   */
  public static Shares ofHours(List<Hours> parts) {
    Checks.notNull(parts, "parts");
    List<BigDecimal> amounts = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      amounts.add(Checks.notNull(parts.get(i), "parts[" + i + "]").toBigDecimal());
    }
    return of(amounts);
  }

  /**
   * Returns the parts, in the order given.
   *
   * @return an unmodifiable list of parts
   */
  public List<BigDecimal> parts() {
    return parts;
  }

  /**
   * Returns the sum of the parts, exactly.
   *
   * @return the total, positive
   */
  public BigDecimal total() {
    return total;
  }

  /**
   * Returns the exact shares: {@code 100 x part / total} percent, rounded to
   * {@link Hours#MATH_CONTEXT}.
   *
   * @return one share for each part, in order
   */
  public List<Percentage> exact() {
    List<Percentage> out = new ArrayList<>(parts.size());
    for (BigDecimal p : parts) {
      out.add(derivedPercent(p.multiply(HUNDRED).divide(total, Hours.MATH_CONTEXT)));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the shares rounded to a number of decimals of percent so that they sum to exactly 100%,
   * by the largest-remainder (Hamilton) method, computed exactly:
   * <ol>
   *   <li>with a unit {@code u = 10^-decimals} percent, each share's exact value in units is
   *       {@code q = part x 100 / (total x u)}; its floor is kept and its remainder
   *       {@code q - floor(q)} noted;</li>
   *   <li>the {@code R = 100 / u - sum of floors} units still missing go one each to the shares
   *       with the largest remainders; among equal remainders to the larger part, and among equal
   *       parts to the one that comes first in the list.</li>
   * </ol>
   * As {@code R} is the sum of the remainders, each below one, only shares with a remainder above
   * zero get a unit: every rounded share is its exact share rounded down or up, less than one unit
   * away, and a share that is exact at this number of decimals stays as it is.
   *
   * @param decimals the decimals of percent to keep, {@code 0 <= x <= 32}
   * @return one share for each part, in order, each with exactly {@code decimals} decimals, summing
   *     to exactly 100%
   * @throws IllegalArgumentException when {@code decimals} breaks its rule
   */
  public List<Percentage> rounded(int decimals) {
    Checks.check(
        decimals >= 0 && decimals <= MAX_DECIMALS,
        "decimals",
        "0 <= x <= " + MAX_DECIMALS,
        decimals);
    BigDecimal scale = HUNDRED.scaleByPowerOfTen(decimals);
    int n = parts.size();
    BigDecimal[] floors = new BigDecimal[n];
    BigDecimal[] remainders = new BigDecimal[n];
    BigDecimal missing = scale;
    for (int i = 0; i < n; i++) {
      BigDecimal[] qr = parts.get(i).multiply(scale).divideAndRemainder(total);
      floors[i] = qr[0];
      remainders[i] = qr[1];
      missing = missing.subtract(qr[0]);
    }
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer, BigDecimal>comparing(i -> remainders[i])
            .reversed()
            .thenComparing(Comparator.<Integer, BigDecimal>comparing(parts::get).reversed())
            .thenComparing(Comparator.naturalOrder()));
    int units = missing.intValueExact();
    for (int k = 0; k < units; k++) {
      int i = order.get(k);
      floors[i] = floors[i].add(BigDecimal.ONE);
    }
    List<Percentage> out = new ArrayList<>(n);
    for (BigDecimal f : floors) {
      out.add(derivedPercent(f.scaleByPowerOfTen(-decimals).setScale(decimals)));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns whether another object holds numerically equal parts in the same order, whatever their
   * scale.
   *
   * @param obj the other object
   * @return true for equal parts
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Shares)) {
      return false;
    }
    List<BigDecimal> other = ((Shares) obj).parts;
    if (other.size() != parts.size()) {
      return false;
    }
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).compareTo(other.get(i)) != 0) {
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
    int h = 1;
    for (BigDecimal p : parts) {
      h = 31 * h + Checks.hash(p);
    }
    return h;
  }

  /**
   * Returns the parts, such as {@code Shares[15, 12, 8]}.
   *
   * @return the parts as text
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Shares[");
    for (int i = 0; i < parts.size(); i++) {
      sb.append(i == 0 ? "" : ", ").append(Checks.plain(parts.get(i)));
    }
    return sb.append(']').toString();
  }

  /**
   * Returns the percentage of a number of percent this class worked out, keeping its scale; a
   * derived value is not a caller's input, so the input bounds do not apply.
   */
  private static Percentage derivedPercent(BigDecimal percent) {
    return Percentage.ofFraction(Fraction.of(percent).dividedBy(100))
        .rounded(percent.scale(), RoundingMode.UNNECESSARY);
  }
}
