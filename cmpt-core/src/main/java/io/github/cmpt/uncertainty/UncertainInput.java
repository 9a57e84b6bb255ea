package io.github.cmpt.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.plan.PlanParameter;
import io.github.cmpt.internal.Checks;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One uncertain input of an {@link UncertainPlan}: a distribution and the plan parameters its
 * draw sets, such as {@code minutes[2/assessment/OT] ~ pert(40, 45, 60)} or, for figures tied
 * together, {@code referral growth ~ triangular(0.9, 1, 1.3) x [episodesPerYear[1],
 * episodesPerYear[2]]}.
 *
 * <p>An input is either a <em>value</em> input, whose draw is the value of its one parameter, or a
 * <em>factor</em> input, whose one draw multiplies the base value of each of its parameters: the
 * same draw scales several figures, so they move together (perfectly correlated). Each input gets
 * its own uniform in every sample; inputs are independent of each other.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class UncertainInput {

  private final String name;
  private final Distribution distribution;
  private final ImmutableList<PlanParameter> parameters;
  private final boolean factor;

  UncertainInput(
      String name, Distribution distribution, ImmutableList<PlanParameter> parameters,
      boolean factor) {
    this.name = name;
    this.distribution = distribution;
    this.parameters = parameters;
    this.factor = factor;
  }

  /**
   * Returns the name: the parameter's name for a value input, the name given for a factor.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the distribution of the draw: of the parameter's value, or of the factor.
   *
   * @return the distribution
   */
  public Distribution distribution() {
    return distribution;
  }

  /**
   * Returns the parameters the draw sets, in the order given.
   *
   * @return an unmodifiable list, one parameter for a value input
   */
  public ImmutableList<PlanParameter> parameters() {
    return parameters;
  }

  /**
   * Returns whether the draw is a factor on the parameters' base values rather than a value.
   *
   * @return true for a factor
   */
  public boolean isFactor() {
    return factor;
  }

  /**
   * Returns whether another object is the same input: name, distribution, parameters and kind.
   *
   * @param obj the other object
   * @return true for the same input
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof UncertainInput)) {
      return false;
    }
    UncertainInput i = (UncertainInput) obj;
    return name.equals(i.name)
        && distribution.equals(i.distribution)
        && parameters.equals(i.parameters)
        && factor == i.factor;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(name, distribution, parameters, factor);
  }

  /**
   * Returns the input as text, such as {@code minutes[2/assessment/OT] ~ pert(40, 45, 60)} or
   * {@code growth ~ triangular(0.9, 1, 1.3) x [episodesPerYear[1], episodesPerYear[2]]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return factor
        ? name + " ~ " + distribution + " x " + parameters
        : name + " ~ " + distribution;
  }

  static String checkName(String name) {
    Checks.notNull(name, "name");
    Checks.check(!name.isBlank(), "name", "non-blank", "\"" + name + "\"");
    return name;
  }
}
