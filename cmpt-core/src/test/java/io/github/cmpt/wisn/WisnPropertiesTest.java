package io.github.cmpt.wisn;

import io.github.cmpt.time.Fraction;
import static io.github.cmpt.wisn.WisnGenerators.input;
import static io.github.cmpt.wisn.WisnGenerators.inputs;
import static io.github.cmpt.wisn.WisnGenerators.workloads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cmpt.time.Hours;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The laws of the WISN calculation, checked over generated inputs. */
class WisnPropertiesTest {

  /** The relative error of one division rounded to {@link Hours#MATH_CONTEXT}, with a margin. */
  private static final BigDecimal ONE_DIVISION = new BigDecimal("1e-32");

  private static WisnInput withWorkload(WisnInput input, int index, BigDecimal workload) {
    List<HealthServiceActivity> activities = new ArrayList<>(input.healthServiceActivities());
    HealthServiceActivity a = activities.get(index);
    activities.set(
        index,
        HealthServiceActivity.builder()
            .name(a.name())
            .standard(a.standard())
            .annualWorkload(workload)
            .build());
    return input(
        input.workingTime(),
        activities,
        input.categoryAllowances(),
        input.individualAllowances(),
        input.currentStaff());
  }

  @Test
  void requiredStaffIsMonotoneInWorkload() {
    qt().forAll(inputs(), integers().between(0, 4), workloads())
        .checkAssert(
            (input, i, extra) -> {
              int index = i % input.healthServiceActivities().size();
              BigDecimal before = input.healthServiceActivities().get(index).annualWorkload();
              WisnInput more = withWorkload(input, index, before.add(extra));
              assertThat(more.result().requiredStaff())
                  .isGreaterThanOrEqualTo(input.result().requiredStaff());
              assertThat(more.result().healthServiceStaff())
                  .isGreaterThanOrEqualTo(input.result().healthServiceStaff());
              if (extra.signum() > 0) {
                assertThat(more.result().requiredStaff())
                    .isGreaterThan(input.result().requiredStaff());
              }
            });
  }

  @Test
  void ratioTimesRequiredIsCurrent() {
    qt().forAll(inputs())
        .checkAssert(
            input -> {
              WisnResult r = input.result();
              BigDecimal current = r.currentStaff().toBigDecimal();
              if (r.requiredStaff().isZero()) {
                assertThat(r.ratio()).isEmpty();
                return;
              }
              BigDecimal back = r.ratio().orElseThrow().multiply(r.requiredStaff().toBigDecimal());
              assertThat(back.subtract(current).abs())
                  .isLessThanOrEqualTo(current.multiply(ONE_DIVISION));
              assertThat(r.difference().plus(r.requiredStaff())).isEqualTo(r.currentStaff());
            });
  }

  @Test
  void categoryAllowanceFactorIsAtLeastOne() {
    qt().forAll(inputs())
        .checkAssert(
            input -> {
              WisnResult r = input.result();
              BigDecimal caf = r.categoryAllowanceFactor();
              assertThat(caf).isGreaterThanOrEqualTo(BigDecimal.ONE);
              assertThat(caf.compareTo(BigDecimal.ONE) == 0)
                  .isEqualTo(r.categoryAllowance().toPercent().signum() == 0);
              // CAF x (1 - total) = 1, to the precision of one division
              BigDecimal one =
                  caf.multiply(BigDecimal.ONE.subtract(r.categoryAllowance().toFraction().toBigDecimal()));
              assertThat(one.subtract(BigDecimal.ONE).abs()).isLessThanOrEqualTo(ONE_DIVISION);
            });
  }

  @Test
  void requiredStaffIsAxCafPlusIafAndAtLeastTheHealthServiceStaff() {
    qt().forAll(inputs())
        .checkAssert(
            input -> {
              WisnResult r = input.result();
              // CAF exactly 1 / (1 - total category allowance)
              Fraction caf =
                  Fraction.ONE.dividedBy(Fraction.ONE.minus(r.categoryAllowance().toFraction()));
              assertThat(r.categoryAllowanceFactor()).isEqualByComparingTo(caf.toBigDecimal());
              assertThat(r.requiredStaff())
                  .isEqualTo(
                      r.healthServiceStaff().multipliedBy(caf).plus(r.individualAllowanceFactor()));
              assertThat(r.requiredStaff()).isGreaterThanOrEqualTo(r.healthServiceStaff());
              assertThat(r.individualAllowanceFactor().isNegative()).isFalse();
            });
  }

  @Test
  void theOrderOfActivitiesAndAllowancesDoesNotMatter() {
    qt().forAll(inputs())
        .checkAssert(
            input -> {
              List<HealthServiceActivity> activities =
                  new ArrayList<>(input.healthServiceActivities());
              List<CategoryAllowance> category = new ArrayList<>(input.categoryAllowances());
              List<IndividualAllowance> individual = new ArrayList<>(input.individualAllowances());
              Collections.reverse(activities);
              Collections.reverse(category);
              Collections.reverse(individual);
              WisnResult reversed =
                  input(input.workingTime(), activities, category, individual, input.currentStaff())
                      .result();
              WisnResult r = input.result();
              assertThat(reversed.requiredStaff()).isEqualTo(r.requiredStaff());
              assertThat(reversed.ratio()).isEqualTo(r.ratio());
            });
  }

  @Test
  void availableWorkingTimeIsAvailableDaysTimesHoursPerDay() {
    qt().forAll(WisnGenerators.workingTimes())
        .checkAssert(
            t -> {
              assertThat(t.availableWorkingTime().isPositive()).isTrue();
              assertThat(
                      t.availableDays()
                          .add(t.publicHolidays())
                          .add(t.annualLeave())
                          .add(t.sickLeave())
                          .add(t.otherLeave()))
                  .isEqualByComparingTo(t.workingDaysPerYear());
              assertThat(t.availableWorkingTime().ratioTo(t.hoursPerDay()))
                  .isEqualByComparingTo(Fraction.of(t.availableDays()));
            });
  }
}
