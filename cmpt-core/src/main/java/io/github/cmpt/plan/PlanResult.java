package io.github.cmpt.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import io.github.cmpt.demand.InterventionTime;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.supply.ClinicianTime;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.supply.TimeBreakdown;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.Period;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Step 3 of the CMPT for a {@link CaseloadPlan}: the client-care time of its team (Step 1, a
 * {@link TeamTime}) matched to the time its clients need (Step 2, an {@link InterventionTime}),
 * role by role.
 *
 * <p>Supply and demand are matched per {@link Role}: the hours a profile's activities need from an
 * assistant are matched to the team's assistants, those from an occupational therapist to its
 * occupational therapists. For each role the result gives a {@link RoleMatch} (FTE required and
 * each level's contribution, the gap in hours and FTE, the staffing ratio, workload pressure,
 * utilisation and capacity). The plan's {@link #capacity()} is that of the role that runs out first
 * for the case mix (the bottleneck); {@link #suggestedCaseloads()} shares each role's capacity
 * among its members in proportion to their client-care hours.
 *
 * <p>The result is computed once, when it is made: {@link #of(CaseloadPlan)} computes all three
 * steps; {@link #of(CaseloadPlan, TeamTime, InterventionTime)} takes the results of Steps 1 and 2;
 * {@link #of(CaseloadPlan, PlanResult)} re-evaluates a changed plan, reusing the Step 1 and Step 2
 * results of an earlier one whose team or demand is the same.
 *
 * <pre>{@code
 * PlanResult result = PlanResult.of(plan);
 * result.match(Role.OCCUPATIONAL_THERAPIST).fteRequired();
 * result.capacity().wholeConcurrentCaseload();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class PlanResult {

  private final CaseloadPlan plan;
  private final TeamTime supply;
  private final InterventionTime demand;
  /** Each level's episode length in weeks, as a fraction, in the demand's order. */
  private final ImmutableMap<ComplexityLevel, Fraction> episodeWeeks;
  /** The service's weeks per year, as a fraction. */
  private final Fraction weeksPerYear;
  private final ImmutableMap<Role, RoleMatch> matches;
  private final Fte availableFte;
  private final Fte fteRequired;
  private final Hours supplyHours;

  private PlanResult(CaseloadPlan plan, TeamTime supply, InterventionTime demand) {
    this.plan = plan;
    this.supply = supply;
    this.demand = demand;
    Checks.check(
        demand.demandHours().isPositive(),
        "demand",
        "clients needing some time (demand hours > 0)",
        demand.demandHours());
    ImmutableMap.Builder<ComplexityLevel, Fraction> weeks = ImmutableMap.builder();
    for (LevelDemand d : plan.demand().levels()) {
      weeks.put(d.level(), Fraction.of(d.profile().episodeWeeks().value()));
    }
    this.episodeWeeks = weeks.buildOrThrow();
    this.weeksPerYear = Fraction.of(plan.demand().weeksPerYear());
    this.matches = computeMatches();
    List<Fte> available = new ArrayList<>(matches.size());
    List<Fte> required = new ArrayList<>(matches.size());
    List<Hours> hours = new ArrayList<>(matches.size());
    for (RoleMatch m : matches.values()) {
      available.add(m.availableFte());
      required.add(m.fteRequired());
      hours.add(m.supplyHours());
    }
    this.availableFte = Fte.sum(available);
    this.fteRequired = Fte.sum(required);
    this.supplyHours = Hours.sum(hours);
    for (Role role : plan.clientCareHoursPerFte().keySet()) {
      if (!matches.containsKey(role)) {
        throw new IllegalArgumentException(
            Checks.invalid(
                "clientCareHoursPerFte (" + role + ")",
                "given for a role of the plan " + matches.keySet(),
                plan.clientCareHoursPerFte().get(role)));
      }
      if (matches.get(role).supplyHours().isPositive()) {
        throw new IllegalArgumentException(
            Checks.invalid(
                "clientCareHoursPerFte (" + role + ")",
                "given only for a role without client-care time on the team, which has "
                    + matches.get(role).supplyHours(),
                plan.clientCareHoursPerFte().get(role)));
      }
    }
  }

  /**
   * Evaluates a plan: Step 1 for its team, Step 2 for its demand, and Step 3.
   *
   * @param plan the plan, not null
   * @return the result
   * @throws IllegalArgumentException when the plan's input is impossible: a clinician's leave and
   *     non-client time beyond paid hours, clients needing no time, or a role the clients need
   *     without client-care hours per FTE; the message names the field and the amounts
   */
  public static PlanResult of(CaseloadPlan plan) {
    Checks.notNull(plan, "plan");
    return new PlanResult(plan, TeamTime.of(plan.team()), InterventionTime.of(plan.demand()));
  }

  /**
   * Evaluates Step 3 of a plan from the results of its Steps 1 and 2.
   *
   * @param plan the plan, not null
   * @param supply the time available of the plan's team, not null
   * @param demand the intervention time of the plan's demand, not null
   * @return the result
   * @throws IllegalArgumentException when the supply is not that of the plan's team or the demand
   *     not that of the plan's demand, or the plan's input is impossible (see {@link
   *     #of(CaseloadPlan)})
   */
  public static PlanResult of(CaseloadPlan plan, TeamTime supply, InterventionTime demand) {
    Checks.notNull(plan, "plan");
    Checks.notNull(supply, "supply");
    Checks.notNull(demand, "demand");
    Checks.check(
        supply.team().equals(plan.team()), "supply", "the time of the plan's team", supply);
    Checks.check(
        demand.demand().equals(plan.demand()),
        "demand",
        "the intervention time of the plan's demand",
        demand);
    return new PlanResult(plan, supply, demand);
  }

  /**
   * Evaluates a plan, reusing the Step 1 result of {@code previous} when the plan's team is the
   * same (identical or equal) and its Step 2 result when the demand is: a change of demand
   * parameters does not recompute Step 1, and a change of the team does not recompute Step 2.
   *
   * @param plan the plan, not null
   * @param previous an earlier result, of any plan, not null
   * @return the result of {@code plan}
   * @throws IllegalArgumentException when the plan's input is impossible (see {@link
   *     #of(CaseloadPlan)})
   */
  public static PlanResult of(CaseloadPlan plan, PlanResult previous) {
    Checks.notNull(plan, "plan");
    Checks.notNull(previous, "previous");
    if (plan.equals(previous.plan)) {
      return previous;
    }
    TeamTime supply =
        same(plan.team(), previous.plan.team()) ? previous.supply : TeamTime.of(plan.team());
    InterventionTime demand =
        same(plan.demand(), previous.plan.demand())
            ? previous.demand
            : InterventionTime.of(plan.demand());
    return new PlanResult(plan, supply, demand);
  }

  private static boolean same(Object a, Object b) {
    return a == b || a.equals(b);
  }

  /**
   * Returns the plan this result is of.
   *
   * @return the plan
   */
  public CaseloadPlan plan() {
    return plan;
  }

  /**
   * Returns Step 1: the time available of the plan's team.
   *
   * @return the team's time
   */
  public TeamTime supply() {
    return supply;
  }

  /**
   * Returns Step 2: the intervention time the plan's clients need.
   *
   * @return the clients' time
   */
  public InterventionTime demand() {
    return demand;
  }

  /**
   * Returns the roles the plan matches: the team's roles, then the other roles the clients need.
   *
   * @return an unmodifiable list
   */
  public ImmutableList<Role> roles() {
    return matches.keySet().asList();
  }

  /**
   * Returns the match of each role, in the order of {@link #roles()}.
   *
   * @return an unmodifiable map
   */
  public ImmutableMap<Role, RoleMatch> matches() {
    return matches;
  }

  /**
   * Returns the match of one role.
   *
   * @param role the role, not null
   * @return its match
   * @throws IllegalArgumentException when the role is neither on the team nor needed by the clients
   */
  public RoleMatch match(Role role) {
    RoleMatch m = matches().get(Checks.notNull(role, "role"));
    if (m == null) {
      throw new IllegalArgumentException(
          Checks.invalid("role", "a role of the plan " + roles(), role));
    }
    return m;
  }

  private ImmutableMap<Role, RoleMatch> computeMatches() {
    Map<Role, TimeBreakdown> byRole = supply.byRole(Period.YEAR);
    Map<ComplexityLevel, Fraction> episodes = demand.episodesPerYearByLevel();
    Set<Role> roles = new LinkedHashSet<>(byRole.keySet());
    demand
        .demandHoursByRole()
        .forEach(
            (role, hours) -> {
              if (hours.isPositive()) {
                roles.add(role);
              }
            });

    ImmutableTable<ComplexityLevel, Role, Hours> hoursByRole =
        demand.hoursPerEpisodeByLevelAndRole();

    Map<Role, RoleMatch> out = new LinkedHashMap<>();
    for (Role role : roles) {
      TimeBreakdown s = byRole.get(role);
      Fte fte = s == null ? Fte.ZERO : s.fte();
      Hours supplyHours = s == null ? Hours.ZERO : s.clientCareHours();
      Map<ComplexityLevel, Hours> perEpisode = new LinkedHashMap<>();
      Map<ComplexityLevel, Hours> demandByLevel = new LinkedHashMap<>();
      boolean needed = false;
      for (LevelDemand d : plan.demand().levels()) {
        Hours h = hoursByRole.row(d.level()).getOrDefault(role, Hours.ZERO);
        perEpisode.put(d.level(), h);
        demandByLevel.put(d.level(), h.multipliedBy(episodes.get(d.level())));
        needed |= h.isPositive() && episodes.get(d.level()).signum() > 0;
      }
      Hours given = plan.clientCareHoursPerFte().get(role);
      Hours perFte;
      if (given != null) {
        perFte = given;
      } else if (s != null && supplyHours.isPositive()) {
        // the client-care line of s.perFte(), without the other lines: every line is divided by
        // the FTE, so the remainder is too, to the same value and scale
        perFte = supplyHours.dividedBy(fte.toFraction());
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
              ? Capacity.of(role, supplyHours, episodes, perEpisode, episodeWeeks, weeksPerYear)
              : null;
      out.put(
          role,
          new RoleMatch(role, fte, supplyHours, perFte, given != null, demandByLevel, capacity));
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * Returns the team's available FTE, all roles.
   *
   * @return available FTE
   */
  public Fte availableFte() {
    return availableFte;
  }

  /**
   * Returns the FTE required, all roles: the sum of the roles' FTE required.
   *
   * @return FTE required
   */
  public Fte fteRequired() {
    return fteRequired;
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
  public Optional<Fraction> staffingRatio() {
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
    return supplyHours;
  }

  /**
   * Returns the demand hours of the clients, all roles.
   *
   * @return demand hours per year
   */
  public Hours demandHours() {
    return demand.demandHours();
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
    LevelDemand d = plan.demand().levelDemand(level);
    Capacity least = null;
    Set<Role> roles = new LinkedHashSet<>(matches().keySet());
    roles.addAll(d.profile().hoursPerEpisodeByRole().keySet());
    for (Role role : roles) {
      Hours t = d.profile().hoursPerEpisodeByRole().getOrDefault(role, Hours.ZERO);
      if (t.isPositive()) {
        RoleMatch m = matches().get(role);
        Capacity c =
            Capacity.ofLevel(
                role,
                m == null ? Hours.ZERO : m.supplyHours(),
                level,
                t,
                Objects.requireNonNull(episodeWeeks.get(level)),
                weeksPerYear);
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
  public ImmutableList<ClinicianCaseload> suggestedCaseloads() {
    ImmutableList.Builder<ClinicianCaseload> out =
        ImmutableList.builderWithExpectedSize(supply.members().size());
    for (ClinicianTime m : supply.members()) {
      Role role = m.clinician().role();
      RoleMatch match = matches().get(role);
      if (match == null || match.capacity().isEmpty() || match.supplyHours().isZero()) {
        continue;
      }
      Capacity c = match.capacity().get();
      Hours own = m.perYear().clientCareHours();
      Fraction share = own.ratioTo(match.supplyHours());
      out.add(new ClinicianCaseload(m.clinician().id(), role, own, share, c));
    }
    return out.build();
  }

  /**
   * Returns whether another object is the result of an equal plan.
   *
   * @param obj the other object
   * @return true for the same plan
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PlanResult && plan.equals(((PlanResult) obj).plan);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return plan.hashCode();
  }

  /**
   * Returns the plan's name and main figures, such as
   * {@code PlanResult[Community OT: available 3.9 FTE, required 4.12 FTE, capacity 212 episodes/year]}.
   *
   * @return the result as text
   */
  @Override
  public String toString() {
    return "PlanResult["
        + plan.name()
        + ": available "
        + availableFte()
        + ", required "
        + fteRequired().rounded(2, java.math.RoundingMode.HALF_UP)
        + ", capacity "
        + capacity().wholeEpisodesPerYear()
        + " episodes/year]";
  }
}
