package io.github.cmpt.plan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.cmpt.report.Explanation;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Step 3 for one role: the client-care time the role's staff have (supply) matched to the time the
 * clients need from that role (demand).
 *
 * <pre>
 * FTE required        = demand hours / client-care hours per 1.0 FTE
 * gap (hours)         = supply hours - demand hours
 * gap (FTE)           = available FTE - required FTE
 * staffing ratio      = available FTE / required FTE     (WISN ratio; 1 is balanced)
 * workload pressure   = 1 - staffing ratio, when the ratio is below 1
 * utilisation         = demand hours / supply hours
 * </pre>
 * Each level's contribution to the FTE required is its demand hours divided by the same hours per
 * FTE. Ratios that would divide by zero (no demand, no supply) are empty rather than infinite.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class RoleMatch {

  private final Role role;
  private final Fte availableFte;
  private final Hours supplyHours;
  private final Hours hoursPerFte;
  private final boolean hoursPerFteGiven;
  private final ImmutableMap<ComplexityLevel, Hours> demandByLevel;
  private final Hours demandHours;
  private final ImmutableMap<ComplexityLevel, Fte> fteByLevel;
  private final Fte fteRequired;
  private final @Nullable Capacity capacity;

  RoleMatch(
      Role role,
      Fte availableFte,
      Hours supplyHours,
      Hours hoursPerFte,
      boolean hoursPerFteGiven,
      Map<ComplexityLevel, Hours> demandByLevel,
      @Nullable Capacity capacity) {
    this.role = role;
    this.availableFte = availableFte;
    this.supplyHours = supplyHours;
    this.hoursPerFte = hoursPerFte;
    this.hoursPerFteGiven = hoursPerFteGiven;
    this.demandByLevel = ImmutableMap.copyOf(demandByLevel);
    this.demandHours = Hours.sum(this.demandByLevel.values());
    ImmutableMap.Builder<ComplexityLevel, Fte> byLevel = ImmutableMap.builder();
    this.demandByLevel.forEach((level, h) -> byLevel.put(level, fte(h, hoursPerFte)));
    this.fteByLevel = byLevel.build();
    this.fteRequired = fte(demandHours, hoursPerFte);
    this.capacity = capacity;
  }

  /**
   * Returns the role.
   *
   * @return the role
   */
  public Role role() {
    return role;
  }

  /**
   * Returns the FTE of the role on the team.
   *
   * @return available FTE, zero when the team has none of this role
   */
  public Fte availableFte() {
    return availableFte;
  }

  /**
   * Returns the client-care hours per year of the role's staff (Step 1).
   *
   * @return supply hours
   */
  public Hours supplyHours() {
    return supplyHours;
  }

  /**
   * Returns the client-care hours per year of one 1.0 FTE of the role: the role's own (Step 1), or
   * the figure the plan was given for a role the team lacks.
   *
   * @return hours per FTE; positive whenever the clients need time from the role, zero for a role
   *     on the team with no client-care time and no demand
   */
  public Hours clientCareHoursPerFte() {
    return hoursPerFte;
  }

  /**
   * Returns the demand hours per year of the role, all levels.
   *
   * @return demand hours
   */
  public Hours demandHours() {
    return demandHours;
  }

  /**
   * Returns the demand hours per year of the role for each level.
   *
   * @return an unmodifiable map in level order
   */
  public ImmutableMap<ComplexityLevel, Hours> demandHoursByLevel() {
    return demandByLevel;
  }

  /**
   * Returns the FTE required: {@code demand hours / client-care hours per 1.0 FTE}.
   *
   * @return FTE required, exact to {@link Hours#MATH_CONTEXT}
   */
  public Fte fteRequired() {
    return fteRequired;
  }

  /** FTE of a demand: {@code demand / hoursPerFte}, exact; zero for no demand. */
  private static Fte fte(Hours demand, Hours hoursPerFte) {
    return demand.isZero() ? Fte.ZERO : Fte.of(demand.ratioTo(hoursPerFte));
  }

  /**
   * Returns each level's contribution to the FTE required: its demand hours per FTE hours.
   *
   * @return an unmodifiable map in level order
   */
  public ImmutableMap<ComplexityLevel, Fte> fteRequiredByLevel() {
    return fteByLevel;
  }

  /**
   * Returns the gap in hours: {@code supply - demand}; negative when the clients need more time than
   * the staff have.
   *
   * @return the gap in hours
   */
  public Hours gapHours() {
    return supplyHours.minus(demandHours());
  }

  /**
   * Returns the gap in FTE: {@code available - required}; negative when understaffed.
   *
   * @return the gap in FTE
   */
  public Fte gapFte() {
    return availableFte.minus(fteRequired());
  }

  /**
   * Returns the staffing ratio (the WISN ratio): {@code available FTE / required FTE}.
   *
   * @return the ratio, or empty when no FTE is required
   */
  public Optional<Fraction> staffingRatio() {
    return ratio(availableFte, fteRequired);
  }

  /** {@code available / required}, exact, empty when nothing is required. */
  static Optional<Fraction> ratio(Fte available, Fte required) {
    if (required.isZero()) {
      return Optional.empty();
    }
    return Optional.of(available.toFraction().dividedBy(required.toFraction()));
  }

  /** {@code 1 - ratio} when the ratio is below 1, zero otherwise. */
  static Percentage pressure(Fraction ratio) {
    return ratio.compareTo(Fraction.ONE) < 0
        ? Percentage.ofFraction(Fraction.ONE.minus(ratio))
        : Percentage.ZERO;
  }

  /** {@code demand / supply}, empty when there is no supply. */
  static Optional<Percentage> utilisation(Hours demand, Hours supply) {
    if (supply.isZero()) {
      return Optional.empty();
    }
    return Optional.of(Percentage.ofFraction(demand.ratioTo(supply)));
  }

  /**
   * Returns the workload pressure: {@code 1 - staffing ratio} when the ratio is below 1, zero when
   * the staff are enough.
   *
   * @return the pressure, or empty when no FTE is required
   */
  public Optional<Percentage> workloadPressure() {
    return staffingRatio().map(RoleMatch::pressure);
  }

  /**
   * Returns the utilisation of client-care time: {@code demand hours / supply hours}; above 100%
   * when the clients need more than the staff have.
   *
   * @return the utilisation, or empty when the role has no supply
   */
  public Optional<Percentage> utilisation() {
    return utilisation(demandHours(), supplyHours);
  }

  /**
   * Returns how many clients the role's staff can serve for the plan's case mix.
   *
   * @return the capacity, or empty when the clients need no time from this role
   */
  public Optional<Capacity> capacity() {
    return Optional.ofNullable(capacity);
  }

  /**
   * Returns how the figures of this role were computed: an explanation named
   * {@code Match (}role{@code )} whose result is the {@link #gapFte() gap in FTE},
   * {@code available FTE - FTE required}, and whose details explain, in order, the FTE required
   * (with the client-care hours per 1.0 FTE it uses), the gap in hours, the gap in FTE, the
   * staffing ratio (when FTE are required) and the capacity (when the clients need time from the
   * role), such as
   * {@code Match (PT) = available FTE - FTE required with available FTE 2 FTE, FTE required 2.3353
   * FTE ≈ -0.3353 FTE} followed by the details, indented.
   *
   * @return the explanation of the match
   */
  public Explanation explain() {
    ImmutableList.Builder<Explanation> out = ImmutableList.builder();
    Map<String, Object> perFte = new LinkedHashMap<>();
    perFte.put(
        hoursPerFteGiven ? "figure given to the plan" : "client-care hours of " + role + " (Step 1)",
        hoursPerFteGiven ? hoursPerFte : supplyHours);
    if (!hoursPerFteGiven) {
      perFte.put("FTE of " + role, availableFte);
    }
    Explanation perFteWhy =
        Explanation.of(
            "Client-care hours per 1.0 FTE (" + role + ")",
            hoursPerFteGiven ? "given for a role the team lacks" : "client-care hours / FTE",
            perFte,
            hoursPerFte);
    Map<String, Object> fte = new LinkedHashMap<>();
    fte.put("demand hours of " + role, demandHours());
    fte.put("client-care hours per 1.0 FTE", hoursPerFte);
    out.add(
        Explanation.of(
            "FTE required (" + role + ")",
            "demand hours / client-care hours per 1.0 FTE",
            fte,
            fteRequired(),
            List.of(perFteWhy)));
    Map<String, Object> gap = new LinkedHashMap<>();
    gap.put("supply hours", supplyHours);
    gap.put("demand hours", demandHours());
    out.add(Explanation.of("Gap in hours (" + role + ")", "supply - demand", gap, gapHours()));
    Map<String, Object> gapFte = new LinkedHashMap<>();
    gapFte.put("available FTE", availableFte);
    gapFte.put("required FTE", fteRequired());
    out.add(Explanation.of("Gap in FTE (" + role + ")", "available - required", gapFte, gapFte()));
    staffingRatio()
        .ifPresent(
            r ->
                out.add(
                    Explanation.of(
                        "Staffing ratio (" + role + ")",
                        "available FTE / required FTE",
                        gapFte,
                        r)));
    if (capacity != null) {
      out.add(capacity.explain());
    }
    return Explanation.of(
        "Match (" + role + ")",
        "available FTE - FTE required",
        ImmutableMap.of("available FTE", availableFte, "FTE required", fteRequired()),
        gapFte(),
        out.build());
  }

  /**
   * Returns whether another object is an equal match.
   *
   * @param obj the other object
   * @return true for the same figures
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof RoleMatch)) {
      return false;
    }
    RoleMatch m = (RoleMatch) obj;
    return role.equals(m.role)
        && availableFte.equals(m.availableFte)
        && supplyHours.equals(m.supplyHours)
        && hoursPerFte.equals(m.hoursPerFte)
        && hoursPerFteGiven == m.hoursPerFteGiven
        && demandByLevel.equals(m.demandByLevel)
        && Objects.equals(capacity, m.capacity);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(role, availableFte, supplyHours, hoursPerFte, demandByLevel);
  }

  /**
   * Returns the main figures, such as
   * {@code RoleMatch[PT: available 2.5 FTE, required 2.81 FTE, gap -0.31 FTE]}.
   *
   * @return the match as text
   */
  @Override
  public String toString() {
    return "RoleMatch["
        + role
        + ": available "
        + availableFte
        + ", required "
        + fteRequired().rounded(2, java.math.RoundingMode.HALF_UP)
        + ", gap "
        + gapFte().rounded(2, java.math.RoundingMode.HALF_UP)
        + "]";
  }
}
