package io.github.cmpt.wisn;

import com.google.common.collect.ImmutableMap;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.internal.CmptStyle;
import io.github.cmpt.report.Explanation;
import io.github.cmpt.time.Hours;
import org.immutables.value.Value;

/**
 * An additional activity of WISN that only some members of the staff category do (an individual
 * allowance), such as {@code IndividualAllowance[Teaching students 120h/year x 2 staff]}: the time
 * each of them gives to it in a year, and how many staff do it.
 *
 * <p>Its <b>hours per year</b> {@code = hoursPerYear x staff}.
 *
 * <p>Rules: the name is not blank; {@code hoursPerYear >= 0}; {@code staff >= 1}.
 *
 * <pre>{@code
 * IndividualAllowance teaching = IndividualAllowance.builder()
 *     .name("Teaching students")
 *     .hoursPerYear(Hours.of(120))
 *     .staff(2)
 *     .build();
 * teaching.totalHoursPerYear();   // 240h
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@CmptStyle
public abstract class IndividualAllowance {

  IndividualAllowance() {}

  /**
   * Returns a builder; every field is required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name of the activity, such as {@code Teaching students}.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the time each staff member who does the activity gives to it in a year.
   *
   * @return hours per year per staff member, {@code x >= 0}
   */
  public abstract Hours hoursPerYear();

  /**
   * Returns how many staff members do the activity.
   *
   * @return the number of staff, {@code x >= 1}
   */
  public abstract int staff();

  /**
   * Returns the time the activity takes in a year, exactly: {@code hoursPerYear x staff}.
   *
   * @return hours per year, not negative
   */
  public Hours totalHoursPerYear() {
    return hoursPerYear().multipliedBy(staff());
  }

  /**
   * Returns how the time of the activity in a year is computed, such as
   * {@code Individual allowance (Teaching students) = hours per year x staff = 120h x 2 = 240h}.
   *
   * @return the explanation named {@code Individual allowance (}name{@code )}
   */
  public Explanation explain() {
    return Explanation.of(
            "Individual allowance (" + name() + ")",
            "hours per year x staff",
            ImmutableMap.of("hours per year", hoursPerYear(), "staff", staff()),
            totalHoursPerYear())
        .withWorking("{hours per year} x {staff}");
  }

  @Value.Check
  void check() {
    Checks.check(!name().isBlank(), "name", "non-blank", "\"" + name() + "\"");
    Checks.check(
        !hoursPerYear().isNegative(), "hoursPerYear (" + name() + ")", "x >= 0", hoursPerYear());
    Checks.check(staff() >= 1, "staff (" + name() + ")", "x >= 1", staff());
  }

  /**
   * Returns the name, time and staff, such as
   * {@code IndividualAllowance[Teaching students 120h/year x 2 staff]}.
   *
   * @return the allowance as text
   */
  @Override
  public String toString() {
    return "IndividualAllowance[" + name() + " " + hoursPerYear() + "/year x " + staff() + " staff]";
  }

  /**
   * Builds an {@link IndividualAllowance}.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableIndividualAllowance.Builder {
    Builder() {}
  }
}
