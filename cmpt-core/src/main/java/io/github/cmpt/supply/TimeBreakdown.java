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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
 * a year (rounding to {@link Hours#MATH_CONTEXT}) and derive worked and client-care hours as the
 * remainders, so the identity stays exact; they differ from an unrounded division by at most a unit
 * in the 34th significant digit.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class TimeBreakdown {


  private final Period period;
  private final Fte fte;
  private final Hours paid;
  private final Map<LeaveType, Hours> leave;
  private final Hours worked;
  private final Map<NonClientCategory, Hours> nonClient;
  private final Hours clientCare;

  /** Takes the maps as they are: every caller gives maps of its own that nothing else holds. */
  private TimeBreakdown(
      Period period,
      Fte fte,
      Hours paid,
      Map<LeaveType, Hours> leave,
      Map<NonClientCategory, Hours> nonClient) {
    this.period = period;
    this.fte = fte;
    this.paid = paid;
    this.leave = Collections.unmodifiableMap(leave);
    this.worked = paid.minus(Hours.sum(leave.values()));
    this.nonClient = Collections.unmodifiableMap(nonClient);
    this.clientCare = worked.minus(Hours.sum(nonClient.values()));
  }

  static TimeBreakdown of(
      Period period,
      Fte fte,
      Hours paid,
      Map<LeaveType, Hours> leave,
      Map<NonClientCategory, Hours> nonClient) {
    return new TimeBreakdown(period, fte, paid, leave, nonClient);
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
    return leave.getOrDefault(type, Hours.ZERO);
  }

  /**
   * Returns total leave: the sum of the leave lines.
   *
   * @return total leave hours
   */
  public Hours totalLeave() {
    return paid.minus(worked);
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
    return nonClient.getOrDefault(category, Hours.ZERO);
  }

  /**
   * Returns total non-client hours: the sum of the non-client lines.
   *
   * @return total non-client hours
   */
  public Hours totalNonClient() {
    return worked.minus(clientCare);
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
    Checks.check(other.period == period, "period", "the same period, " + period.label(), other.period.label());
    Map<LeaveType, Hours> l = new LinkedHashMap<>(leave);
    other.leave.forEach((k, v) -> l.merge(k, v, Hours::plus));
    Map<NonClientCategory, Hours> n = new LinkedHashMap<>(nonClient);
    other.nonClient.forEach((k, v) -> n.merge(k, v, Hours::plus));
    return new TimeBreakdown(period, fte.plus(other.fte), paid.plus(other.paid), l, n);
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
    Map<LeaveType, Hours> l = new LinkedHashMap<>();
    leave.forEach((k, v) -> l.put(k, v.dividedBy(divisor)));
    Map<NonClientCategory, Hours> n = new LinkedHashMap<>();
    nonClient.forEach((k, v) -> n.put(k, v.dividedBy(divisor)));
    return new TimeBreakdown(newPeriod, newFte, paid.dividedBy(divisor), l, n);
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
