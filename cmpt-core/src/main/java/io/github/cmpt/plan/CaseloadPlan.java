package io.github.cmpt.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.internal.CmptStyle;
import io.github.cmpt.supply.Team;
import io.github.cmpt.time.Hours;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import org.immutables.value.Value;

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
 * CaseloadPlan more = plan.with(PlanParameter.fte("ot-2"), new BigDecimal("0.8"));
 * PlanResult.of(more, result).match(Role.OCCUPATIONAL_THERAPIST).gapFte();
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
   * @return an immutable map
   */
  public abstract ImmutableMap<Role, Hours> clientCareHoursPerFte();

  /**
   * The slots of this plan's parameters (what each is, its value and range, how to set it), listed
   * at the first use and kept, so that reading or changing several parameters of one plan, as a
   * sweep or a scenario does, lists them once. Not part of equality.
   */
  @Value.Lazy
  ParameterSlots slots() {
    return ParameterSlots.build(this);
  }

  @Value.Check
  void check() {
    Bounds.name("name", name());
    clientCareHoursPerFte()
        .forEach(
            (role, h) ->
                Checks.check(h.isPositive(), "clientCareHoursPerFte (" + role + ")", "x > 0", h));
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
