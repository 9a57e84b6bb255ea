package io.github.cmpt.wisn;

import com.google.common.collect.ImmutableMap;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.report.Explanation;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.Period;
import io.github.cmpt.time.PeriodicHours;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A support activity of WISN that every member of the staff category does (a category allowance),
 * such as {@code Shift handover 1h/day} or {@code Meetings 5%}.
 *
 * <p>A category allowance is given as a share of working time, or as an amount of time per day (a
 * shift), week, month or year. WISN needs it as a share of working time; {@link
 * #shareOf(WorkingTime)} converts it:
 * <ul>
 *   <li>a share: as given;</li>
 *   <li>per day (per shift): {@code amount / hoursPerDay};</li>
 *   <li>per week: {@code amount / (hoursPerDay x workingDaysPerWeek)};</li>
 *   <li>per month: {@code amount x 12 / AWT};</li>
 *   <li>per year: {@code amount / AWT}.</li>
 * </ul>
 * An amount per day or per week happens on every day or week worked, so its share does not depend
 * on leave; an amount per month or per year is a fixed annual total.
 *
 * <p>Rules: the name is not blank; a share is {@code 0% <= x < 100%}; an amount is {@code x >= 0},
 * at most 24 hours per day and 168 per week. That the allowances together stay below 100% of working
 * time is checked by {@link WisnInput}.
 *
 * <pre>{@code
 * CategoryAllowance handover = CategoryAllowance.of("Shift handover",
 *     PeriodicHours.ofDaily(Hours.of(1)));
 * CategoryAllowance meetings = CategoryAllowance.ofShare("Meetings", Percentage.ofPercent(5));
 * handover.shareOf(time);   // 12.5% of an 8-hour day
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CategoryAllowance {

  private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

  private final String name;
  private final @Nullable Percentage share;
  private final @Nullable PeriodicHours amount;

  private CategoryAllowance(String name, @Nullable Percentage share, @Nullable PeriodicHours amount) {
    this.name = name;
    this.share = share;
    this.amount = amount;
  }

  /**
   * Returns a category allowance given as a share of working time.
   *
   * @param name the name of the activity, not blank
   * @param share the share of working time, {@code 0% <= x < 100%}, not null
   * @return the allowance
   * @throws IllegalArgumentException when the name is blank or the share breaks its rule
   */
  public static CategoryAllowance ofShare(String name, Percentage share) {
    checkName(name);
    Checks.notNull(share, "share");
    Checks.check(
        !share.isNegative() && share.compareTo(Percentage.ONE_HUNDRED) < 0,
        "share (" + name + ")",
        "0% <= x < 100%",
        share);
    return new CategoryAllowance(name, share, null);
  }

  /**
   * Returns a category allowance given as an amount of time per day (a shift), week, month or year.
   *
   * @param name the name of the activity, not blank
   * @param amount the amount, {@code x >= 0}, at most 24h per day and 168h per week, not null
   * @return the allowance
   * @throws IllegalArgumentException when the name is blank or the amount breaks its rule
   */
  public static CategoryAllowance of(String name, PeriodicHours amount) {
    checkName(name);
    Checks.notNull(amount, "amount").checkedAsAllowance("amount (" + name + ")");
    return new CategoryAllowance(name, null, amount);
  }

  private static void checkName(String name) {
    Checks.notNull(name, "name");
    Checks.check(!name.isBlank(), "name", "non-blank", "\"" + name + "\"");
  }

  /**
   * Returns the name of the activity.
   *
   * @return the name, not blank
   */
  public String name() {
    return name;
  }

  /**
   * Returns the share of working time, when the allowance is given as a share.
   *
   * @return the share, or empty
   */
  public Optional<Percentage> share() {
    return Optional.ofNullable(share);
  }

  /**
   * Returns the amount of time per period, when the allowance is given as an amount.
   *
   * @return the amount, or empty
   */
  public Optional<PeriodicHours> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * Returns this allowance as a share of working time (see the class description for the
   * formulas); divisions round to {@link Hours#MATH_CONTEXT}.
   *
   * @param time the working time of the staff category, not null
   * @return the share of working time, not negative
   */
  public Percentage shareOf(WorkingTime time) {
    Checks.notNull(time, "time");
    if (share != null) {
      return share;
    }
    PeriodicHours a = Objects.requireNonNull(amount);
    Hours counted = a.period() == Period.MONTH ? a.hours().multipliedBy(MONTHS) : a.hours();
    return Percentage.ofFraction(counted.ratioTo(base(a, time)));
  }

  private static Hours base(PeriodicHours a, WorkingTime time) {
    switch (a.period()) {
      case DAY:
        return time.hoursPerDay();
      case WEEK:
        return time.hoursPerWeek();
      case MONTH:
      case YEAR:
        return time.availableWorkingTime();
      default:
        throw new AssertionError(a.period());
    }
  }

  /**
   * Returns how this allowance becomes a share of working time, such as
   * {@code Category allowance (Shift handover) = allowance per day / hours per day = 1h / 8h =
   * 12.5%}; an allowance given as a share reads
   * {@code Category allowance (Meetings) = share of working time, as given = 5%}.
   *
   * @param time the working time of the staff category, not null
   * @return the explanation named {@code Category allowance (}name{@code )}, with the amount and
   *     the hours it is divided by as inputs
   * @throws NullPointerException when the working time is null
   */
  public Explanation explain(WorkingTime time) {
    Percentage s = shareOf(time);
    String line = "Category allowance (" + name + ")";
    if (share != null) {
      return Explanation.of(line, "share of working time, as given", ImmutableMap.of(), s);
    }
    PeriodicHours a = Objects.requireNonNull(amount);
    switch (a.period()) {
      case DAY:
        return Explanation.of(
                line,
                "allowance per day / hours per day",
                ImmutableMap.of("allowance per day", a.hours(), "hours per day", time.hoursPerDay()),
                s)
            .withWorking("{allowance per day} / {hours per day}");
      case WEEK:
        return Explanation.of(
                line,
                "allowance per week / (hours per day x working days per week)",
                ImmutableMap.of(
                    "allowance per week", a.hours(),
                    "hours per day", time.hoursPerDay(),
                    "working days per week", time.workingDaysPerWeek()),
                s)
            .withWorking("{allowance per week} / ({hours per day} x {working days per week})");
      case MONTH:
        return Explanation.of(
                line,
                "allowance per month x 12 / AWT",
                ImmutableMap.of("allowance per month", a.hours(), "AWT", time.availableWorkingTime()),
                s)
            .withWorking("{allowance per month} x 12 / {AWT}");
      case YEAR:
        return Explanation.of(
                line,
                "allowance per year / AWT",
                ImmutableMap.of("allowance per year", a.hours(), "AWT", time.availableWorkingTime()),
                s)
            .withWorking("{allowance per year} / {AWT}");
      default:
        throw new AssertionError(a.period());
    }
  }

  /**
   * Returns the conversion to a share as a formula without the working time, such as
   * {@code 1h/day / hours per day}.
   */
  String formula() {
    if (share != null) {
      return "share of working time";
    }
    PeriodicHours a = Objects.requireNonNull(amount);
    switch (a.period()) {
      case DAY:
        return a + " / hours per day";
      case WEEK:
        return a + " / hours per week";
      case MONTH:
        return a + " x 12 / AWT";
      case YEAR:
        return a + " / AWT";
      default:
        throw new AssertionError(a.period());
    }
  }

  /**
   * Returns whether another object is an allowance with the same name and the same share or amount.
   *
   * @param obj the other object
   * @return true for an equal allowance
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof CategoryAllowance)) {
      return false;
    }
    CategoryAllowance other = (CategoryAllowance) obj;
    return name.equals(other.name)
        && Objects.equals(share, other.share)
        && Objects.equals(amount, other.amount);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(name, share, amount);
  }

  /**
   * Returns the name and the share or amount, such as {@code Shift handover 1h/day}.
   *
   * @return the allowance as text
   */
  @Override
  public String toString() {
    return name + " " + (share != null ? share : amount);
  }
}
