package io.github.cmpt.supply;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Period;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.Role;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Step 1 for a team: each member's {@link ClinicianTime}, and totals per role, for the team and per
 * 1.0 FTE, over a year, a month or a week.
 *
 * <p>Totals are exact sums of the members' breakdowns over the same period (each member's week is
 * that member's contract week), so they do not depend on the order of the members. A breakdown per
 * FTE divides each total line by the total FTE.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class TeamTime {

  private final Team team;
  private final ImmutableList<ClinicianTime> members;
  private final Map<Period, Supplier<TimeBreakdown>> totals = new EnumMap<>(Period.class);
  private final Map<Period, Supplier<ImmutableMap<Role, TimeBreakdown>>> roles =
      new EnumMap<>(Period.class);
  private final Supplier<Map<Role, Map<WorkPattern, TimeBreakdown>>> yearsByRoleAndPattern =
      Suppliers.memoize(this::sumYears);

  private TeamTime(Team team, ImmutableList<ClinicianTime> members) {
    this.team = team;
    this.members = members;
    for (Period p : Period.values()) {
      totals.put(p, Suppliers.memoize(() -> computeTotal(p)));
      roles.put(p, Suppliers.memoize(() -> computeByRole(p)));
    }
  }

  /**
   * Computes Step 1 for a team: each member's time with the team's lines and the member's own.
   *
   * <p>This is where impossible input is found: leave beyond a member's paid hours, non-client
   * shares adding up to 100% or more, or leave and non-client time together beyond paid hours; the
   * message names the clinician and the amounts that clash. Each figure of the result is worked out
   * once, the first time it is asked for.
   *
   * @param team the team, not null
   * @return the team's time available
   * @throws IllegalArgumentException when a member's time does not fit, naming the member and the
   *     amounts
   */
  public static TeamTime of(Team team) {
    Checks.notNull(team, "team");
    ImmutableList.Builder<ClinicianTime> members = ImmutableList.builder();
    for (Clinician c : team.clinicians()) {
      members.add(ClinicianTime.of(c, team.leave(), team.activities()));
    }
    return new TeamTime(team, members.build());
  }

  /**
   * Returns the team.
   *
   * @return the team
   */
  public Team team() {
    return team;
  }

  /**
   * Returns each member's time, in the team's order.
   *
   * @return an unmodifiable list
   */
  public ImmutableList<ClinicianTime> members() {
    return members;
  }

  /**
   * Returns one member's time.
   *
   * @param clinicianId the member's identifier, not null
   * @return the member's time
   * @throws IllegalArgumentException when no member has this identifier
   */
  public ClinicianTime member(String clinicianId) {
    Checks.notNull(clinicianId, "clinicianId");
    for (ClinicianTime m : members) {
      if (m.clinician().id().equals(clinicianId)) {
        return m;
      }
    }
    throw new IllegalArgumentException(
        Checks.invalid("clinicianId", "a member of " + team.name(), clinicianId));
  }

  /**
   * Returns the roles on the team, in the order they first appear.
   *
   * @return an unmodifiable list
   */
  public ImmutableList<Role> roles() {
    return byRole(Period.YEAR).keySet().asList();
  }

  /**
   * Returns the team's total lines over a period: the sum of the members'.
   *
   * @param period the period, not null
   * @return the total breakdown
   */
  public TimeBreakdown total(Period period) {
    return totals.get(Checks.notNull(period, "period")).get();
  }

  private TimeBreakdown computeTotal(Period period) {
    TimeBreakdown sum = null;
    for (TimeBreakdown b : byRole(period).values()) {
      sum = sum == null ? b : sum.plus(b);
    }
    return Objects.requireNonNull(sum);
  }

  /**
   * Returns the total lines of each role over a period, in the order the roles first appear.
   *
   * @param period the period, not null
   * @return an unmodifiable map from role to the sum of its members' breakdowns
   */
  public ImmutableMap<Role, TimeBreakdown> byRole(Period period) {
    return roles.get(Checks.notNull(period, "period")).get();
  }

  private ImmutableMap<Role, TimeBreakdown> computeByRole(Period period) {
    // A member's lines in a period are its year's divided by its own pattern's periods per year.
    // Division is exact, so members who share a pattern are summed per year and divided once.
    ImmutableMap.Builder<Role, TimeBreakdown> out = ImmutableMap.builder();
    yearsByRoleAndPattern
        .get()
        .forEach(
            (role, byPattern) -> {
              TimeBreakdown sum = null;
              for (Map.Entry<WorkPattern, TimeBreakdown> e : byPattern.entrySet()) {
                TimeBreakdown year = e.getValue();
                TimeBreakdown b =
                    period == Period.YEAR
                        ? year
                        : year.scaled(period, e.getKey().periodsPerYear(period), year.fte());
                sum = sum == null ? b : sum.plus(b);
              }
              out.put(role, Objects.requireNonNull(sum));
            });
    return out.build();
  }

  /** Each role's members' year breakdowns, summed per work pattern, in the team's order. */
  private Map<Role, Map<WorkPattern, TimeBreakdown>> sumYears() {
    Map<Role, Map<WorkPattern, TimeBreakdown>> out = new LinkedHashMap<>();
    for (ClinicianTime m : members) {
      out.computeIfAbsent(m.clinician().role(), r -> new LinkedHashMap<>())
          .merge(m.clinician().workHours().pattern(), m.perYear(), TimeBreakdown::plus);
    }
    return out;
  }

  /**
   * Returns the total lines of one role over a period.
   *
   * @param role the role, not null
   * @param period the period, not null
   * @return the sum of the role's members' breakdowns
   * @throws IllegalArgumentException when no member has the role
   */
  public TimeBreakdown role(Role role, Period period) {
    TimeBreakdown b = byRole(period).get(Checks.notNull(role, "role"));
    if (b == null) {
      throw new IllegalArgumentException(
          Checks.invalid("role", "a role on " + team.name() + " " + roles(), role));
    }
    return b;
  }

  /**
   * Returns the team's lines for 1.0 FTE over a period: the totals divided by the team's FTE.
   *
   * @param period the period, not null
   * @return the breakdown per FTE
   */
  public TimeBreakdown perFte(Period period) {
    return total(period).perFte();
  }

  /**
   * Returns one role's lines for 1.0 FTE over a period: the role's totals divided by its FTE.
   *
   * @param role the role, not null
   * @param period the period, not null
   * @return the breakdown per FTE of the role
   * @throws IllegalArgumentException when no member has the role
   */
  public TimeBreakdown perFte(Role role, Period period) {
    return role(role, period).perFte();
  }

  /**
   * Returns whether another object is the time of an equal team.
   *
   * @param obj the other object
   * @return true for equal teams
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof TeamTime && team.equals(((TeamTime) obj).team);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return team.hashCode();
  }

  /**
   * Returns the team's name and yearly totals.
   *
   * @return the result as text
   */
  @Override
  public String toString() {
    return team.name() + ": " + total(Period.YEAR);
  }
}
