package io.github.cmpt.supply;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.Period;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.NonClientCategory;
import java.math.RoundingMode;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The Step 1 lines of one clinician or a group of them over one period: paid hours, each kind of
 * leave, worked hours, each category of non-client activity, and client-care hours.
 *
 * <p>The lines add up exactly, in every breakdown:
 * <pre>
 * paid    = leave (sum of lines) + worked
 * worked  = non-client (sum of lines) + client-care
 * so paid = leave + non-client + client-care
 * </pre>
 * Breakdowns per month or per week divide each line of the yearly one by the number of periods in
 * a year, exactly, and derive worked and client-care hours as the remainders.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class TimeBreakdown {


  private final Period period;
  private final Fte fte;
  private final Hours paid;
  private final Lines<LeaveType> leave;
  private final Hours totalLeave;
  private final Hours worked;
  private final Lines<NonClientCategory> nonClient;
  private final Hours totalNonClient;
  private final Hours clientCare;

  /** A breakdown whose derived lines are given, already worked out from the others. */
  private TimeBreakdown(
      Period period,
      Fte fte,
      Hours paid,
      Lines<LeaveType> leave,
      Hours totalLeave,
      Hours worked,
      Lines<NonClientCategory> nonClient,
      Hours totalNonClient,
      Hours clientCare) {
    this.period = period;
    this.fte = fte;
    this.paid = paid;
    this.leave = leave;
    this.totalLeave = totalLeave;
    this.worked = worked;
    this.nonClient = nonClient;
    this.totalNonClient = totalNonClient;
    this.clientCare = clientCare;
  }

  /**
   * A breakdown of paid hours and lines, given the sums of the lines and worked hours,
   * {@code paid - leaveSum}: client-care hours are the remainder, and the totals are
   * {@code paid - worked} and {@code worked - clientCare}.
   */
  private static TimeBreakdown of(
      Period period,
      Fte fte,
      Hours paid,
      Lines<LeaveType> leave,
      Hours worked,
      Lines<NonClientCategory> nonClient,
      Hours nonClientSum) {
    Hours clientCare = worked.minus(nonClientSum);
    return new TimeBreakdown(
        period,
        fte,
        paid,
        leave,
        paid.minus(worked),
        worked,
        nonClient,
        worked.minus(clientCare),
        clientCare);
  }

  /** Returns a breakdown of the given lines, in the order of the maps. */
  static TimeBreakdown of(
      Period period,
      Fte fte,
      Hours paid,
      Map<LeaveType, Hours> leave,
      Map<NonClientCategory, Hours> nonClient) {
    return of(
        period,
        fte,
        paid,
        leave.keySet().toArray(),
        leave.values().toArray(new Hours[0]),
        nonClient.keySet().toArray(),
        nonClient.values().toArray(new Hours[0]));
  }

  /**
   * Returns a breakdown of the given lines: keys and hours, index by index, in arrays that nothing
   * else modifies.
   */
  static TimeBreakdown of(
      Period period,
      Fte fte,
      Hours paid,
      Object[] leaveTypes,
      Hours[] leaveHours,
      Object[] categories,
      Hours[] nonClientHours) {
    Lines<LeaveType> leave = Lines.of(leaveTypes, leaveHours);
    Lines<NonClientCategory> nonClient = Lines.of(categories, nonClientHours);
    return of(period, fte, paid, leave, paid.minus(leave.total()), nonClient, nonClient.total());
  }

  /**
   * Returns a breakdown of the given lines, as {@link #of(Period, Fte, Hours, Object[], Hours[],
   * Object[], Hours[])} does, given the sums of the lines and the worked hours
   * {@code paid - leaveSum} already worked out.
   */
  static TimeBreakdown of(
      Period period,
      Fte fte,
      Hours paid,
      Object[] leaveTypes,
      Hours[] leaveHours,
      Hours worked,
      Object[] categories,
      Hours[] nonClientHours,
      Hours nonClientSum) {
    return of(
        period,
        fte,
        paid,
        Lines.of(leaveTypes, leaveHours),
        worked,
        Lines.of(categories, nonClientHours),
        nonClientSum);
  }

  /**
   * Returns the sum of breakdowns over one period, as {@link #plus(TimeBreakdown)} one after the
   * other would give it (the lines in the order first given), with one sum per line.
   */
  static TimeBreakdown sum(List<TimeBreakdown> parts) {
    TimeBreakdown first = parts.get(0);
    if (parts.size() == 1) {
      return first;
    }
    Hours paid = Hours.sum(field(parts, b -> b.paid));
    Lines<LeaveType> leave = sumLines(parts, b -> b.leave);
    Lines<NonClientCategory> nonClient = sumLines(parts, b -> b.nonClient);
    return of(
        first.period,
        Fte.sum(field(parts, b -> b.fte)),
        paid,
        leave,
        paid.minus(leave.total()),
        nonClient,
        nonClient.total());
  }

  private static <T> List<T> field(List<TimeBreakdown> parts, Function<TimeBreakdown, T> f) {
    List<T> out = new ArrayList<>(parts.size());
    for (TimeBreakdown b : parts) {
      out.add(f.apply(b));
    }
    return out;
  }

  /** The lines of breakdowns added up, key by key, the keys in the order first given. */
  private static <K> Lines<K> sumLines(
      List<TimeBreakdown> parts, Function<TimeBreakdown, Lines<K>> lines) {
    Object[] keys = lines.apply(parts.get(0)).keys();
    boolean same = true;
    for (TimeBreakdown b : parts) {
      Object[] k = lines.apply(b).keys();
      if (k != keys && !Arrays.equals(k, keys)) {
        same = false;
        break;
      }
    }
    if (!same) {
      keys = union(parts, lines);
    }
    if (keys.length == 0) {
      return Lines.empty();
    }
    Hours[] out = new Hours[keys.length];
    if (same) {
      Column<K> column = new Column<>(parts, lines);
      for (int i = 0; i < keys.length; i++) {
        column.line = i;
        out[i] = Hours.sum(column);
      }
      return Lines.of(keys, out);
    }
    for (int i = 0; i < keys.length; i++) {
      Hours[] terms = new Hours[parts.size()];
      int n = 0;
      for (TimeBreakdown b : parts) {
        Lines<K> l = lines.apply(b);
        int at = l.indexOf(keys[i]);
        if (at >= 0) {
          terms[n++] = l.hours(at);
        }
      }
      // a line of one part is that part's, as a sum of one would not keep a negative scale
      out[i] =
          n == 1
              ? terms[0]
              : Hours.sum(Arrays.asList(n == terms.length ? terms : Arrays.copyOf(terms, n)));
    }
    return Lines.of(keys, out);
  }

  /**
   * The hours of one line in each of breakdowns with the same keys, as a list for {@link
   * Hours#sum(Iterable)}: one view for every line in turn.
   */
  private static final class Column<K> extends AbstractList<Hours> implements RandomAccess {
    private final List<TimeBreakdown> parts;
    private final Function<TimeBreakdown, Lines<K>> lines;
    int line;

    Column(List<TimeBreakdown> parts, Function<TimeBreakdown, Lines<K>> lines) {
      this.parts = parts;
      this.lines = lines;
    }

    @Override
    public Hours get(int index) {
      return lines.apply(parts.get(index)).hours(line);
    }

    @Override
    public int size() {
      return parts.size();
    }
  }

  /** The keys of the parts' lines, each once, in the order first given. */
  private static <K> Object[] union(
      List<TimeBreakdown> parts, Function<TimeBreakdown, Lines<K>> lines) {
    Object[] all = new Object[8];
    int n = 0;
    for (TimeBreakdown b : parts) {
      for (Object k : lines.apply(b).keys()) {
        boolean seen = false;
        for (int i = 0; i < n && !seen; i++) {
          seen = all[i].equals(k);
        }
        if (!seen) {
          if (n == all.length) {
            all = Arrays.copyOf(all, 2 * n);
          }
          all[n++] = k;
        }
      }
    }
    return Arrays.copyOf(all, n);
  }

  /**
   * Returns the period the lines are counted over.
   *
   * @return the period
   */
  public Period period() {
    return period;
  }

  /**
   * Returns the FTE the lines belong to: a clinician's, the sum of a group's, or 1 for a breakdown
   * per FTE.
   *
   * @return the FTE
   */
  public Fte fte() {
    return fte;
  }

  /**
   * Returns paid hours.
   *
   * @return paid hours in the period
   */
  public Hours paidHours() {
    return paid;
  }

  /**
   * Returns the hours of each kind of leave, in the order the kinds were first given.
   *
   * @return an unmodifiable map
   */
  public Map<LeaveType, Hours> leave() {
    return leave;
  }

  /**
   * Returns the hours of one kind of leave.
   *
   * @param type the kind of leave, not null
   * @return its hours, zero when there is none
   */
  public Hours leave(LeaveType type) {
    return leave.getOrDefault(Checks.notNull(type, "type"), Hours.ZERO);
  }

  /**
   * Returns total leave: the sum of the leave lines.
   *
   * @return total leave hours
   */
  public Hours totalLeave() {
    return totalLeave;
  }

  /**
   * Returns worked hours: {@code paid - total leave}.
   *
   * @return worked hours
   */
  public Hours workedHours() {
    return worked;
  }

  /**
   * Returns the hours of each category of non-client activity, in the order first given.
   *
   * @return an unmodifiable map
   */
  public Map<NonClientCategory, Hours> nonClient() {
    return nonClient;
  }

  /**
   * Returns the hours of one category of non-client activity.
   *
   * @param category the category, not null
   * @return its hours, zero when there is none
   */
  public Hours nonClient(NonClientCategory category) {
    return nonClient.getOrDefault(Checks.notNull(category, "category"), Hours.ZERO);
  }

  /**
   * Returns total non-client hours: the sum of the non-client lines.
   *
   * @return total non-client hours
   */
  public Hours totalNonClient() {
    return totalNonClient;
  }

  /**
   * Returns client-care hours: {@code worked - total non-client}, the time available for direct and
   * indirect client activity.
   *
   * @return client-care hours, at least 0
   */
  public Hours clientCareHours() {
    return clientCare;
  }

  /**
   * Returns the client-care share of paid time: {@code clientCare / paid}.
   *
   * @return the share, exact to {@link Hours#MATH_CONTEXT}
   */
  public Percentage clientCareShare() {
    return Percentage.ofFraction(clientCare.ratioTo(paid));
  }

  /**
   * Returns the lines of this breakdown and another added together, such as two clinicians' or two
   * roles'. Addition is exact, so the order of additions does not matter.
   *
   * @param other a breakdown over the same period, not null
   * @return the sum
   * @throws IllegalArgumentException when the periods differ
   */
  public TimeBreakdown plus(TimeBreakdown other) {
    Checks.notNull(other, "other");
    Checks.check(other.period == period, "period", "the same period, " + period.label(), other.period.label());
    return sum(List.of(this, other));
  }

  /**
   * Returns the lines of this breakdown for 1.0 FTE: each line divided by the FTE.
   *
   * @return the breakdown per FTE, with FTE 1
   */
  public TimeBreakdown perFte() {
    return scaled(period, fte.toFraction(), Fte.ONE);
  }

  /** Divides every given line by a divisor; worked and client-care hours remain remainders. */
  TimeBreakdown scaled(Period newPeriod, Fraction divisor, Fte newFte) {
    // each derived line is a sum or difference of the given ones, so it divides alike, exactly and
    // to the same scale
    return new TimeBreakdown(
        newPeriod,
        newFte,
        paid.dividedBy(divisor),
        leave.dividedBy(divisor),
        totalLeave.dividedBy(divisor),
        worked.dividedBy(divisor),
        nonClient.dividedBy(divisor),
        totalNonClient.dividedBy(divisor),
        clientCare.dividedBy(divisor));
  }

  /**
   * Returns whether another object has the same period, FTE and lines.
   *
   * @param obj the other object
   * @return true for equal breakdowns
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof TimeBreakdown)) {
      return false;
    }
    TimeBreakdown t = (TimeBreakdown) obj;
    return period == t.period
        && fte.equals(t.fte)
        && paid.equals(t.paid)
        && leave.equals(t.leave)
        && nonClient.equals(t.nonClient);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(period, fte, paid, leave, nonClient);
  }

  /**
   * Returns the totals as text, such as
   * {@code TimeBreakdown[year, 1 FTE: paid 1950h, leave 225h, non-client 172.5h, client-care 1552.5h (79.6%)]};
   * amounts shown to two decimals.
   *
   * @return the breakdown as text
   */
  @Override
  public String toString() {
    return "TimeBreakdown["
        + period.label()
        + ", "
        + fte
        + ": paid "
        + short2(paid)
        + ", leave "
        + short2(totalLeave())
        + ", non-client "
        + short2(totalNonClient())
        + ", client-care "
        + short2(clientCare)
        + " ("
        + clientCareShare().rounded(1, RoundingMode.HALF_UP)
        + ")]";
  }

  private static Hours short2(Hours h) {
    return h.rounded(2, RoundingMode.HALF_UP);
  }
}
