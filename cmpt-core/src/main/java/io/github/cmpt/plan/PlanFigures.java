package io.github.cmpt.plan;

import com.google.common.collect.ImmutableMap;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.vocabulary.Role;
import java.util.Optional;

/**
 * The figures of a plan that scenario comparisons and sweeps show: for each role its available
 * FTE, FTE required, gap in FTE and staffing ratio, and the plan's capacity as whole counts.
 *
 * <p>This is the one place where {@link ScenarioComparison} and {@link Sweep} read the figures of a
 * plan, from its {@link PlanResult}.
 */
final class PlanFigures {

  /** The figures of one role. */
  record RoleFigures(
      Fte availableFte,
      Fte fteRequired,
      Fte gapFte,
      Optional<Fraction> ratio,
      Hours demandHours,
      Hours hoursPerFte) {

    /** The figures of a role the plan does not have: no staff, nothing required, no ratio. */
    static final RoleFigures NONE =
        new RoleFigures(Fte.ZERO, Fte.ZERO, Fte.ZERO, Optional.empty(), Hours.ZERO, Hours.ZERO);
  }

  private final ImmutableMap<Role, RoleFigures> roles;
  private final long wholeEpisodesPerYear;
  private final long wholeConcurrentCaseload;

  private PlanFigures(
      ImmutableMap<Role, RoleFigures> roles, long wholeEpisodesPerYear, long wholeConcurrentCaseload) {
    this.roles = roles;
    this.wholeEpisodesPerYear = wholeEpisodesPerYear;
    this.wholeConcurrentCaseload = wholeConcurrentCaseload;
  }

  /** Reads the figures of a plan's result. */
  static PlanFigures of(PlanResult result) {
    ImmutableMap.Builder<Role, RoleFigures> roles = ImmutableMap.builder();
    for (RoleMatch m : result.matches().values()) {
      Role role = m.role();
      roles.put(
          role,
          new RoleFigures(
              m.availableFte(),
              m.fteRequired(),
              m.gapFte(),
              m.staffingRatio(),
              m.demandHours(),
              m.clientCareHoursPerFte()));
    }
    Capacity capacity = result.capacity();
    return new PlanFigures(
        roles.buildOrThrow(),
        capacity.wholeEpisodesPerYear(),
        capacity.wholeConcurrentCaseload());
  }

  ImmutableMap<Role, RoleFigures> roles() {
    return roles;
  }

  RoleFigures role(Role role) {
    return roles.getOrDefault(role, RoleFigures.NONE);
  }

  long wholeEpisodesPerYear() {
    return wholeEpisodesPerYear;
  }

  long wholeConcurrentCaseload() {
    return wholeConcurrentCaseload;
  }
}
