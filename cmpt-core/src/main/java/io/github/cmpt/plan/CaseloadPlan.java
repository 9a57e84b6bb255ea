package io.github.cmpt.plan;

import io.github.cmpt.demand.Figure;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.internal.CmptStyle;
import io.github.cmpt.supply.ClinicianTime;
import io.github.cmpt.supply.Team;
import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.supply.TimeBreakdown;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.Period;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.wisn.ActivityStandard;
import io.github.cmpt.wisn.CategoryAllowance;
import io.github.cmpt.wisn.HealthServiceActivity;
import io.github.cmpt.wisn.WisnInput;
import io.github.cmpt.wisn.WorkingTime;
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
 * A caseload plan: the inputs of Step 3 of the CMPT, a name, a team (the supply, Step 1) and the
 * demand of its clients (Step 2).
 *
 * <p>A plan is data: building one checks its structure and computes nothing, so a caller can hold
 * and change plans freely. {@link PlanResult#of(CaseloadPlan)} evaluates it (Steps 1, 2 and 3) and
 * is where impossible input is found.
 *
 * <p>A role the clients need but the team lacks has no client-care hours per FTE of its own; give
 * one with {@code putClientCareHoursPerFte(role, hours)}, or evaluating the plan fails naming the
 * role.
 *
 * <pre>{@code
 * CaseloadPlan plan = CaseloadPlan.builder()
 *     .name("Community OT 2026")
 *     .team(team)
 *     .demand(demand)
 *     .build();
 * PlanResult result = PlanResult.of(plan);
 * result.match(Role.OCCUPATIONAL_THERAPIST).fteRequired();
 * result.capacity().wholeConcurrentCaseload();
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
  }

  /**
   * Returns a copy of this plan with another name, such as for the column of a what-if in a
   * {@link PlanComparison}.
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
   * Returns a copy of this plan in which one clinician has another FTE.
   *
   * @param clinicianId the clinician's identifier, not null
   * @param fte the new FTE, {@code x > 0}, not null
   * @return the copy
   * @throws IllegalArgumentException when no member has the identifier or the FTE is invalid
   */
  public CaseloadPlan withFte(String clinicianId, Fte fte) {
    return withTeam(team().withClinician(team().clinician(clinicianId).withFte(fte)));
  }

  /**
   * Returns a copy of this plan in which every activity of one kind at one level takes other
   * minutes per occurrence.
   *
   * @param level a level of the demand, not null
   * @param kind the kind of activity, not null
   * @param minutes the minutes per occurrence, with their provenance, not null
   * @return the copy
   * @throws IllegalArgumentException when the level is not in the demand or has no such activity
   */
  public CaseloadPlan withActivityMinutes(ComplexityLevel level, ActivityKind kind, Figure minutes) {
    LevelDemand d = levelDemand(level);
    List<InterventionActivity> activities = new ArrayList<>();
    boolean found = false;
    for (InterventionActivity a : d.profile().activities()) {
      if (a.kind().equals(kind)) {
        activities.add(a.withMinutes(minutes));
        found = true;
      } else {
        activities.add(a);
      }
    }
    Checks.check(found, "kind", "an activity of the profile of " + level.code(), kind);
    InterventionProfile profile = d.profile().withActivities(activities);
    return withLevel(LevelDemand.of(profile, d.volume()));
  }

  /**
   * Returns a copy of this plan in which one level has another volume of clients.
   *
   * @param level a level of the demand, not null
   * @param volume the clients of the level, not null
   * @return the copy
   * @throws IllegalArgumentException when the level is not in the demand
   */
  public CaseloadPlan withVolume(ComplexityLevel level, Volume volume) {
    return withDemand(demand().withVolume(level, volume));
  }

  private CaseloadPlan withLevel(LevelDemand replacement) {
    return withDemand(demand().withLevel(replacement));
  }

  private LevelDemand levelDemand(ComplexityLevel level) {
    return demand().levelDemand(level);
  }

  /**
   * Returns the plan's name, team and demand, such as
   * {@code CaseloadPlan[Community OT: Team[Community OT, 6 clinicians], ServiceDemand[4 levels, 52 weeks/year]]}.
   * The figures are those of {@link PlanResult#of(CaseloadPlan)}.
   *
   * @return the plan as text
   */
  @Override
  public String toString() {
    return "CaseloadPlan[" + name() + ": " + team() + ", " + demand() + "]";
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
