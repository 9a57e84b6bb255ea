package io.github.cmpt.time;

import static io.github.cmpt.time.TimeGen.hours;
import static io.github.cmpt.time.TimeGen.periods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodicHoursTest {

  private static final WorkPattern STANDARD =
      WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("52"));

  @Test
  void factoriesNameTheirPeriod() {
    Hours h = Hours.of("7.5");
    assertThat(PeriodicHours.ofDaily(h).period()).isEqualTo(Period.DAY);
    assertThat(PeriodicHours.ofWeekly(h).period()).isEqualTo(Period.WEEK);
    assertThat(PeriodicHours.ofMonthly(h).period()).isEqualTo(Period.MONTH);
    assertThat(PeriodicHours.ofYearly(h).period()).isEqualTo(Period.YEAR);
    assertThat(PeriodicHours.ofYearly(h).hours()).isEqualTo(h);
    assertThat(PeriodicHours.of(h, Period.WEEK)).isEqualTo(PeriodicHours.ofWeekly(h));
  }

  // ---------------------------------------------------------------- parse and toString

  @ParameterizedTest
  @CsvSource({
    "7.5,   DAY,   7.5h/day",
    "37.5,  WEEK,  37.5h/week",
    "162.5, MONTH, 162.5h/month",
    "1950,  YEAR,  1950h/year",
    "2.50,  WEEK,  2.5h/week",
    "-2,    DAY,   -2h/day",
    "0,     YEAR,  0h/year",
  })
  void toStringAndParseRoundTrip(String hours, Period period, String text) {
    PeriodicHours value = PeriodicHours.of(Hours.of(hours), period);
    assertThat(value).hasToString(text);
    assertThat(PeriodicHours.parse(text)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "' 37.5h/week '  | 37.5 | WEEK",
        "37.5/week       | 37.5 | WEEK",
        "37.5h/WEEK      | 37.5 | WEEK",
        "'37.5h / week'  | 37.5 | WEEK",
        "1950.00h/Year   | 1950 | YEAR",
      })
  void parseIsLenientAboutSpaceCaseAndUnit(String text, String hours, Period period) {
    assertThat(PeriodicHours.parse(text)).isEqualTo(PeriodicHours.of(Hours.of(hours), period));
  }

  @Test
  void parseRejectsTextWithoutPeriod() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PeriodicHours.parse("37.5h"))
        .withMessage(
            "Invalid value for periodicHours (valid values an amount per period such as"
                + " 37.5h/week): \"37.5h\"");
  }

  @Test
  void parseRejectsAnUnknownPeriod() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PeriodicHours.parse("37.5h/fortnight"))
        .withMessage(
            "Invalid value for period (valid values day, week, month, year): \"fortnight\"");
  }

  @Test
  void parseRejectsAnAmountThatIsNotHours() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PeriodicHours.parse("lots/week"))
        .withMessage("Invalid value for hours (valid values a decimal number): \"lots\"");
  }

  @Test
  void parseReadsWhatToStringWrites() {
    qt().forAll(hours(), periods())
        .checkAssert(
            (h, period) -> {
              PeriodicHours value = PeriodicHours.of(h, period);
              assertThat(PeriodicHours.parse(value.toString())).isEqualTo(value);
            });
  }

  // ---------------------------------------------------------------- conversion

  @ParameterizedTest
  @CsvSource({
    "37.5h/week,  YEAR,  1950h/year",
    "37.5h/week,  DAY,   7.5h/day",
    "37.5h/week,  MONTH, 162.5h/month",
    "37.5h/week,  WEEK,  37.5h/week",
    "1950h/year,  WEEK,  37.5h/week",
    "1h/day,      YEAR,  260h/year",
    "30h/month,   YEAR,  360h/year",
  })
  void toAnotherPeriodWithAPattern(String from, Period target, String expected) {
    assertThat(PeriodicHours.parse(from).to(target, STANDARD))
        .isEqualTo(PeriodicHours.parse(expected));
  }

  @Test
  void toAppliesThePatternsConversion() {
    WorkPattern fourDays = WorkPattern.of(Hours.of(40), 4, new BigDecimal("52.2"));
    PeriodicHours weekly = PeriodicHours.ofWeekly(Hours.of(40));
    assertThat(weekly.to(Period.DAY, fourDays)).isEqualTo(PeriodicHours.ofDaily(Hours.of(10)));
    assertThat(weekly.to(Period.YEAR, fourDays)).isEqualTo(PeriodicHours.ofYearly(Hours.of(2088)));
    assertThat(weekly.to(Period.MONTH, fourDays)).isEqualTo(PeriodicHours.ofMonthly(Hours.of(174)));
  }

  // ---------------------------------------------------------------- equality

  @Test
  void equalsComparesHoursWithoutScaleAndThePeriod() {
    new EqualsTester()
        .addEqualityGroup(
            PeriodicHours.ofWeekly(Hours.of("37.5")),
            PeriodicHours.of(Hours.of("37.50"), Period.WEEK),
            PeriodicHours.parse("37.5h/week"))
        .addEqualityGroup(PeriodicHours.ofDaily(Hours.of("37.5")))
        .addEqualityGroup(PeriodicHours.ofWeekly(Hours.of(38)))
        .addEqualityGroup(PeriodicHours.ofYearly(Hours.ZERO), PeriodicHours.parse("0.0h/year"))
        .addEqualityGroup(Hours.of("37.5"))
        .testEquals();
  }

  // ---------------------------------------------------------------- nulls

  @Test
  void nullArgumentsThrowNullPointerExceptionNamingTheParameter() {
    PeriodicHours weekly = PeriodicHours.ofWeekly(Hours.of(40));
    assertThatNullPointerException()
        .isThrownBy(() -> PeriodicHours.of(null, Period.DAY))
        .withMessage("hours");
    assertThatNullPointerException()
        .isThrownBy(() -> PeriodicHours.of(Hours.ZERO, null))
        .withMessage("period");
    assertThatNullPointerException()
        .isThrownBy(() -> PeriodicHours.parse(null))
        .withMessage("text");
    assertThatNullPointerException()
        .isThrownBy(() -> weekly.to(null, STANDARD))
        .withMessage("target");
    assertThatNullPointerException()
        .isThrownBy(() -> weekly.to(Period.WEEK, null))
        .withMessage("pattern");
    NullPointerTester tester = new NullPointerTester().setDefault(WorkPattern.class, STANDARD);
    tester.testAllPublicStaticMethods(PeriodicHours.class);
    tester.testAllPublicInstanceMethods(weekly);
  }
}
