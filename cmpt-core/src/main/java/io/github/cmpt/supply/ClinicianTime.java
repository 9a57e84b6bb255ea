package io.github.cmpt.supply;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.Period;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * Step 1 for one clinician: the time available for client care, with the lines that justify it.
 *
 * <p>Per year:
 * <pre>
 * paid        = hoursPerWeek x weeksPerYear x FTE
 * leave       = sum of the leave lines (see {@link Leave})
 * worked      = paid - leave
 * non-client  = sum of the non-client lines (see {@link NonClientActivity}), computed on worked
 * client-care = worked - non-client
 * </pre>
 * Per month is a twelfth of the year; per week divides by the contract's weeks per year; per day by
 * its working days per year ({@code workingDaysPerWeek x weeksPerYear}).
 *
 * <p>Impossible input is rejected when the time is computed ({@link #of(Clinician)} for a clinician
 * alone, {@link TeamTime#of(Team)} for a team): leave beyond paid hours, non-client shares adding up to 100%
 * or more, or leave and non-client time together beyond paid hours. The message names the clinician
 * and the amounts that clash.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ClinicianTime {

  private final Clinician clinician;
  private final List<Leave> leave;
  private final List<Hours> leaveHours;
  private final List<NonClientActivity> activities;
  private final List<Hours> activityHours;
  private final TimeBreakdown perYear;
  /*
   * The lines per day, week and month, worked out the first time each is asked for. A breakdown is
   * immutable with final fields, so a race at most works one out twice.
   */
  private @Nullable TimeBreakdown perDay;
  private @Nullable TimeBreakdown perWeek;
  private @Nullable TimeBreakdown perMonth;

  private ClinicianTime(
      Clinician clinician,
      List<Leave> leave,
      List<Hours> leaveHours,
      List<NonClientActivity> activities,
      List<Hours> activityHours,
      TimeBreakdown perYear) {
    this.clinician = clinician;
    this.leave = leave;
    this.leaveHours = leaveHours;
    this.activities = activities;
    this.activityHours = activityHours;
    this.perYear = perYear;
  }

  /**
   * Computes Step 1 for one clinician alone, with only the clinician's own leave and activities; a
   * team's time ({@link TeamTime#of(Team)}) adds the lines the team gives everyone.
   *
   * @param clinician the clinician, not null
   * @return the clinician's time available
   * @throws IllegalArgumentException when the clinician's time does not fit, naming the amounts
   */
  public static ClinicianTime of(Clinician clinician) {
    Checks.notNull(clinician, "clinician");
    return of(clinician, ImmutableList.of(), ImmutableList.of());
  }

  static ClinicianTime of(
      Clinician clinician,
      ImmutableList<Leave> sharedLeave,
      ImmutableList<NonClientActivity> sharedActivities) {
    WorkHours contract = clinician.workHours();
    Hours paid = contract.paidHoursPerYear();

    List<Leave> allLeave = concat(sharedLeave, clinician.leave());
    Hours[] lineHours = new Hours[allLeave.size()];
    for (int i = 0; i < lineHours.length; i++) {
      lineHours[i] = allLeave.get(i).hoursPerYear(contract);
    }
    Object[] types = new Object[lineHours.length];
    Hours[] typeHours = new Hours[lineHours.length];
    int nTypes = 0;
    for (int i = 0; i < lineHours.length; i++) {
      nTypes = merge(types, typeHours, nTypes, allLeave.get(i).type(), lineHours[i]);
    }
    types = trim(types, nTypes);
    typeHours = trim(typeHours, nTypes);
    Hours totalLeave = Hours.sum(Arrays.asList(typeHours));
    if (totalLeave.compareTo(paid) > 0) {
      throw new IllegalArgumentException(
          Checks.invalid(
              "leave of " + who(clinician),
              "leave <= paid hours",
              "leave " + totalLeave + " " + Lines.of(types, typeHours) + " exceeds paid hours "
                  + paid + " by " + totalLeave.minus(paid)));
    }
    Hours worked = paid.minus(totalLeave);

    List<NonClientActivity> allActivities = applying(sharedActivities, clinician);
    Fraction shares = Fraction.ZERO;
    for (NonClientActivity a : allActivities) {
      Percentage share = a.shareOrNull();
      if (share != null) {
        shares = shares.plus(share.toFraction());
      }
    }
    if (shares.compareTo(Fraction.ONE) >= 0) {
      Percentage total = Percentage.ZERO;
      for (NonClientActivity a : allActivities) {
        if (a.share().isPresent()) {
          total = total.plus(a.share().get());
        }
      }
      throw new IllegalArgumentException(
          Checks.invalid("non-client shares of " + who(clinician), "total < 100%", total));
    }
    Hours[] activityHours = new Hours[allActivities.size()];
    for (int i = 0; i < activityHours.length; i++) {
      activityHours[i] = allActivities.get(i).hoursPerYear(contract, worked);
    }
    Object[] categories = new Object[activityHours.length];
    Hours[] categoryHours = new Hours[activityHours.length];
    int nCategories = 0;
    for (int i = 0; i < activityHours.length; i++) {
      nCategories =
          merge(
              categories,
              categoryHours,
              nCategories,
              allActivities.get(i).category(),
              activityHours[i]);
    }
    categories = trim(categories, nCategories);
    categoryHours = trim(categoryHours, nCategories);
    Hours totalNonClient = Hours.sum(Arrays.asList(categoryHours));
    if (totalNonClient.compareTo(worked) > 0) {
      Hours over = totalNonClient.minus(worked);
      throw new IllegalArgumentException(
          Checks.invalid(
              "non-client time of " + who(clinician),
              "leave + non-client <= paid hours",
              "leave "
                  + totalLeave
                  + " + non-client "
                  + totalNonClient
                  + " "
                  + Lines.of(categories, categoryHours)
                  + " = "
                  + totalLeave.plus(totalNonClient)
                  + " exceeds paid hours "
                  + paid
                  + " by "
                  + over));
    }
    TimeBreakdown year =
        TimeBreakdown.of(
            Period.YEAR,
            contract.fte(),
            paid,
            types,
            typeHours,
            worked,
            categories,
            categoryHours,
            totalNonClient);
    return new ClinicianTime(
        clinician,
        allLeave,
        Collections.unmodifiableList(Arrays.asList(lineHours)),
        allActivities,
        Collections.unmodifiableList(Arrays.asList(activityHours)),
        year);
  }

  private static String who(Clinician clinician) {
    return "clinician " + clinician.id();
  }

  /** The team's lines then the clinician's own, as a view: both lists are immutable. */
  private static <T> List<T> concat(ImmutableList<T> shared, ImmutableList<T> own) {
    if (shared.isEmpty()) {
      return own;
    }
    if (own.isEmpty()) {
      return shared;
    }
    return new Concat<>(shared, own);
  }

  /** Two immutable lists one after the other, unmodifiable. */
  private static final class Concat<T> extends AbstractList<T> implements RandomAccess {
    private final ImmutableList<T> first;
    private final ImmutableList<T> second;

    Concat(ImmutableList<T> first, ImmutableList<T> second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public T get(int index) {
      int n = first.size();
      return index < n ? first.get(index) : second.get(index - n);
    }

    @Override
    public int size() {
      return first.size() + second.size();
    }
  }

  /** The team's activities that apply to the clinician, then the clinician's own. */
  private static List<NonClientActivity> applying(
      ImmutableList<NonClientActivity> shared, Clinician clinician) {
    boolean all = true;
    for (NonClientActivity a : shared) {
      all &= a.appliesTo(clinician.id());
    }
    if (all) {
      return concat(shared, clinician.activities());
    }
    ImmutableList.Builder<NonClientActivity> out = ImmutableList.builder();
    for (NonClientActivity a : shared) {
      if (a.appliesTo(clinician.id())) {
        out.add(a);
      }
    }
    return out.addAll(clinician.activities()).build();
  }

  /**
   * Adds hours to the line of a key in parallel arrays of {@code n} lines, the keys in the order
   * first given; returns the new number of lines.
   */
  private static int merge(Object[] keys, Hours[] hours, int n, Object key, Hours h) {
    for (int i = 0; i < n; i++) {
      if (keys[i].equals(key)) {
        hours[i] = hours[i].plus(h);
        return n;
      }
    }
    keys[n] = key;
    hours[n] = h;
    return n + 1;
  }

  private static Object[] trim(Object[] a, int n) {
    return n == a.length ? a : Arrays.copyOf(a, n);
  }

  private static Hours[] trim(Hours[] a, int n) {
    return n == a.length ? a : Arrays.copyOf(a, n);
  }

  /**
   * Returns the clinician.
   *
   * @return the clinician
   */
  public Clinician clinician() {
    return clinician;
  }

  /**
   * Returns every leave line applied: the team's, then the clinician's own.
   *
   * @return an unmodifiable list
   */
  public List<Leave> leaveLines() {
    return leave;
  }

  /**
   * Returns every non-client activity applied: the team's that apply to this clinician, then the
   * clinician's own.
   *
   * @return an unmodifiable list
   */
  public List<NonClientActivity> activities() {
    return activities;
  }

  /**
   * Returns the hours per year of each leave line applied, in the order of {@link #leaveLines()}:
   * each line's {@link Leave#hoursPerYear(WorkHours)} for the clinician's contract, as worked out
   * for the yearly lines.
   *
   * @return an unmodifiable list, as long as {@link #leaveLines()}
   */
  public List<Hours> leaveLineHours() {
    return leaveHours;
  }

  /**
   * Returns the hours per year of each non-client activity applied, in the order of
   * {@link #activities()}: each activity's {@link NonClientActivity#hoursPerYear(WorkHours, Hours)}
   * for the clinician's contract and worked hours, as worked out for the yearly lines.
   *
   * @return an unmodifiable list, as long as {@link #activities()}
   */
  public List<Hours> activityHours() {
    return activityHours;
  }

  /**
   * Returns the lines per year.
   *
   * @return the yearly breakdown
   */
  public TimeBreakdown perYear() {
    return perYear;
  }

  /**
   * Returns the lines per month: the yearly lines divided by 12.
   *
   * @return the monthly breakdown
   */
  public TimeBreakdown perMonth() {
    return in(Period.MONTH);
  }

  /**
   * Returns the lines per week: the yearly lines divided by the contract's weeks per year.
   *
   * @return the weekly breakdown
   */
  public TimeBreakdown perWeek() {
    return in(Period.WEEK);
  }

  /**
   * Returns the lines over a period: the yearly lines divided by the number of such periods in the
   * contract's year.
   *
   * @param period the period, not null
   * @return the breakdown over that period
   */
  public TimeBreakdown in(Period period) {
    Checks.notNull(period, "period");
    if (period == Period.YEAR) {
      return perYear;
    }
    TimeBreakdown b =
        period == Period.DAY ? perDay : period == Period.WEEK ? perWeek : perMonth;
    if (b == null) {
      b =
          perYear.scaled(
              period, clinician.workHours().pattern().periodsPerYear(period), perYear.fte());
      if (period == Period.DAY) {
        perDay = b;
      } else if (period == Period.WEEK) {
        perWeek = b;
      } else {
        perMonth = b;
      }
    }
    return b;
  }

  /**
   * Returns whether another object is the time of the same clinician with the same lines.
   *
   * @param obj the other object
   * @return true for equal results
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ClinicianTime
        && clinician.equals(((ClinicianTime) obj).clinician)
        && leave.equals(((ClinicianTime) obj).leave)
        && activities.equals(((ClinicianTime) obj).activities);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(clinician, leave, activities);
  }

  /**
   * Returns the clinician and the yearly totals, such as
   * {@code ot-1: TimeBreakdown[year, 0.8 FTE: ...]}.
   *
   * @return the result as text
   */
  @Override
  public String toString() {
    return clinician.id() + ": " + perYear;
  }
}
