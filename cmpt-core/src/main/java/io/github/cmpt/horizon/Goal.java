package io.github.cmpt.horizon;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.vocabulary.ComplexityLevel;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a service aims at over a horizon, for {@link StaffingNeed}: a list cleared by a date, or a
 * mean wait kept under a target from a date on.
 *
 * <ul>
 *   <li>{@link #clearBy(LocalDate)}: no client of any level waits at the end of the period that
 *       holds the date;</li>
 *   <li>{@link #meanWaitAtMost(Fraction, LocalDate)}: from the period that holds the date to the
 *       end of the horizon, each level's mean wait by Little's law
 *       ({@link Projection.LevelPeriod#meanWaitWeeks()}) is at most the target.</li>
 * </ul>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Goal {

  private final LocalDate date;
  private final @Nullable Fraction maxWait;

  private Goal(LocalDate date, @Nullable Fraction maxWait) {
    this.date = date;
    this.maxWait = maxWait;
  }

  /**
   * Returns the goal of an empty list at the end of the period that holds a date.
   *
   * @param date the target date, not null
   * @return the goal
   */
  public static Goal clearBy(LocalDate date) {
    return new Goal(Checks.notNull(date, "date"), null);
  }

  /**
   * Returns the goal of a mean wait of at most a number of weeks, at every level, in every period
   * from the one that holds a date.
   *
   * @param weeks the longest mean wait, in weeks, {@code x >= 0}, not null
   * @param from the first date the target applies, not null
   * @return the goal
   * @throws IllegalArgumentException when {@code weeks} is negative
   */
  public static Goal meanWaitAtMost(Fraction weeks, LocalDate from) {
    Checks.notNull(weeks, "weeks");
    Checks.notNull(from, "from");
    Checks.check(weeks.signum() >= 0, "weeks", "x >= 0", weeks);
    return new Goal(from, weeks);
  }

  /**
   * Returns the date the goal applies from (a mean wait) or by (a cleared list).
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the longest mean wait of a mean-wait goal.
   *
   * @return weeks, or empty for a goal of clearing the list
   */
  public Optional<Fraction> maxMeanWaitWeeks() {
    return Optional.ofNullable(maxWait);
  }

  /**
   * Returns whether a projection meets the goal.
   *
   * @param projection the projection, not null
   * @return true when it does
   * @throws IllegalArgumentException when the goal's date is outside the projection's horizon
   */
  public boolean isMetBy(Projection projection) {
    Checks.notNull(projection, "projection");
    int j = projection.horizon().indexOf(date);
    if (maxWait == null) {
      return projection.waitingAtEnd(j).signum() == 0;
    }
    for (int m = j; m < projection.horizon().size(); m++) {
      for (ComplexityLevel level : projection.levels()) {
        Optional<Fraction> wait = projection.level(level, m).meanWaitWeeks();
        if (wait.isEmpty() || wait.get().compareTo(maxWait) > 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Returns whether another object is the same goal.
   *
   * @param obj the other object
   * @return true for the same date and target
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Goal
        && date.equals(((Goal) obj).date)
        && Objects.equals(maxWait, ((Goal) obj).maxWait);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(date, maxWait);
  }

  /**
   * Returns the goal as text, such as {@code clear the list by 2026-06-30} or
   * {@code mean wait at most 4 weeks from 2026-04-01}.
   *
   * @return the goal as text
   */
  @Override
  public String toString() {
    return maxWait == null
        ? "clear the list by " + date
        : "mean wait at most " + Projection.show(maxWait) + " weeks from " + date;
  }
}
