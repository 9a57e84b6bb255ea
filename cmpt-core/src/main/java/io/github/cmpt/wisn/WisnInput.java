package io.github.cmpt.wisn;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.internal.CmptStyle;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Percentage;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The inputs of a WISN calculation for one staff category in one kind of facility: its
 * {@link WorkingTime}, its health-service activities, its category and individual allowances, and
 * the staff it has now, such as {@code WisnInput[Physiotherapist, 3 activities, 2 FTE]}.
 *
 * <p>Rules: the staff category is not blank; there is at least one health-service activity; the
 * current staff is {@code x >= 0}; and the category allowances together take less than 100% of
 * working time (at 100% or more nobody would have time left for health services, and the category
 * allowance factor {@code 1 / (1 - total)} has no meaning).
 *
 * <pre>{@code
 * WisnInput input = WisnInput.builder()
 *     .staffCategory("Physiotherapist")
 *     .workingTime(time)
 *     .addHealthServiceActivity(sessions)
 *     .addCategoryAllowance(CategoryAllowance.ofShare("Meetings", Percentage.ofPercent(5)))
 *     .addIndividualAllowance(teaching)
 *     .currentStaff(Fte.ONE)
 *     .build();
 * input.result().ratio();   // current staff / required staff
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@CmptStyle
public abstract class WisnInput {

  WisnInput() {}

  /**
   * Returns a builder; the staff category, working time, current staff and at least one
   * health-service activity are required, the allowances are optional.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the staff category the calculation is for, such as {@code Physiotherapist}.
   *
   * @return the staff category, not blank
   */
  public abstract String staffCategory();

  /**
   * Returns the working time of one staff member of the category.
   *
   * @return the working time
   */
  public abstract WorkingTime workingTime();

  /**
   * Returns the health-service activities, in the order given.
   *
   * @return an immutable list of at least one activity
   */
  public abstract ImmutableList<HealthServiceActivity> healthServiceActivities();

  /**
   * Returns the category allowances (support activities everyone does), in the order given.
   *
   * @return an immutable list, possibly empty
   */
  public abstract ImmutableList<CategoryAllowance> categoryAllowances();

  /**
   * Returns the individual allowances (additional activities some staff do), in the order given.
   *
   * @return an immutable list, possibly empty
   */
  public abstract ImmutableList<IndividualAllowance> individualAllowances();

  /**
   * Returns the staff of the category in post now.
   *
   * @return the current staff, {@code x >= 0}
   */
  public abstract Fte currentStaff();

  /**
   * Returns the WISN result: every figure from the available working time to the WISN ratio,
   * computed once.
   *
   * @return the result
   */
  @Value.Lazy
  public WisnResult result() {
    return WisnResult.of(this);
  }

  /**
   * Returns a copy of these inputs with another current staff, to compare staffing levels against
   * the same workload.
   *
   * @param staff the staff in post, {@code x >= 0}, not null
   * @return the copy
   * @throws IllegalArgumentException when the staff is negative
   */
  public abstract WisnInput withCurrentStaff(Fte staff);

  /**
   * Returns the share of working time the category allowances take together: the exact sum of
   * {@link CategoryAllowance#shareOf(WorkingTime)}.
   *
   * @return the total share, {@code 0% <= x < 100%}
   */
  public Percentage totalCategoryAllowance() {
    Percentage total = Percentage.ZERO;
    for (CategoryAllowance a : categoryAllowances()) {
      total = total.plus(a.shareOf(workingTime()));
    }
    return total;
  }

  @Value.Check
  void check() {
    Checks.check(
        !staffCategory().isBlank(), "staffCategory", "non-blank", "\"" + staffCategory() + "\"");
    Checks.check(
        !healthServiceActivities().isEmpty(),
        "healthServiceActivities",
        "at least one activity",
        "none");
    Checks.check(!currentStaff().isNegative(), "currentStaff", "x >= 0", currentStaff());
    Percentage total = totalCategoryAllowance();
    if (total.compareTo(Percentage.ONE_HUNDRED) >= 0) {
      throw new IllegalArgumentException(
          Checks.invalid(
              "categoryAllowances",
              "total < 100% of working time",
              total
                  + " ("
                  + categoryAllowances().stream()
                      .map(a -> a + " = " + a.shareOf(workingTime()))
                      .collect(Collectors.joining(", "))
                  + ")"));
    }
  }

  /**
   * Returns the staff category, the number of activities and the current staff, such as
   * {@code WisnInput[Physiotherapist, 3 activities, 2 FTE]}.
   *
   * @return the input as text
   */
  @Override
  public String toString() {
    int n = healthServiceActivities().size();
    return "WisnInput["
        + staffCategory()
        + ", "
        + n
        + (n == 1 ? " activity, " : " activities, ")
        + currentStaff()
        + "]";
  }

  /**
   * Builds a {@link WisnInput}; activities and allowances are added one by one
   * ({@code addHealthServiceActivity}, {@code addCategoryAllowance}, {@code addIndividualAllowance})
   * or all at once ({@code addAllHealthServiceActivities} and so on).
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableWisnInput.Builder {
    Builder() {}
  }
}
