package io.github.cmpt.horizon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Percentage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The referrals (new clients) of one complexity level over a horizon: a constant rate, a seasonal
 * profile of shares by calendar month, or an explicit series with one count per period.
 *
 * <p>Counts are exact fractions of clients (see {@link Projection} for why). For a period of
 * {@code d} days:
 * <pre>
 * constant:  arrivals = perWeek x d / 7
 * seasonal:  arrivals = sum over the period's days of perYear x share(month of the day) / days in that month
 * series:    arrivals = the series' value for the period
 * </pre>
 * A seasonal profile therefore gives a calendar month exactly {@code perYear x share}, and a week
 * the days it has of each month.
 *
 * <pre>{@code
 * Arrivals steady = Arrivals.ofWeekly(Fraction.of(5));
 * Arrivals series = Arrivals.ofSeries(List.of(Fraction.of(4), Fraction.of(6)));
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Arrivals {

  private enum Kind {
    WEEKLY,
    SEASONAL,
    SERIES
  }

  private static final Fraction MAX = Fraction.of(1_000_000_000L);

  private final Kind kind;
  private final Fraction rate;
  private final ImmutableList<Fraction> values;

  private Arrivals(Kind kind, Fraction rate, ImmutableList<Fraction> values) {
    this.kind = kind;
    this.rate = rate;
    this.values = values;
  }

  /**
   * Returns arrivals at a constant rate per week.
   *
   * @param perWeek clients per week, {@code 0 <= x < 10^9}, not null
   * @return the arrivals
   * @throws IllegalArgumentException when the rate is out of range
   */
  public static Arrivals ofWeekly(Fraction perWeek) {
    return new Arrivals(Kind.WEEKLY, count("perWeek", perWeek), ImmutableList.of());
  }

  /**
   * Returns arrivals of a yearly total shared over the calendar months, such as a summer trough and
   * an autumn peak: {@code perYear x share} in each month, spread evenly over its days.
   *
   * @param perYear clients per year, {@code 0 <= x < 10^9}, not null
   * @param monthlyShares twelve shares, January first, each at least 0, adding up to exactly 100%
   * @return the arrivals
   * @throws IllegalArgumentException when there are not twelve shares, a share is negative or they
   *     do not add up to 100%
   */
  public static Arrivals ofSeasonal(Fraction perYear, List<Percentage> monthlyShares) {
    Checks.notNull(perYear, "perYear");
    List<Percentage> shares = Checks.noneNull(monthlyShares, "monthlyShares");
    Checks.check(shares.size() == 12, "monthlyShares", "12 shares, January first",
        shares.size());
    ImmutableList.Builder<Fraction> b = ImmutableList.builder();
    Fraction total = Fraction.ZERO;
    for (Percentage p : shares) {
      Fraction f = p.toFraction();
      Checks.check(f.signum() >= 0, "monthlyShares", "each share >= 0", p);
      total = total.plus(f);
      b.add(f);
    }
    Checks.check(total.equals(Fraction.ONE), "monthlyShares", "shares adding up to 100%",
        Percentage.ofFraction(total));
    return new Arrivals(Kind.SEASONAL, count("perYear", perYear), b.build());
  }

  /**
   * Returns arrivals given period by period; the horizon they are used with must have exactly as
   * many periods.
   *
   * @param perPeriod clients in each period, each {@code 0 <= x < 10^9}, at least one
   * @return the arrivals
   * @throws IllegalArgumentException when the series is empty or a value is out of range
   */
  public static Arrivals ofSeries(List<Fraction> perPeriod) {
    Checks.notNull(perPeriod, "perPeriod");
    Checks.check(!perPeriod.isEmpty(), "perPeriod", "at least one period", perPeriod.size());
    ImmutableList.Builder<Fraction> b = ImmutableList.builder();
    for (Fraction f : perPeriod) {
      b.add(count("perPeriod[]", f));
    }
    return new Arrivals(Kind.SERIES, Fraction.ZERO, b.build());
  }

  private static Fraction count(String field, Fraction value) {
    Checks.notNull(value, field);
    Checks.check(value.signum() >= 0 && value.compareTo(MAX) < 0, field, "0 <= x < 10^9", value);
    return value;
  }

  /**
   * Returns the arrivals in each period of a horizon.
   *
   * @param horizon the horizon, not null
   * @return an immutable list with one count per period
   * @throws IllegalArgumentException when a series has not as many values as the horizon periods
   */
  public ImmutableList<Fraction> in(Horizon horizon) {
    Checks.notNull(horizon, "horizon");
    ImmutableList.Builder<Fraction> b = ImmutableList.builder();
    switch (kind) {
      case WEEKLY:
        for (int i = 0; i < horizon.size(); i++) {
          b.add(rate.multipliedBy(horizon.days(i)).dividedBy(7));
        }
        break;
      case SEASONAL:
        for (Range<LocalDate> p : horizon.periods()) {
          Fraction sum = Fraction.ZERO;
          for (LocalDate d = p.lowerEndpoint(); d.isBefore(p.upperEndpoint()); d = d.plusDays(1)) {
            YearMonth m = YearMonth.from(d);
            sum = sum.plus(values.get(m.getMonthValue() - 1).dividedBy(m.lengthOfMonth()));
          }
          b.add(rate.multipliedBy(sum));
        }
        break;
      default:
        Checks.check(
            values.size() == horizon.size(),
            "arrivals series",
            "one value per period of " + horizon,
            values.size() + " values");
        b.addAll(values);
    }
    return b.build();
  }

  /**
   * Returns whether another object is the same arrivals.
   *
   * @param obj the other object
   * @return true for the same kind and values
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Arrivals
        && kind == ((Arrivals) obj).kind
        && rate.equals(((Arrivals) obj).rate)
        && values.equals(((Arrivals) obj).values);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(kind, rate, values);
  }

  /**
   * Returns the arrivals as text, such as {@code Arrivals[5/week]},
   * {@code Arrivals[240/year, seasonal]} or {@code Arrivals[series of 12]}.
   *
   * @return the arrivals as text
   */
  @Override
  public String toString() {
    switch (kind) {
      case WEEKLY:
        return "Arrivals[" + rate + "/week]";
      case SEASONAL:
        return "Arrivals[" + rate + "/year, seasonal]";
      default:
        return "Arrivals[series of " + values.size() + "]";
    }
  }
}
