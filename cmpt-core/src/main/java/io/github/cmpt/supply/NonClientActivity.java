package io.github.cmpt.supply;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.NonClientCategory;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Worked time that is not attributable to one client (MIS "non-service-recipient activity"), such as
 * {@code Meetings 2h/week} or {@code Administration 10%}.
 *
 * <p>An activity is given in one of three ways, and its hours per year for a contract with
 * {@code worked} hours per year (paid minus leave) are:
 * <ul>
 *   <li>a share of worked time: {@code share x worked};</li>
 *   <li>an amount per day or per week of worked time, which happens every worked day or week and so
 *       scales with worked time: {@code amount x worked / hoursPerDay} or
 *       {@code amount x worked / hoursPerWeek};</li>
 *   <li>an amount per month or per year, a fixed annual total: {@code amount x 12} or
 *       {@code amount}, whatever the FTE.</li>
 * </ul>
 *
 * <p>An activity applies to everyone it is given to, or, with {@link #withClinicians(Collection)},
 * only to named clinicians (WISN's category versus individual allowances).
 *
 * <p>Rules: a share is {@code 0 <= x < 100%}; an amount is not negative, at most 24 hours per day and
 * 168 per week. Whether it fits a contract (a daily amount longer than the working day, or more
 * non-client time than worked time) is checked when the time of a clinician is computed.
 *
 * <pre>{@code
 * NonClientActivity admin = NonClientActivity.ofShare(NonClientCategory.ADMINISTRATION,
 *     Percentage.ofPercent(10));
 * NonClientActivity meetings = NonClientActivity.of(NonClientCategory.MEETINGS,
 *     PeriodicHours.ofWeekly(Hours.of(2)));
 * NonClientActivity students = NonClientActivity.of(NonClientCategory.TEACHING_AND_SUPERVISION,
 *     PeriodicHours.ofYearly(Hours.of(80))).withClinicians(List.of("ot-1"));
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class NonClientActivity {

  private static final BigDecimal MONTHS = BigDecimal.valueOf(12);

  private final NonClientCategory category;
  private final @Nullable Percentage share;
  private final @Nullable PeriodicHours amount;
  private final SortedSet<String> clinicians;

  private NonClientActivity(
      NonClientCategory category,
      @Nullable Percentage share,
      @Nullable PeriodicHours amount,
      SortedSet<String> clinicians) {
    this.category = category;
    this.share = share;
    this.amount = amount;
    this.clinicians = clinicians;
  }

  /**
   * Returns an activity that takes a share of worked time, for everyone.
   *
   * @param category the category, not null
   * @param share the share of worked hours, {@code 0 <= x < 100%}, not null
   * @return the activity
   * @throws IllegalArgumentException when the share is negative or 100% or more
   */
  public static NonClientActivity ofShare(NonClientCategory category, Percentage share) {
    Checks.notNull(category, "category");
    Checks.notNull(share, "share");
    Checks.check(
        !share.isNegative() && share.compareTo(Percentage.ONE_HUNDRED) < 0,
        "share (" + category + ")",
        "0% <= x < 100%",
        share);
    return new NonClientActivity(category, share, null, Collections.emptySortedSet());
  }

  /**
   * Returns an activity of an amount of hours per day, week, month or year, for everyone.
   *
   * @param category the category, not null
   * @param amount the amount: per day or week it scales with worked time, per month or year it is
   *     a fixed total; {@code x >= 0}, at most 24h per day and 168h per week; not null
   * @return the activity
   * @throws IllegalArgumentException when the amount breaks its rule
   */
  public static NonClientActivity of(NonClientCategory category, PeriodicHours amount) {
    Checks.notNull(category, "category");
    Checks.notNull(amount, "amount").checkedAsAllowance("amount (" + category + ")");
    return new NonClientActivity(category, null, amount, Collections.emptySortedSet());
  }

  /**
   * Returns a copy of this activity that applies only to the named clinicians.
   *
   * @param clinicianIds the identifiers of the clinicians, at least one, none blank
   * @return the copy
   * @throws IllegalArgumentException when no identifier is given or one is blank
   */
  public NonClientActivity withClinicians(Collection<String> clinicianIds) {
    Checks.notNull(clinicianIds, "clinicianIds");
    TreeSet<String> ids = new TreeSet<>();
    for (String id : clinicianIds) {
      Checks.check(!Checks.notNull(id, "clinicianId").isBlank(), "clinicianIds", "non-blank", "\"" + id + "\"");
      ids.add(id);
    }
    Checks.check(!ids.isEmpty(), "clinicianIds", "at least one identifier", "none");
    return new NonClientActivity(category, share, amount, Collections.unmodifiableSortedSet(ids));
  }

  /**
   * Returns the category.
   *
   * @return the category
   */
  public NonClientCategory category() {
    return category;
  }

  /**
   * Returns the share of worked time, when the activity is given as a share.
   *
   * @return the share, or empty
   */
  public Optional<Percentage> share() {
    return Optional.ofNullable(share);
  }

  /** The share, or null for an amount: {@link #share()} without an {@code Optional}. */
  @Nullable Percentage shareOrNull() {
    return share;
  }

  /**
   * Returns the amount per period, when the activity is given as an amount.
   *
   * @return the amount, or empty
   */
  public Optional<PeriodicHours> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * Returns the clinicians the activity is limited to.
   *
   * @return an unmodifiable sorted set; empty when the activity applies to everyone
   */
  public SortedSet<String> clinicians() {
    return clinicians;
  }

  /**
   * Returns whether the activity applies to a clinician.
   *
   * @param clinicianId the clinician's identifier, not null
   * @return true when the activity is for everyone or names this clinician
   */
  public boolean appliesTo(String clinicianId) {
    Checks.notNull(clinicianId, "clinicianId");
    return clinicians.isEmpty() || clinicians.contains(clinicianId);
  }

  /**
   * Returns the hours per year of this activity for a contract; see the formulas in the class
   * description.
   *
   * @param contract the contract, not null
   * @param worked the worked hours per year of the contract (paid minus leave), not null
   * @return hours per year, at least 0
   * @throws IllegalArgumentException when a daily or weekly amount is longer than the contract's
   *     working day or week
   */
  public Hours hoursPerYear(WorkHours contract, Hours worked) {
    Checks.notNull(contract, "contract");
    Checks.notNull(worked, "worked");
    if (share != null) {
      return share.shareOf(worked);
    }
    PeriodicHours a = Objects.requireNonNull(amount);
    WorkPattern pattern = contract.pattern();
    switch (a.period()) {
      case DAY:
        if (a.hours().compareTo(pattern.hoursPerDay()) > 0) {
          throw new IllegalArgumentException(
              Checks.invalid(
                  "amount (" + category + ")",
                  "at most the working day of " + pattern.hoursPerDay(),
                  a));
        }
        return a.hours().multipliedBy(worked.ratioTo(pattern.hoursPerDay()));
      case WEEK:
        if (a.hours().compareTo(pattern.hoursPerWeek()) > 0) {
          throw new IllegalArgumentException(
              Checks.invalid(
                  "amount (" + category + ")",
                  "at most the working week of " + pattern.hoursPerWeek(),
                  a));
        }
        return a.hours().multipliedBy(worked.ratioTo(pattern.hoursPerWeek()));
      case MONTH:
        return a.hours().multipliedBy(MONTHS);
      case YEAR:
        return a.hours();
      default:
        throw new AssertionError(a.period());
    }
  }

  /**
   * Returns whether another object is the same activity.
   *
   * @param obj the other object
   * @return true for the same category, amount and clinicians
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof NonClientActivity)) {
      return false;
    }
    NonClientActivity o = (NonClientActivity) obj;
    return category.equals(o.category)
        && Objects.equals(share, o.share)
        && Objects.equals(amount, o.amount)
        && clinicians.equals(o.clinicians);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(category, share, amount, clinicians);
  }

  /**
   * Returns the activity as text, such as {@code Meetings 2h/week} or
   * {@code Research 10% [ot-1, pt-2]}.
   *
   * @return the activity as text
   */
  @Override
  public String toString() {
    return category
        + " "
        + (share != null ? share : amount)
        + (clinicians.isEmpty() ? "" : " " + clinicians);
  }
}
