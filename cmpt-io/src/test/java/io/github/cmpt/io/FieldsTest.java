package io.github.cmpt.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldsTest {

  private static long day(String s) {
    return Fields.parseEpochDay(s.toCharArray(), 0, s.length());
  }

  private static long number(String s) {
    return Fields.parseLong(s.toCharArray(), 0, s.length());
  }

  @Test
  void datesAreEpochDaysAsJavaTimeCountsThem() {
    qt().forAll(integers().between(0, 9999), integers().between(1, 12), integers().between(1, 31))
        .checkAssert(
            (y, m, d) -> {
              String text = String.format("%04d-%02d-%02d", y, m, d);
              boolean real = d <= LocalDate.of(y, m, 1).lengthOfMonth();
              assertThat(day(text))
                  .isEqualTo(real ? LocalDate.of(y, m, d).toEpochDay() : Fields.INVALID);
            });
  }

  @Test
  void leapDaysFollowTheGregorianRules() {
    assertThat(day("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay());
    assertThat(day("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29).toEpochDay());
    assertThat(day("1900-02-29")).isEqualTo(Fields.INVALID);
    assertThat(day("2025-02-29")).isEqualTo(Fields.INVALID);
    assertThat(day("1970-01-01")).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "2025-3-04", "2025/03/04", "04-03-2025", "2025-03-4 ", "2025-13-01",
          "2025-00-10", "2025-01-00", "2025-04-31", "+2025-03-04", "2025-03-04T10:00", "２０２５-03-04"})
  void otherDateFormsAreNotDates(String text) {
    assertThat(day(text)).isEqualTo(Fields.INVALID);
  }

  @Test
  void wholeNumbersHaveAnOptionalSignAndAtMostEighteenDigits() {
    assertThat(number("45")).isEqualTo(45);
    assertThat(number("-30")).isEqualTo(-30);
    assertThat(number("+7")).isEqualTo(7);
    assertThat(number("007")).isEqualTo(7);
    assertThat(number("999999999999999999")).isEqualTo(999_999_999_999_999_999L);
    for (String bad : new String[] {"", "-", "4.5", "1e3", "45 min", "1,000", "9999999999999999999"}) {
      assertThat(number(bad)).as(bad).isEqualTo(Fields.INVALID);
    }
  }
}
