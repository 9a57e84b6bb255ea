package io.github.cmpt.horizon;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Range;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.internal.CmptStyle;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.Scenario;
import io.github.cmpt.supply.Clinician;
import io.github.cmpt.supply.HolidayCalendar;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.vocabulary.ComplexityLevel;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A caseload plan over a horizon of periods: the input of a {@link Projection}.
 *
 * <p>It holds the {@link CaseloadPlan} (Steps 1 and 2: the team and the time each level's episode
 * needs from each role), the {@link Horizon}, each level's {@link Arrivals} (a level without
 * arrivals of its own gets the plan's episodes per year at a constant rate,
 * {@code episodes per year / weeks per year} a week), the clients waiting and on caseload at the
 * start, dated {@link Absence}s, the dates each clinician is employed (a vacancy from a date, a new
 * hire from a date; every clinician of the team is employed throughout unless given here), a
 * holiday calendar for the statutory holidays of every year the horizon spans (optional: without
 * one, the dates of the team's and clinicians' holiday lines), and the {@link ServiceOrder}.
 *
 * <pre>{@code
 * HorizonPlan input = HorizonPlan.builder()
 *     .plan(plan)
 *     .horizon(Horizon.ofWeeks(LocalDate.of(2026, 1, 5), 52))
 *     .putInitialWaiting(scale.level("1"), Fraction.of(40))
 *     .build();
 * Projection projection = Projection.of(input);
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@CmptStyle
public abstract class HorizonPlan {

  private static final Fraction MAX_COUNT = Fraction.of(1_000_000_000L);

  HorizonPlan() {}

  /**
   * Returns a builder; the plan and the horizon are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the caseload plan: the team and the demand of Steps 1 and 2.
   *
   * @return the plan
   */
  public abstract CaseloadPlan plan();

  /**
   * Returns the periods the plan is evaluated over.
   *
   * @return the horizon
   */
  public abstract Horizon horizon();

  /**
   * Returns the arrivals given for levels; a level of the plan not in this map arrives at the
   * plan's rate, {@code episodes per year / weeks per year} a week.
   *
   * @return an immutable map
   */
  public abstract ImmutableMap<ComplexityLevel, Arrivals> arrivals();

  /**
   * Returns the clients waiting at the start of the horizon, by level; a level not in the map has
   * none.
   *
   * @return an immutable map of counts, each {@code 0 <= x < 10^9}
   */
  public abstract ImmutableMap<ComplexityLevel, Fraction> initialWaiting();

  /**
   * Returns the clients on caseload at the start of the horizon, by level; a level not in the map
   * has none. They are taken to be evenly spread over their episodes, so they are discharged evenly
   * over the first episode length of the horizon.
   *
   * @return an immutable map of counts, each {@code 0 <= x < 10^9}
   */
  public abstract ImmutableMap<ComplexityLevel, Fraction> initialCaseload();

  /**
   * Returns the dated absences that place leave in the periods it falls in.
   *
   * @return an immutable list
   */
  public abstract ImmutableList<Absence> absences();

  /**
   * Returns the dates each clinician named here is employed, such as
   * {@code Range.atLeast(2026-04-01)} for a new hire or {@code Range.lessThan(2026-06-01)} for a
   * post that falls vacant; a clinician not named is employed throughout.
   *
   * @return an immutable map from clinician identifier to dates
   */
  public abstract ImmutableMap<String, Range<LocalDate>> employment();

  /**
   * Returns the calendar the statutory holidays of the horizon's dates come from, for a horizon
   * that spans more than the year of the holiday lines; applied to the clinicians who have a line
   * of holiday dates in Step 1.
   *
   * @return the calendar, or empty to use the dates of the holiday lines
   */
  public abstract Optional<HolidayCalendar> holidays();

  /**
   * Returns the order in which waiting clients start; first come first served unless set.
   *
   * @return the order
   */
  @Value.Default
  public ServiceOrder order() {
    return ServiceOrder.FIRST_COME_FIRST_SERVED;
  }

  /**
   * Returns a copy with another plan, such as the same horizon with more staff.
   *
   * @param plan the plan, not null
   * @return the copy
   * @throws IllegalArgumentException when the copy's levels or clinicians no longer match
   */
  public abstract HorizonPlan withPlan(CaseloadPlan plan);

  /**
   * Returns a copy with other arrivals.
   *
   * @param arrivals level to arrivals, not null
   * @return the copy
   * @throws IllegalArgumentException when a level is not the plan's
   */
  public abstract HorizonPlan withArrivals(
      java.util.Map<? extends ComplexityLevel, ? extends Arrivals> arrivals);

  /**
   * Returns a copy with other dated absences.
   *
   * @param absences the absences, not null
   * @return the copy
   * @throws IllegalArgumentException when an absence names a clinician not on the team
   */
  public abstract HorizonPlan withAbsences(Iterable<? extends Absence> absences);

  /**
   * Returns a copy with another calendar of statutory holidays.
   *
   * @param holidays the calendar, not null
   * @return the copy
   */
  public abstract HorizonPlan withHolidays(HolidayCalendar holidays);

  /**
   * Returns a copy over another horizon; a series of arrivals must then have one value per period
   * of it when projected.
   *
   * @param horizon the horizon, not null
   * @return the copy
   */
  public abstract HorizonPlan withHorizon(Horizon horizon);

  /**
   * Returns a copy with another service order.
   *
   * @param order the order, not null
   * @return the copy
   * @throws IllegalArgumentException when a level of the order is not the plan's
   */
  public abstract HorizonPlan withOrder(ServiceOrder order);

  /**
   * Returns a copy with other employment dates.
   *
   * @param employment clinician identifier to the dates employed, not null
   * @return the copy
   * @throws IllegalArgumentException when a clinician is not on the team
   */
  public abstract HorizonPlan withEmployment(
      java.util.Map<String, ? extends Range<LocalDate>> employment);

  /**
   * Returns a copy whose plan has a scenario applied ({@link Scenario#applyTo(CaseloadPlan)}).
   *
   * @param scenario the scenario, not null
   * @return the copy
   * @throws IllegalArgumentException when the scenario does not fit the plan
   */
  public HorizonPlan with(Scenario scenario) {
    return withPlan(Checks.notNull(scenario, "scenario").applyTo(plan()));
  }

  @Value.Check
  void check() {
    Set<ComplexityLevel> levels = new HashSet<>();
    for (LevelDemand d : plan().demand().levels()) {
      levels.add(d.level());
    }
    checkLevels("arrivals", arrivals().keySet(), levels);
    checkLevels("initialWaiting", initialWaiting().keySet(), levels);
    checkLevels("initialCaseload", initialCaseload().keySet(), levels);
    initialWaiting().forEach((l, n) -> checkCount("initialWaiting (" + l.code() + ")", n));
    initialCaseload().forEach((l, n) -> checkCount("initialCaseload (" + l.code() + ")", n));
    Set<String> ids = new HashSet<>();
    for (Clinician c : plan().team().clinicians()) {
      ids.add(c.id());
    }
    for (Absence a : absences()) {
      Checks.check(
          ids.contains(a.clinicianId()), "absences", "clinicians of the team", a.clinicianId());
    }
    for (String id : employment().keySet()) {
      Checks.check(ids.contains(id), "employment", "clinicians of the team", id);
    }
    for (ComplexityLevel l : order().priorityLevels()) {
      Checks.check(levels.contains(l), "order", "levels of the plan", l);
    }
  }

  private static void checkLevels(
      String field, Set<ComplexityLevel> given, Set<ComplexityLevel> levels) {
    for (ComplexityLevel l : given) {
      Checks.check(levels.contains(l), field, "levels of the plan's demand", l);
    }
  }

  private static void checkCount(String field, Fraction n) {
    Checks.check(n.signum() >= 0 && n.compareTo(MAX_COUNT) < 0, field, "0 <= x < 10^9", n);
  }

  /**
   * Returns the plan's name and the horizon, such as
   * {@code HorizonPlan[Community OT 2026, Horizon[52 weeks from 2026-01-05], first come first served]}.
   *
   * @return the input as text
   */
  @Override
  public String toString() {
    return "HorizonPlan[" + plan().name() + ", " + horizon() + ", " + order() + "]";
  }

  /**
   * Builds a {@link HorizonPlan}.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableHorizonPlan.Builder {
    Builder() {}
  }
}
