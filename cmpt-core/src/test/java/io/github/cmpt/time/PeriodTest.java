package io.github.cmpt.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  @ParameterizedTest
  @CsvSource({"DAY, day", "WEEK, week", "MONTH, month", "YEAR, year"})
  void label(Period period, String label) {
    assertThat(period.label()).isEqualTo(label);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"day | DAY", "WEEK | WEEK", "' Month ' | MONTH", "yEaR | YEAR"})
  void parseIgnoresCaseAndSpace(String text, Period period) {
    assertThat(Period.parse(text)).isSameAs(period);
  }

  @ParameterizedTest
  @EnumSource(Period.class)
  void parseReadsTheLabel(Period period) {
    assertThat(Period.parse(period.label())).isSameAs(period);
  }

  @ParameterizedTest
  @ValueSource(strings = {"fortnight", "days", "", "w"})
  void parseRejectsAnythingElseNamingFieldAndText(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Period.parse(text))
        .withMessage(
            "Invalid value for period (valid values day, week, month, year): \"" + text + "\"");
  }

  @Test
  void parseOfNullNamesTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> Period.parse(null)).withMessage("text");
  }
}
