package io.github.cmpt.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RotationTest {

  /** Four days on, four off, from Monday 2026-01-05. */
  private static final Rotation FOUR_ON_FOUR_OFF = Rotation.ofOnOff(LocalDate.of(2026, 1, 5), 4, 4);

  @ParameterizedTest
  @CsvSource({
    // date,      day of the 8-day cycle (days since 2026-01-05 mod 8), worked
    "2026-01-05, true", // day 0, the start
    "2026-01-08, true", // day 3
    "2026-01-09, false", // day 4: the first day off
    "2026-01-12, false", // day 7
    "2026-01-13, true", // day 8 = day 0 of the next cycle
    "2026-01-01, false", // 4 days before the start: day -4 = day 4
    "2026-01-04, false", // day -1 = day 7
    "2026-01-01, false",
    "2025-12-31, true", // day -5 = day 3
    "2026-08-01, true", // a Saturday, day 208 = day 0
  })
  void isWorked(LocalDate date, boolean worked) {
    assertThat(FOUR_ON_FOUR_OFF.isWorked(date)).isEqualTo(worked);
  }

  @Test
  void accessors() {
    assertThat(FOUR_ON_FOUR_OFF.cycleDays()).isEqualTo(8);
    assertThat(FOUR_ON_FOUR_OFF.workedDays()).containsExactly(0, 1, 2, 3);
    assertThat(FOUR_ON_FOUR_OFF.start()).isEqualTo(LocalDate.of(2026, 1, 5));
    // 4 worked days in 8: 3.5 days a week
    assertThat(FOUR_ON_FOUR_OFF.daysPerWeek()).isEqualTo(Fraction.of(7, 2));
    assertThat(FOUR_ON_FOUR_OFF).hasToString("8-day rotation from 2026-01-05, days 0,1,2,3 worked");
    // a 14-day hospital rota: weekdays of the first week, and the second week's weekend
    Rotation rota =
        Rotation.of(LocalDate.of(2026, 1, 5), 14, List.of(0, 1, 2, 3, 4, 12, 13, 7, 8, 9));
    assertThat(rota.workedDays()).containsExactly(0, 1, 2, 3, 4, 7, 8, 9, 12, 13);
    assertThat(rota.daysPerWeek()).isEqualTo(Fraction.of(5));
    assertThat(rota.isWorked(LocalDate.of(2026, 1, 17))).isTrue(); // Saturday, day 12
    assertThat(rota.isWorked(LocalDate.of(2026, 1, 10))).isFalse(); // Saturday, day 5
  }

  @Test
  void validation() {
    LocalDate start = LocalDate.of(2026, 1, 5);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rotation.of(start, 0, Set.of(0)))
        .withMessage("Invalid value for cycleDays (valid values 1 <= x <= 366): 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rotation.of(start, 8, Set.of(8)))
        .withMessage("Invalid value for workedDays (valid values 0 <= i < 8): 8");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rotation.of(start, 8, Set.of(-1)))
        .withMessage("Invalid value for workedDays (valid values 0 <= i < 8): -1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rotation.of(start, 8, Set.of()))
        .withMessage(
            "Invalid value for workedDays (valid values at least one day of the cycle): none");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rotation.ofOnOff(start, 0, 4))
        .withMessage("Invalid value for daysOn (valid values x >= 1): 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rotation.ofOnOff(start, 4, -1))
        .withMessage("Invalid value for daysOff (valid values x >= 0): -1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Rotation.ofOnOff(start, 300, 67))
        .withMessage("Invalid value for daysOn + daysOff (valid values x <= 366): 367");
  }

  @Test
  void equality() {
    LocalDate start = LocalDate.of(2026, 1, 5);
    new EqualsTester()
        .addEqualityGroup(FOUR_ON_FOUR_OFF, Rotation.of(start, 8, List.of(3, 2, 1, 0, 0)))
        .addEqualityGroup(Rotation.ofOnOff(start.plusDays(8), 4, 4))
        .addEqualityGroup(Rotation.ofOnOff(start, 4, 3))
        .addEqualityGroup(Rotation.of(start, 8, Set.of(0, 1, 2, 4)))
        .testEquals();
  }

  @Test
  void nullArguments() {
    new NullPointerTester()
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 5))
        .testAllPublicStaticMethods(Rotation.class);
    new NullPointerTester().testAllPublicInstanceMethods(FOUR_ON_FOUR_OFF);
  }

  @Test
  void aRotationRepeatsEveryCycleAndWorksItsShareOfDays() {
    qt().forAll(
            integers().between(1, 30),
            integers().between(0, 30),
            longs().between(-2_000, 2_000),
            integers().between(0, 3))
        .checkAssert(
            (on, off, offset, cycles) -> {
              Rotation r = Rotation.ofOnOff(LocalDate.of(2026, 1, 5), on, off);
              LocalDate d = LocalDate.of(2026, 1, 5).plusDays(offset);
              assertThat(r.isWorked(d.plusDays((long) cycles * (on + off))))
                  .isEqualTo(r.isWorked(d));
              int worked = 0;
              for (int i = 0; i < on + off; i++) {
                worked += r.isWorked(d.plusDays(i)) ? 1 : 0;
              }
              assertThat(worked).isEqualTo(on);
            });
  }
}
