package io.github.cmpt.uncertainty;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.plan.CaseloadPlan;
import io.github.cmpt.plan.PlanParameter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A caseload plan whose figures carry ranges: the base plan and the {@link UncertainInput}s that
 * give some of its {@link PlanParameter}s a distribution, alone or tied together.
 *
 * <p>Every parameter of the plan can be given a distribution ({@link Builder#vary}); several
 * parameters can share one draw that scales them all ({@link Builder#varyTogether}), such as a
 * growth in referrals that raises every level's volume by the same factor. A parameter belongs to
 * at most one input. Each sample of a parameter must be a value the plan accepts: the
 * distribution's {@linkplain Distribution#support() support} (times the base value, for a factor)
 * must lie in {@link PlanParameter#rangeIn(CaseloadPlan)}. A group size takes its draw rounded half
 * up to a whole number. Parameters without a distribution keep their base value.
 *
 * <pre>{@code
 * UncertainPlan uncertain = UncertainPlan.builder(plan)
 *     .vary(PlanParameter.activityMinutes(level2, ActivityKind.ASSESSMENT,
 *         Role.OCCUPATIONAL_THERAPIST), Distribution.parse("pert(75, 90, 120)"))
 *     .varyTogether("referral growth", Distribution.parse("triangular(0.9, 1, 1.3)"),
 *         PlanParameter.episodesPerYear(level1), PlanParameter.concurrentCaseload(level2))
 *     .build();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class UncertainPlan {

  private final CaseloadPlan plan;
  private final ImmutableList<UncertainInput> inputs;

  private UncertainPlan(CaseloadPlan plan, ImmutableList<UncertainInput> inputs) {
    this.plan = plan;
    this.inputs = inputs;
  }

  /**
   * Returns a builder of the ranges of a plan.
   *
   * @param plan the base plan, not null
   * @return a new builder
   */
  public static Builder builder(CaseloadPlan plan) {
    return new Builder(Checks.notNull(plan, "plan"));
  }

  /**
   * Returns the base plan.
   *
   * @return the plan
   */
  public CaseloadPlan plan() {
    return plan;
  }

  /**
   * Returns the uncertain inputs, in the order given.
   *
   * @return an unmodifiable list
   */
  public ImmutableList<UncertainInput> inputs() {
    return inputs;
  }

  /**
   * Returns the parameters the inputs set, in the order of the inputs and of their parameters.
   *
   * @return an unmodifiable list
   */
  public ImmutableList<PlanParameter> parameters() {
    ImmutableList.Builder<PlanParameter> out = ImmutableList.builder();
    for (UncertainInput i : inputs) {
      out.addAll(i.parameters());
    }
    return out.build();
  }

  /**
   * Returns a copy with the same inputs on another plan (which must have their parameters).
   *
   * @param newPlan the plan, not null
   * @return the copy
   * @throws IllegalArgumentException when the plan lacks a parameter or does not accept a sample
   */
  public UncertainPlan withPlan(CaseloadPlan newPlan) {
    Builder b = builder(newPlan);
    for (UncertainInput i : inputs) {
      b.add(i);
    }
    return b.build();
  }

  /**
   * Returns a copy in which one input has another distribution.
   *
   * @param name the name of an input, not null
   * @param distribution its new distribution, not null
   * @return the copy
   * @throws IllegalArgumentException when no input has the name, or the plan does not accept a
   *     sample of the new distribution
   */
  public UncertainPlan withDistribution(String name, Distribution distribution) {
    Checks.notNull(name, "name");
    Checks.notNull(distribution, "distribution");
    Builder b = builder(plan);
    boolean found = false;
    for (UncertainInput i : inputs) {
      if (i.name().equals(name)) {
        found = true;
        b.add(new UncertainInput(i.name(), distribution, i.parameters(), i.isFactor()));
      } else {
        b.add(i);
      }
    }
    Checks.check(found, "name", "the name of an input of " + names(), "\"" + name + "\"");
    return b.build();
  }

  private List<String> names() {
    List<String> out = new ArrayList<>();
    for (UncertainInput i : inputs) {
      out.add(i.name());
    }
    return out;
  }

  /**
   * The value a draw gives a parameter of an input: the draw, or the base times the draw for a
   * factor; rounded half up for a group size.
   */
  static double valueOf(boolean factor, boolean whole, double base, double draw) {
    double v = factor ? base * draw : draw;
    return whole ? Math.floor(v + 0.5) : v;
  }

  static boolean isWhole(PlanParameter parameter) {
    return parameter.name().startsWith("groupSize[");
  }

  /**
   * Returns whether another object has the same plan and inputs.
   *
   * @param obj the other object
   * @return true for the same plan and inputs
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof UncertainPlan
        && plan.equals(((UncertainPlan) obj).plan)
        && inputs.equals(((UncertainPlan) obj).inputs);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(plan, inputs);
  }

  /**
   * Returns the plan's name and its inputs, such as
   * {@code UncertainPlan[Community OT: episodesPerYear[1] ~ pert(80, 100, 130)]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "UncertainPlan[" + plan.name() + ": " + String.join("; ", inputText()) + "]";
  }

  private List<String> inputText() {
    List<String> out = new ArrayList<>();
    for (UncertainInput i : inputs) {
      out.add(i.toString());
    }
    return out;
  }

  /** A builder of an {@link UncertainPlan}. */
  public static final class Builder {
    private final CaseloadPlan plan;
    private final List<UncertainInput> inputs = new ArrayList<>();
    private final Set<PlanParameter> used = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    private Builder(CaseloadPlan plan) {
      this.plan = plan;
    }

    /**
     * Gives one parameter a distribution of its value.
     *
     * @param parameter a parameter of the plan not yet given one, not null
     * @param distribution the distribution of its value, in the parameter's unit, within
     *     {@link PlanParameter#rangeIn(CaseloadPlan)}, not null
     * @return this builder
     * @throws IllegalArgumentException when the plan lacks the parameter, the parameter already
     *     has a distribution, or the plan does not accept every sample
     */
    public Builder vary(PlanParameter parameter, Distribution distribution) {
      Checks.notNull(parameter, "parameter");
      Checks.notNull(distribution, "distribution");
      return add(
          new UncertainInput(parameter.name(), distribution, ImmutableList.of(parameter), false));
    }

    /**
     * Ties parameters together: one draw of a factor multiplies the base value of each of them,
     * so they rise and fall together.
     *
     * @param name the name of the factor, not blank, unlike any other input's
     * @param factor the distribution of the factor, such as {@code triangular(0.9, 1, 1.2)}, not
     *     null
     * @param parameters the parameters it scales, at least one, none already given a
     *     distribution, not null
     * @return this builder
     * @throws IllegalArgumentException when the name is blank or taken, there is no parameter, a
     *     parameter is not of the plan or already has a distribution, or the plan does not accept
     *     every sample
     */
    public Builder varyTogether(
        String name, Distribution factor, PlanParameter... parameters) {
      UncertainInput.checkName(name);
      Checks.notNull(factor, "factor");
      Checks.notNull(parameters, "parameters");
      Checks.check(parameters.length > 0, "parameters", "at least one", 0);
      for (PlanParameter p : parameters) {
        Checks.notNull(p, "parameter");
      }
      return add(new UncertainInput(name, factor, ImmutableList.copyOf(parameters), true));
    }

    Builder add(UncertainInput input) {
      Checks.check(
          names.add(input.name()), "name", "unlike the name of another input", input.name());
      Range<BigDecimal> support = input.distribution().support();
      for (PlanParameter p : input.parameters()) {
        Checks.check(used.add(p), "parameter", "given one distribution", p.name());
        Range<BigDecimal> valid = p.rangeIn(plan); // throws for a parameter not of the plan
        BigDecimal lo = support.lowerEndpoint();
        BigDecimal hi = support.upperEndpoint();
        if (input.isFactor()) {
          BigDecimal base = plan.get(p);
          lo = base.multiply(lo);
          hi = base.multiply(hi);
          if (lo.compareTo(hi) > 0) {
            BigDecimal t = lo;
            lo = hi;
            hi = t;
          }
        }
        if (isWhole(p)) {
          lo = lo.setScale(0, java.math.RoundingMode.HALF_UP);
          hi = hi.setScale(0, java.math.RoundingMode.HALF_UP);
        }
        Checks.check(
            valid.contains(lo) && valid.contains(hi),
            p.name(),
            "samples within " + valid,
            input.toString());
      }
      inputs.add(input);
      return this;
    }

    /**
     * Returns the uncertain plan.
     *
     * @return the plan with its inputs
     */
    public UncertainPlan build() {
      return new UncertainPlan(plan, ImmutableList.copyOf(inputs));
    }
  }
}
