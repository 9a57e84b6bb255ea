package io.github.cmpt.time;

import com.google.common.collect.ImmutableSortedSet;
import io.github.cmpt.internal.Checks;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A rotation of worked days: a cycle of {@code cycleDays} days repeating from a start date, of
 * which the days at the given indices are worked, such as four days on and four days off, or a
 * seven-day hospital rota that works one weekend in two.
 *
 * <p>Day {@code 0} of the cycle is the start date, day {@code 1} the day after, and so on; the
 * cycle repeats forwards and backwards, so that a date {@code d} is day
 * {@code floorMod(daysBetween(start, d), cycleDays)} of its cycle. A rotation replaces the days of
 * the week of a {@link WorkPattern}: with one, a Saturday can be a working day and a Tuesday not.
 *
 * <pre>{@code
 * Rotation fourOnFourOff = Rotation.ofOnOff(LocalDate.of(2026, 1, 5), 4, 4);
 * fourOnFourOff.isWorked(LocalDate.of(2026, 1, 9));   // false: day 4 of the 8-day cycle
 * }</pre>
 *
 * <p>Rules: {@code 1 <= cycleDays <= 366}; at least one worked day; every index
 * {@code 0 <= i < cycleDays}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Rotation {

  private static final int CYCLE_MAX = 366;

  private final LocalDate start;
  private final int cycleDays;
  private final ImmutableSortedSet<Integer> workedDays;
  private final boolean[] worked;

  private Rotation(LocalDate start, int cycleDays, ImmutableSortedSet<Integer> workedDays) {
    this.start = start;
    this.cycleDays = cycleDays;
    this.workedDays = workedDays;
    this.worked = new boolean[cycleDays];
    for (int i : workedDays) {
      worked[i] = true;
    }
  }

  /**
   * Returns a rotation of a cycle of days from a start date, of which the given days are worked.
   *
   * @param start the first day of a cycle (day 0), not null
   * @param cycleDays the length of the cycle in days, {@code 1 <= x <= 366}
   * @param workedDays the indices of the worked days in the cycle, {@code 0 <= i < cycleDays}, at
   *     least one, none null, not null
   * @return the rotation
   * @throws IllegalArgumentException when a value breaks its rule
   * @throws NullPointerException when an argument or an index is null
   */
  public static Rotation of(LocalDate start, int cycleDays, Collection<Integer> workedDays) {
    Checks.notNull(start, "start");
    Checks.notNull(workedDays, "workedDays");
    Checks.check(
        cycleDays >= 1 && cycleDays <= CYCLE_MAX, "cycleDays", "1 <= x <= 366", cycleDays);
    for (Integer i : workedDays) {
      Checks.notNull(i, "workedDays");
      Checks.check(i >= 0 && i < cycleDays, "workedDays", "0 <= i < " + cycleDays, i);
    }
    Checks.check(!workedDays.isEmpty(), "workedDays", "at least one day of the cycle", "none");
    return new Rotation(start, cycleDays, ImmutableSortedSet.copyOf(workedDays));
  }

  /**
   * Returns a rotation of a number of days on followed by a number of days off, such as four on
   * and four off: the cycle has {@code daysOn + daysOff} days, of which the first {@code daysOn}
   * are worked.
   *
   * @param start the first day on, not null
   * @param daysOn days worked in a row, {@code x >= 1}
   * @param daysOff days off in a row, {@code x >= 0}, with {@code daysOn + daysOff <= 366}
   * @return the rotation
   * @throws IllegalArgumentException when a value breaks its rule
   * @throws NullPointerException when {@code start} is null
   */
  public static Rotation ofOnOff(LocalDate start, int daysOn, int daysOff) {
    Checks.notNull(start, "start");
    Checks.check(daysOn >= 1, "daysOn", "x >= 1", daysOn);
    Checks.check(daysOff >= 0, "daysOff", "x >= 0", daysOff);
    Checks.check(
        (long) daysOn + daysOff <= CYCLE_MAX,
        "daysOn + daysOff",
        "x <= 366",
        (long) daysOn + daysOff);
    ImmutableSortedSet.Builder<Integer> on = ImmutableSortedSet.naturalOrder();
    for (int i = 0; i < daysOn; i++) {
      on.add(i);
    }
    return new Rotation(start, daysOn + daysOff, on.build());
  }

  /**
   * Returns the first day of a cycle (day 0).
   *
   * @return the start date
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the length of the cycle.
   *
   * @return days per cycle, from 1 to 366
   */
  public int cycleDays() {
    return cycleDays;
  }

  /**
   * Returns the indices of the worked days in the cycle, day 0 being the start date.
   *
   * @return the indices, ascending, at least one
   */
  public ImmutableSortedSet<Integer> workedDays() {
    return workedDays;
  }

  /**
   * Returns the mean number of worked days per week: {@code workedDays x 7 / cycleDays}, such as
   * {@code 7/2} for four days on and four off.
   *
   * @return worked days per week, {@code 0 < x <= 7}
   */
  public Fraction daysPerWeek() {
    return Fraction.of(7L * workedDays.size(), cycleDays);
  }

  /**
   * Returns whether a date is a worked day of the rotation.
   *
   * @param date the date, not null
   * @return true when the date's day of its cycle is worked
   * @throws NullPointerException when {@code date} is null
   */
  public boolean isWorked(LocalDate date) {
    Checks.notNull(date, "date");
    long day = Math.floorMod(ChronoUnit.DAYS.between(start, date), (long) cycleDays);
    return worked[(int) day];
  }

  /**
   * Returns whether another object is the same rotation: the same start, cycle and worked days.
   *
   * @param obj the other object
   * @return true for an equal rotation
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Rotation)) {
      return false;
    }
    Rotation r = (Rotation) obj;
    return start.equals(r.start) && cycleDays == r.cycleDays && workedDays.equals(r.workedDays);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return (start.hashCode() * 31 + cycleDays) * 31 + workedDays.hashCode();
  }

  /**
   * Returns the rotation as text, such as {@code 8-day rotation from 2026-01-05, days 0,1,2,3
   * worked}.
   *
   * @return the rotation as text
   */
  @Override
  public String toString() {
    return cycleDays
        + "-day rotation from "
        + start
        + ", days "
        + workedDays.stream().map(String::valueOf).collect(Collectors.joining(","))
        + " worked";
  }
}
