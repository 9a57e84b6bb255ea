package io.github.cmpt.plan;

import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.internal.CmptStyle;
import io.github.cmpt.supply.ClinicianTime;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.supply.TimeBreakdown;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.Period;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.wisn.ActivityStandard;
import io.github.cmpt.wisn.CategoryAllowance;
import io.github.cmpt.wisn.HealthServiceActivity;
import io.github.cmpt.wisn.WisnInput;
import io.github.cmpt.wisn.WorkingTime;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A caseload plan: Step 3 of the CMPT, matching the client-care time of a team (Step 1) to the time
 * its clients need (Step 2), role by role.
 *
 * <p>Supply and demand are matched per {@link Role}: the hours a profile's activities need from an
 * assistant are matched to the team's assistants, those from an occupational therapist to its
 * occupational therapists. For each role the plan gives a {@link RoleMatch} (FTE required and each
 * level's contribution, the gap in hours and FTE, the staffing ratio, workload pressure,
 * utilisation and capacity). The plan's {@link #capacity()} is that of the role that runs out first
 * for the case mix (the bottleneck); {@link #suggestedCaseloads()} shares each role's capacity among
 * its members in proportion to their client-care hours.
 *
 * <p>A role the clients need but the team lacks has no client-care hours per FTE of its own; give
 * one with {@code putClientCareHoursPerFte(role, hours)}, or building the plan fails naming the role.
 *
 * <pre>{@code
 * CaseloadPlan plan = CaseloadPlan.builder()
 *     .name("Community OT 2026")
 *     .team(team)
 *     .demand(demand)
 *     .build();
 * plan.match(Role.OCCUPATIONAL_THERAPIST).fteRequired();
 * plan.capacity().wholeConcurrentCaseload();
 * plan.with(PlanParameter.fte("ot-2"), new BigDecimal("0.8"))
 *     .match(Role.OCCUPATIONAL_THERAPIST).gapFte();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@CmptStyle
public abstract class CaseloadPlan {

  CaseloadPlan() {}

  /**
   * Returns a builder; the name, team and demand are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the plan's name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the team whose time is the supply (Step 1).
   *
   * @return the team
   */
  public abstract Team team();

  /**
   * Returns the clients and the time they need (Step 2).
   *
   * @return the demand
   */
  public abstract ServiceDemand demand();

  /**
   * Returns client-care hours per year of one 1.0 FTE given for roles the clients need and the team
   * has no client-care time for; a role the team has time for uses the team's own figure, and
   * giving one for it is an error.
   *
   * @return an unmodifiable map
   */
  public abstract Map<Role, Hours> clientCareHoursPerFte();

  @Value.Check
  void check() {
    Checks.check(!name().isBlank(), "name", "non-blank", "\"" + name() + "\"");
    clientCareHoursPerFte()
        .forEach(
            (role, h) ->
                Checks.check(h.isPositive(), "clientCareHoursPerFte (" + role + ")", "x > 0", h));
    Checks.check(
        demand().demandHours().isPositive(),
        "demand",
        "clients needing some time (demand hours > 0)",
        demand().demandHours());
    // computed once, here, so that impossible input fails when the plan is built
    Map<Role, RoleMatch> matches = matches();
    for (Role role : clientCareHoursPerFte().keySet()) {
      Checks.check(
          matches.containsKey(role),
          "clientCareHoursPerFte (" + role + ")",
          "given for a role of the plan " + matches.keySet(),
          clientCareHoursPerFte().get(role));
      Checks.check(
          !matches.get(role).supplyHours().isPositive(),
          "clientCareHoursPerFte (" + role + ")",
          "given only for a role without client-care time on the team, which has "
              + matches.get(role).supplyHours(),
          clientCareHoursPerFte().get(role));
    }
  }

  /**
   * Returns the roles the plan matches: the team's roles, then the other roles the clients need.
   *
   * @return an unmodifiable list
   */
  public List<Role> roles() {
    return List.copyOf(matches().keySet());
  }

  /**
   * Returns the match of each role, in the order of {@link #roles()}.
   *
   * @return an unmodifiable map
   */
  @Value.Lazy
  public Map<Role, RoleMatch> matches() {
    return computeMatches();
  }

  /**
   * Returns the match of one role.
   *
   * @param role the role, not null
   * @return its match
   * @throws IllegalArgumentException when the role is neither on the team nor needed by the clients
   */
  public RoleMatch match(Role role) {
    RoleMatch m = matches().get(role);
    if (m == null) {
      throw new IllegalArgumentException(
          Checks.invalid("role", "a role of the plan " + roles(), role));
    }
    return m;
  }

  private Map<Role, RoleMatch> computeMatches() {
    TeamTime time = team().availableTime();
    Map<Role, TimeBreakdown> supply = time.byRole(Period.YEAR);
    Map<ComplexityLevel, BigDecimal> episodes = demand().episodesPerYearByLevel();
    Set<Role> roles = new LinkedHashSet<>(supply.keySet());
    demand()
        .demandHoursByRole()
        .forEach(
            (role, hours) -> {
              if (hours.isPositive()) {
                roles.add(role);
              }
            });

    Map<ComplexityLevel, BigDecimal> weeks = new LinkedHashMap<>();
    Map<ComplexityLevel, Map<Role, Hours>> hoursByRole = new LinkedHashMap<>();
    for (LevelDemand d : demand().levels()) {
      weeks.put(d.level(), d.profile().episodeWeeks().value());
      hoursByRole.put(d.level(), d.profile().hoursPerEpisodeByRole());
    }

    Map<Role, RoleMatch> out = new LinkedHashMap<>();
    for (Role role : roles) {
      TimeBreakdown s = supply.get(role);
      Fte fte = s == null ? Fte.ZERO : s.fte();
      Hours supplyHours = s == null ? Hours.ZERO : s.clientCareHours();
      Map<ComplexityLevel, Hours> perEpisode = new LinkedHashMap<>();
      Map<ComplexityLevel, Hours> demandByLevel = new LinkedHashMap<>();
      boolean needed = false;
      for (LevelDemand d : demand().levels()) {
        Hours h = hoursByRole.get(d.level()).getOrDefault(role, Hours.ZERO);
        perEpisode.put(d.level(), h);
        demandByLevel.put(d.level(), h.multipliedBy(episodes.get(d.level())));
        needed |= h.isPositive() && episodes.get(d.level()).signum() > 0;
      }
      Hours given = clientCareHoursPerFte().get(role);
      Hours perFte;
      if (given != null) {
        perFte = given;
      } else if (s != null && supplyHours.isPositive()) {
        perFte = s.perFte().clientCareHours();
      } else {
        Hours demandHours = Hours.sum(demandByLevel.values());
        Checks.check(
            !demandHours.isPositive(),
            "clientCareHoursPerFte (" + role + ")",
            "given for a role the clients need and the team has no client-care time for",
            "missing, with a demand of " + demandHours);
        // no demand: nothing is required, and no figure per FTE is invented
        perFte = Hours.ZERO;
      }
      Capacity capacity =
          needed
              ? Capacity.of(role, supplyHours, episodes, perEpisode, weeks, demand().weeksPerYear())
              : null;
      out.put(
          role,
          new RoleMatch(role, fte, supplyHours, perFte, given != null, demandByLevel, capacity));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the team's available FTE, all roles.
   *
   * @return available FTE
   */
  public Fte availableFte() {
    return Fte.sum(matches().values().stream().map(RoleMatch::availableFte)::iterator);
  }

  /**
   * Returns the FTE required, all roles: the sum of the roles' FTE required.
   *
   * @return FTE required
   */
  public Fte fteRequired() {
    return Fte.sum(matches().values().stream().map(RoleMatch::fteRequired)::iterator);
  }

  /**
   * Returns the gap in FTE, all roles: {@code available - required}.
   *
   * @return the gap, negative when understaffed
   */
  public Fte gapFte() {
    return availableFte().minus(fteRequired());
  }

  /**
   * Returns the staffing ratio of the whole team: {@code available FTE / required FTE}, all roles
   * added up. A surplus of one role hides a shortage of another here; read the roles' ratios too.
   *
   * @return the ratio, or empty when no FTE is required
   */
  public Optional<BigDecimal> staffingRatio() {
    return RoleMatch.ratio(availableFte(), fteRequired());
  }

  /**
   * Returns the workload pressure of the whole team: {@code 1 - staffing ratio} when it is below 1.
   *
   * @return the pressure, or empty when no FTE is required
   */
  public Optional<Percentage> workloadPressure() {
    return staffingRatio().map(RoleMatch::pressure);
  }

  /**
   * Returns the utilisation of the team's client-care time: {@code demand hours / supply hours},
   * all roles added up.
   *
   * @return the utilisation, or empty when the team has no client-care time
   */
  public Optional<Percentage> utilisation() {
    return RoleMatch.utilisation(demandHours(), supplyHours());
  }

  /**
   * Returns the client-care hours of the team, all roles.
   *
   * @return supply hours per year
   */
  public Hours supplyHours() {
    return Hours.sum(matches().values().stream().map(RoleMatch::supplyHours)::iterator);
  }

  /**
   * Returns the demand hours of the clients, all roles.
   *
   * @return demand hours per year
   */
  public Hours demandHours() {
    return demand().demandHours();
  }

  /**
   * Returns the gap in hours, all roles: {@code supply - demand}. A surplus of one role does not
   * make up for a shortage of another; read the roles' gaps for that.
   *
   * @return the gap in hours
   */
  public Hours gapHours() {
    return supplyHours().minus(demandHours());
  }

  /**
   * Returns the capacity of the team for the plan's case mix: that of the role whose capacity is
   * smallest (the bottleneck), since every episode needs the time of each role its profile names.
   *
   * @return the capacity of the bottleneck role
   */
  public Capacity capacity() {
    Capacity least = null;
    for (RoleMatch m : matches().values()) {
      Optional<Capacity> c = m.capacity();
      if (c.isPresent()
          && (least == null
              || c.get().episodesPerYear().compareTo(least.episodesPerYear()) < 0)) {
        least = c.get();
      }
    }
    if (least == null) {
      throw new IllegalStateException("no role has time per episode; checked when built");
    }
    return least;
  }

  /**
   * Returns the capacity of the team if every client were of one level: {@code S / t_k} for each
   * role, the smallest of them ({@code S} is 0 for a role the level needs and the team lacks).
   *
   * @param level a level of the demand, not null
   * @return the capacity of the bottleneck role for that level
   * @throws IllegalArgumentException when the level is not in the demand, or its profile needs no
   *     time
   */
  public Capacity capacity(ComplexityLevel level) {
    LevelDemand d = levelDemand(level);
    Capacity least = null;
    Set<Role> roles = new LinkedHashSet<>(matches().keySet());
    roles.addAll(d.profile().hoursPerEpisodeByRole().keySet());
    for (Role role : roles) {
      Hours t = d.profile().hoursPerEpisodeByRole().getOrDefault(role, Hours.ZERO);
      if (t.isPositive()) {
        RoleMatch m = matches().get(role);
        Capacity c =
            Capacity.of(
                role,
                m == null ? Hours.ZERO : m.supplyHours(),
                Map.of(level, BigDecimal.ONE),
                Map.of(level, t),
                Map.of(level, d.profile().episodeWeeks().value()),
                demand().weeksPerYear());
        if (least == null || c.episodesPerYear().compareTo(least.episodesPerYear()) < 0) {
          least = c;
        }
      }
    }
    Checks.check(least != null, "level", "a level whose profile needs some time", level);
    return least;
  }

  /**
   * Returns a suggested caseload for each clinician whose role the clients need: the role's capacity
   * shared in proportion to client-care hours (see {@link ClinicianCaseload}).
   *
   * @return an unmodifiable list in the team's order
   */
  public List<ClinicianCaseload> suggestedCaseloads() {
    List<ClinicianCaseload> out = new ArrayList<>();
    for (ClinicianTime m : team().availableTime().members()) {
      Role role = m.clinician().role();
      RoleMatch match = matches().get(role);
      if (match == null || match.capacity().isEmpty() || match.supplyHours().isZero()) {
        continue;
      }
      Capacity c = match.capacity().get();
      Hours own = m.perYear().clientCareHours();
      BigDecimal share = own.ratioTo(match.supplyHours());
      out.add(new ClinicianCaseload(m.clinician().id(), role, own, share, c));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns one role of this plan in the terms of the WHO's Workload Indicators of Staffing Need, so
   * that a user coming from WISN finds every WISN figure.
   *
   * <p>The mapping, for the role's 1.0 FTE (Step 1, per FTE):
   * <ul>
   *   <li>working time: the working days per year and hours per day of the members' work pattern;
   *       public holidays, annual, sick and other leave are the leave lines per FTE in days
   *       ({@code hours / hoursPerDay}); so the available working time is the worked hours per
   *       FTE;</li>
   *   <li>one health-service activity per level whose profile needs the role: the activity standard
   *       is the role's hours per episode, the annual workload is the level's episodes per year;</li>
   *   <li>one category allowance: the non-client share of worked time per FTE (for everyone and for
   *       named clinicians together, as the CMPT's per-FTE figure does);</li>
   *   <li>current staff: the role's available FTE.</li>
   * </ul>
   * With this mapping the WISN required staff is the role's FTE required, and the WISN ratio its
   * staffing ratio (to the rounding of the divisions).
   *
   * @param role a role of the team whose members share one work pattern, needed by the clients, not
   *     null
   * @return the WISN input; call {@link WisnInput#result()} for the figures
   * @throws IllegalArgumentException when the team has no member of the role, its members have
   *     different work patterns or no client-care time, or the clients need no time from it
   */
  public WisnInput toWisn(Role role) {
    RoleMatch match = match(role);
    WorkPattern pattern = sharedPattern(role);
    Checks.check(pattern != null, "role (" + role + ")",
        "a role with members on the team who share one working day and working days per year",
        patterns(role));
    Checks.check(
        match.supplyHours().isPositive(),
        "role (" + role + ")",
        "a role whose members have client-care time",
        match.supplyHours());
    TimeBreakdown perFte = team().availableTime().perFte(role, Period.YEAR);
    Hours day = pattern.hoursPerDay();
    Hours holidays = perFte.leave(LeaveType.STATUTORY_HOLIDAYS);
    Hours annual = perFte.leave(LeaveType.VACATION);
    Hours sick = perFte.leave(LeaveType.SICK);
    Hours other = perFte.totalLeave().minus(holidays).minus(annual).minus(sick);
    WorkingTime time =
        WorkingTime.builder()
            .workingDaysPerYear(pattern.workingDaysPerYear())
            .publicHolidays(holidays.ratioTo(day))
            .annualLeave(annual.ratioTo(day))
            .sickLeave(sick.ratioTo(day))
            .otherLeave(other.ratioTo(day))
            .hoursPerDay(day)
            .build();
    WisnInput.Builder wisn =
        WisnInput.builder()
            .staffCategory(role.name())
            .workingTime(time)
            .currentStaff(match.availableFte());
    Map<ComplexityLevel, BigDecimal> episodes = demand().episodesPerYearByLevel();
    boolean any = false;
    for (LevelDemand d : demand().levels()) {
      Hours t = d.profile().hoursPerEpisodeByRole().getOrDefault(role, Hours.ZERO);
      if (t.isPositive()) {
        wisn.addHealthServiceActivity(
            HealthServiceActivity.builder()
                .name(d.level().name() + " episodes")
                .standard(ActivityStandard.ofUnitTime(t))
                .annualWorkload(episodes.get(d.level()))
                .build());
        any = true;
      }
    }
    Checks.check(any, "role", "a role the clients need", role);
    if (perFte.totalNonClient().isPositive()) {
      wisn.addCategoryAllowance(
          CategoryAllowance.ofShare(
              "Non-client activities",
              Percentage.ofFraction(perFte.totalNonClient().ratioTo(perFte.workedHours()))));
    }
    return wisn.build();
  }

  /**
   * Returns whether a role can be shown in WISN terms: it has members on the team who share one
   * working day and number of working days per year and have client-care time, and the clients
   * need time from it.
   *
   * @param role the role, not null
   * @return true when {@link #toWisn(Role)} gives the role's figures
   */
  public boolean hasWisnView(Role role) {
    RoleMatch m = matches().get(role);
    return m != null
        && sharedPattern(role) != null
        && m.demandHours().isPositive()
        && m.supplyHours().isPositive();
  }

  private @Nullable WorkPattern sharedPattern(Role role) {
    List<WorkPattern> patterns = patterns(role);
    if (patterns.isEmpty()) {
      return null;
    }
    WorkPattern first = patterns.get(0);
    for (WorkPattern p : patterns) {
      if (!p.hoursPerDay().equals(first.hoursPerDay())
          || p.workingDaysPerYear().compareTo(first.workingDaysPerYear()) != 0) {
        return null;
      }
    }
    return first;
  }

  private List<WorkPattern> patterns(Role role) {
    List<WorkPattern> out = new ArrayList<>();
    for (io.github.cmpt.supply.Clinician c : team().clinicians()) {
      if (c.role().equals(role)) {
        out.add(c.workHours().pattern());
      }
    }
    return out;
  }

  /**
   * Returns a copy of this plan with another name.
   *
   * @param name the name, not blank
   * @return the copy
   * @throws IllegalArgumentException when the name is blank
   */
  public abstract CaseloadPlan withName(String name);

  /**
   * Returns a copy of this plan with another team.
   *
   * @param team the team, not null
   * @return the copy
   */
  public abstract CaseloadPlan withTeam(Team team);

  /**
   * Returns a copy of this plan with another demand.
   *
   * @param demand the demand, not null
   * @return the copy
   */
  public abstract CaseloadPlan withDemand(ServiceDemand demand);

  /**
   * Returns the value of one parameter of this plan, such as the FTE of a clinician
   * ({@code plan.get(PlanParameter.fte("ot-2"))}), in the parameter's unit.
   *
   * @param parameter a parameter of this plan, not null
   * @return the value
   * @throws IllegalArgumentException when the plan does not have the parameter, naming it and the
   *     parameters of its kind the plan has
   */
  public BigDecimal get(PlanParameter parameter) {
    return Checks.notNull(parameter, "parameter").getFrom(this);
  }

  /**
   * Returns a copy of this plan in which one parameter has another value, such as
   * {@code plan.with(PlanParameter.fte("ot-2"), new BigDecimal("0.8"))}; this plan when the value
   * is the one it has. See {@link PlanParameter} for the provenance of a replaced figure.
   *
   * @param parameter a parameter of this plan, not null
   * @param value the new value, in the parameter's unit, within
   *     {@link PlanParameter#rangeIn(CaseloadPlan)}, not null
   * @return the changed plan
   * @throws IllegalArgumentException when the plan does not have the parameter, the value is out of
   *     its range, or the changed plan is impossible
   */
  public CaseloadPlan with(PlanParameter parameter, BigDecimal value) {
    return Checks.notNull(parameter, "parameter").adjustInto(this, value);
  }

  /**
   * Returns a copy of this plan with a change applied, such as
   * {@code plan.with(PlanChange.set(PlanParameter.fte("ot-2"), BigDecimal.ONE))}.
   *
   * @param change the change, not null
   * @return the changed plan
   * @throws IllegalArgumentException when the change does not fit this plan
   */
  public CaseloadPlan with(PlanChange change) {
    return Checks.notNull(change, "change").applyTo(this);
  }

  /**
   * Returns every parameter of this plan, in this order: for each clinician in team order, the FTE
   * and the hours per week; the leave lines in days or hours of the team, then of each clinician
   * (lines of holiday dates are dates, not numbers, and have none); the non-client lines of the
   * team, then of each clinician; then for each level in rank order, its episode weeks, each
   * activity's minutes, frequency and group size in profile order, and its volume; then the weeks
   * per year. Supply parameters come first, demand parameters after.
   *
   * @return an immutable list of parameters with unique names
   */
  public ImmutableList<PlanParameter> parameters() {
    return PlanParameter.of(this);
  }

  private LevelDemand levelDemand(ComplexityLevel level) {
    return demand().levelDemand(level);
  }

  /**
   * Returns the plan's name and main figures, such as
   * {@code CaseloadPlan[Community OT: available 3.9 FTE, required 4.12 FTE, capacity 212 episodes/year]}.
   *
   * @return the plan as text
   */
  @Override
  public String toString() {
    return "CaseloadPlan["
        + name()
        + ": available "
        + availableFte()
        + ", required "
        + fteRequired().rounded(2, java.math.RoundingMode.HALF_UP)
        + ", capacity "
        + capacity().wholeEpisodesPerYear()
        + " episodes/year]";
  }

  /**
   * Builds a {@link CaseloadPlan}.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableCaseloadPlan.Builder {
    Builder() {}
  }
}
