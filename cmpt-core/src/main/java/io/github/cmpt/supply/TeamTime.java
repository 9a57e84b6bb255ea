package io.github.cmpt.supply;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Period;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private static final int PERIODS = Period.values().length;

  private final Team team;
  private final ImmutableList<ClinicianTime> members;
  /*
   * The figures below are worked out the first time each is asked for. They are immutable with
   * final fields, so a race at most works one out twice.
   */
  private final @Nullable TimeBreakdown[] totals = new TimeBreakdown[PERIODS];

  @SuppressWarnings("unchecked")
  private final @Nullable ImmutableMap<Role, TimeBreakdown>[] roles = new ImmutableMap[PERIODS];

  private @Nullable Map<Role, Map<WorkPattern, TimeBreakdown>> yearsByRoleAndPattern;

  private TeamTime(Team team, ImmutableList<ClinicianTime> members) {
    this.team = team;
    this.members = members;
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
    ImmutableList.Builder<ClinicianTime> members =
        ImmutableList.builderWithExpectedSize(team.clinicians().size());
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
    int i = Checks.notNull(period, "period").ordinal();
    TimeBreakdown t = totals[i];
    if (t == null) {
      ImmutableMap<Role, TimeBreakdown> roles = byRole(period);
      Fraction divisor = period == Period.YEAR || roles.size() == 1 ? null : commonDivisor(period);
      if (divisor != null) {
        // every member has as many such periods in a year: divide the team's year once, which is
        // exactly the sum of the roles' divided years
        TimeBreakdown year = total(Period.YEAR);
        t = year.scaled(period, divisor, year.fte());
      } else {
        t = TimeBreakdown.sum(roles.values().asList());
      }
      totals[i] = t;
    }
    return t;
  }

  /**
   * Returns the total lines of each role over a period, in the order the roles first appear.
   *
   * @param period the period, not null
   * @return an unmodifiable map from role to the sum of its members' breakdowns
   */
  public ImmutableMap<Role, TimeBreakdown> byRole(Period period) {
    int i = Checks.notNull(period, "period").ordinal();
    ImmutableMap<Role, TimeBreakdown> r = roles[i];
    if (r == null) {
      r = computeByRole(period);
      roles[i] = r;
    }
    return r;
  }

  private ImmutableMap<Role, TimeBreakdown> computeByRole(Period period) {
    // A member's lines in a period are its year's divided by its own pattern's periods per year.
    // Division is exact, so members who share a pattern are summed per year and divided once.
    Map<Role, Map<WorkPattern, TimeBreakdown>> years = years();
    ImmutableMap.Builder<Role, TimeBreakdown> out = ImmutableMap.builderWithExpectedSize(years.size());
    List<TimeBreakdown> parts = new ArrayList<>();
    for (Map.Entry<Role, Map<WorkPattern, TimeBreakdown>> role : years.entrySet()) {
      Fraction divisor = period == Period.YEAR ? null : commonDivisor(role.getValue(), period);
      if (divisor != null && role.getValue().size() > 1) {
        // every pattern of the role has as many such periods in its year: divide the role's year
        // once, which is exactly the sum of the patterns' divided years
        TimeBreakdown year = byRole(Period.YEAR).get(role.getKey());
        out.put(role.getKey(), year.scaled(period, divisor, year.fte()));
        continue;
      }
      parts.clear();
      for (Map.Entry<WorkPattern, TimeBreakdown> e : role.getValue().entrySet()) {
        TimeBreakdown year = e.getValue();
        parts.add(
            period == Period.YEAR
                ? year
                : year.scaled(period, e.getKey().periodsPerYear(period), year.fte()));
      }
      out.put(role.getKey(), TimeBreakdown.sum(parts));
    }
    return out.build();
  }

  /** The periods per year of the team's patterns when they all have the same, otherwise null. */
  private @Nullable Fraction commonDivisor(Period period) {
    Fraction common = null;
    for (Map<WorkPattern, TimeBreakdown> byPattern : years().values()) {
      Fraction d = commonDivisor(byPattern, period);
      if (d == null || (common != null && !common.equals(d))) {
        return null;
      }
      common = d;
    }
    return common;
  }

  private Map<Role, Map<WorkPattern, TimeBreakdown>> years() {
    Map<Role, Map<WorkPattern, TimeBreakdown>> years = yearsByRoleAndPattern;
    if (years == null) {
      years = sumYears();
      yearsByRoleAndPattern = years;
    }
    return years;
  }

  /** The periods per year of the patterns when they all have the same, otherwise null. */
  private static @Nullable Fraction commonDivisor(
      Map<WorkPattern, TimeBreakdown> byPattern, Period period) {
    Fraction common = null;
    for (WorkPattern pattern : byPattern.keySet()) {
      Fraction d = pattern.periodsPerYear(period);
      if (common == null) {
        common = d;
      } else if (!common.equals(d)) {
        return null;
      }
    }
    return common;
  }

  /** Each role's members' year breakdowns, summed per work pattern, in the team's order. */
  private Map<Role, Map<WorkPattern, TimeBreakdown>> sumYears() {
    Map<Role, Map<WorkPattern, List<TimeBreakdown>>> groups = new LinkedHashMap<>();
    for (ClinicianTime m : members) {
      groups
          .computeIfAbsent(m.clinician().role(), r -> new LinkedHashMap<>())
          .computeIfAbsent(m.clinician().workHours().pattern(), p -> new ArrayList<>())
          .add(m.perYear());
    }
    Map<Role, Map<WorkPattern, TimeBreakdown>> out = new LinkedHashMap<>();
    groups.forEach(
        (role, byPattern) -> {
          Map<WorkPattern, TimeBreakdown> sums = new LinkedHashMap<>();
          byPattern.forEach((pattern, years) -> sums.put(pattern, TimeBreakdown.sum(years)));
          out.put(role, sums);
        });
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
