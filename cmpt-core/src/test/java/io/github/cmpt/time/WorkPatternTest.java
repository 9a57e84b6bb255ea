package io.github.cmpt.time;

import static io.github.cmpt.time.TimeGen.decimals;
import static io.github.cmpt.time.TimeGen.hours;
import static io.github.cmpt.time.TimeGen.patterns;
import static io.github.cmpt.time.TimeGen.periods;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkPatternTest {

  /** The common Canadian full-time pattern: 37.5 hours over five days, 52 weeks a year. */
  private static final WorkPattern STANDARD =
      WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("52"));

  // ---------------------------------------------------------------- validation

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-1", "168.01", "170"})
  void hoursPerWeekMustBeAboveZeroAndAtMost168(String hours) {
    String shown = new BigDecimal(hours).signum() == 0 ? "0" : hours;
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkPattern.of(Hours.of(hours), 5, BigDecimal.valueOf(52)))
        .withMessage("Invalid value for hoursPerWeek (valid values 0 < x <= 168): " + shown);
  }

  @Test
  void hoursPerWeekMessageMatchesTheHouseExample() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkPattern.of(Hours.of(170), 5, BigDecimal.valueOf(52)))
        .withMessage("Invalid value for hoursPerWeek (valid values 0 < x <= 168): 170");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.01", "168", "168.00"})
  void hoursPerWeekBoundsAreAccepted(String hours) {
    assertThat(WorkPattern.of(Hours.of(hours), 7, BigDecimal.ONE).hoursPerWeek())
        .isEqualTo(Hours.of(hours));
  }

  @Test
  void workingDaysMustNotBeEmpty() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkPattern.of(Hours.of(40), Set.of(), BigDecimal.valueOf(52)))
        .withMessage(
            "Invalid value for workingDays (valid values at least one day of the week): none");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 8, -1, Integer.MAX_VALUE})
  void workingDaysPerWeekMustBeFromOneToSeven(int days) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkPattern.of(Hours.of(40), days, BigDecimal.valueOf(52)))
        .withMessage("Invalid value for workingDaysPerWeek (valid values 1 <= x <= 7): " + days);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-52", "53.5", "53.001"})
  void weeksPerYearMustBeAboveZeroAndAtMost53(String weeks) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkPattern.of(Hours.of(40), 5, new BigDecimal(weeks)))
        .withMessage("Invalid value for weeksPerYear (valid values 0 < x <= 53): " + weeks);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.001", "52", "52.143", "52.2", "53"})
  void weeksPerYearBoundsAreAccepted(String weeks) {
    assertThat(WorkPattern.of(Hours.of(40), 5, new BigDecimal(weeks)).weeksPerYear())
        .isEqualByComparingTo(weeks);
  }

  @Test
  void nullArgumentsThrowNullPointerExceptionNamingTheParameter() {
    BigDecimal weeks = BigDecimal.valueOf(52);
    Set<DayOfWeek> days = Set.of(DayOfWeek.MONDAY);
    assertThatNullPointerException()
        .isThrownBy(() -> WorkPattern.of(null, days, weeks))
        .withMessage("hoursPerWeek");
    assertThatNullPointerException()
        .isThrownBy(() -> WorkPattern.of(Hours.of(40), (Set<DayOfWeek>) null, weeks))
        .withMessage("workingDays");
    assertThatNullPointerException()
        .isThrownBy(() -> WorkPattern.of(Hours.of(40), days, null))
        .withMessage("weeksPerYear");
    Set<DayOfWeek> withNull = new HashSet<>(Arrays.asList(DayOfWeek.MONDAY, null));
    assertThatNullPointerException()
        .isThrownBy(() -> WorkPattern.of(Hours.of(40), withNull, weeks))
        .withMessage("workingDays");
    assertThatNullPointerException()
        .isThrownBy(() -> WorkPattern.of(null, 5, weeks))
        .withMessage("hoursPerWeek");
    assertThatNullPointerException()
        .isThrownBy(() -> STANDARD.isWorkingDay(null))
        .withMessage("date");
    assertThatNullPointerException()
        .isThrownBy(() -> STANDARD.periodsPerYear(null))
        .withMessage("period");
    assertThatNullPointerException()
        .isThrownBy(() -> STANDARD.convert(null, Period.DAY, Period.WEEK))
        .withMessage("amount");
    assertThatNullPointerException()
        .isThrownBy(() -> STANDARD.convert(Hours.ZERO, null, Period.WEEK))
        .withMessage("from");
    assertThatNullPointerException()
        .isThrownBy(() -> STANDARD.convert(Hours.ZERO, Period.DAY, null))
        .withMessage("to");
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(WorkPattern.class);
    tester.testAllPublicInstanceMethods(STANDARD);
  }

  // ---------------------------------------------------------------- derived figures

  @Test
  void standardPattern() {
    assertThat(STANDARD.hoursPerWeek()).isEqualTo(Hours.of("37.5"));
    assertThat(STANDARD.daysPerWeek()).isEqualByComparingTo("5");
    assertThat(STANDARD.workingDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    assertThat(STANDARD.weeksPerYear()).isEqualByComparingTo("52");
    assertThat(STANDARD.hoursPerDay()).isEqualTo(Hours.of("7.5"));
    assertThat(STANDARD.hoursPerYear()).isEqualTo(Hours.of(1950));
    assertThat(STANDARD.workingDaysPerYear()).isEqualByComparingTo("260");
  }

  @ParameterizedTest
  @CsvSource({
    // hours/week, days/week, weeks/year, hours/day, hours/year, working days/year, months/year
    "37.5, 5, 52,     7.5, 1950,      260,     12",
    "37.5, 5, 52.143, 7.5, 1955.3625, 260.715, 12",
    "40,   4, 52,     10,  2080,      208,     12",
    "35,   7, 52.2,   5,   1827,      365.4,   12",
    // 48 weeks are 12 x 48 / 52 = 144/13 months of 52/12 weeks each
    "36,   3, 48,     12,  1728,      144,     144/13",
    "37.5, 5, 39,     7.5, 1462.5,    195,     9",
  })
  void derivedFigures(
      String perWeek,
      int days,
      String weeks,
      String perDay,
      String perYear,
      String daysPerYear,
      String months) {
    WorkPattern pattern = WorkPattern.of(Hours.of(perWeek), days, new BigDecimal(weeks));
    assertThat(pattern.hoursPerDay()).isEqualTo(Hours.of(perDay));
    assertThat(pattern.hoursPerYear()).isEqualTo(Hours.of(perYear));
    assertThat(pattern.workingDaysPerYear()).isEqualByComparingTo(daysPerYear);
    assertThat(pattern.periodsPerYear(Period.DAY)).isEqualByComparingTo(Fraction.parse(daysPerYear));
    assertThat(pattern.periodsPerYear(Period.WEEK)).isEqualByComparingTo(Fraction.parse(weeks));
    assertThat(pattern.periodsPerYear(Period.MONTH)).isEqualTo(Fraction.parse(months));
    assertThat(pattern.periodsPerYear(Period.YEAR)).isEqualByComparingTo(Fraction.parse("1"));
  }

  @Test
  void hoursPerDayIsExactWhenTheWeekDoesNotDivide() {
    WorkPattern pattern = WorkPattern.of(Hours.of(40), 3, BigDecimal.valueOf(52));
    assertThat(pattern.hoursPerDay()).isEqualTo(Hours.of(Fraction.of(40, 3)));
    assertThat(pattern.hoursPerDay().toBigDecimal())
        .isEqualTo(new BigDecimal("13.33333333333333333333333333333333"));
  }

  @ParameterizedTest
  @CsvSource({
    // 2024-01-01 was a Monday
    "2024-01-01, true",
    "2024-01-05, true",
    "2024-01-06, false",
    "2024-01-07, false",
    "2026-11-27, true",
  })
  void isWorkingDayFollowsTheDaysOfTheWeek(LocalDate date, boolean working) {
    assertThat(STANDARD.isWorkingDay(date)).isEqualTo(working);
  }

  @Test
  void isWorkingDayOfAnIrregularWeek() {
    WorkPattern tueToSat =
        WorkPattern.of(
            Hours.of(30),
            EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.SATURDAY),
            BigDecimal.valueOf(52));
    assertThat(tueToSat.daysPerWeek()).isEqualByComparingTo("3");
    assertThat(tueToSat.hoursPerDay()).isEqualTo(Hours.of(10));
    assertThat(tueToSat.isWorkingDay(LocalDate.of(2024, 1, 1))).isFalse();
    assertThat(tueToSat.isWorkingDay(LocalDate.of(2024, 1, 2))).isTrue();
    assertThat(tueToSat.isWorkingDay(LocalDate.of(2024, 1, 6))).isTrue();
    assertThat(tueToSat.isWorkingDay(LocalDate.of(2024, 1, 7))).isFalse();
  }

  @Test
  void workingDaysAreACopyThatCannotBeChanged() {
    Set<DayOfWeek> days = EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
    WorkPattern pattern = WorkPattern.of(Hours.of(20), days, BigDecimal.valueOf(52));
    days.add(DayOfWeek.FRIDAY);
    assertThat(pattern.daysPerWeek()).isEqualByComparingTo("2");
    assertThatThrownBy(() -> pattern.workingDays().add(DayOfWeek.FRIDAY))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // ---------------------------------------------------------------- conversions

  /** 7.5h/day = 37.5h/week = 162.5h/month = 1950h/year for 37.5h over 5 days and 52 weeks. */
  @ParameterizedTest
  @CsvSource({
    "DAY,   7.5,   DAY,   7.5",
    "DAY,   7.5,   WEEK,  37.5",
    "DAY,   7.5,   MONTH, 162.5",
    "DAY,   7.5,   YEAR,  1950",
    "WEEK,  37.5,  DAY,   7.5",
    "WEEK,  37.5,  WEEK,  37.5",
    "WEEK,  37.5,  MONTH, 162.5",
    "WEEK,  37.5,  YEAR,  1950",
    "MONTH, 162.5, DAY,   7.5",
    "MONTH, 162.5, WEEK,  37.5",
    "MONTH, 162.5, MONTH, 162.5",
    "MONTH, 162.5, YEAR,  1950",
    "YEAR,  1950,  DAY,   7.5",
    "YEAR,  1950,  WEEK,  37.5",
    "YEAR,  1950,  MONTH, 162.5",
    "YEAR,  1950,  YEAR,  1950",
  })
  void convertsTheStandardPattern(Period from, String amount, Period to, String expected) {
    assertThat(STANDARD.convert(Hours.of(amount), from, to)).isEqualTo(Hours.of(expected));
  }

  @Test
  void convertsWith52Point143WeeksPerYear() {
    WorkPattern pattern = WorkPattern.of(Hours.of("37.5"), 5, new BigDecimal("52.143"));
    assertThat(pattern.convert(Hours.of("37.5"), Period.WEEK, Period.YEAR))
        .isEqualTo(Hours.of("1955.3625"));
    assertThat(pattern.convert(Hours.of("1955.3625"), Period.YEAR, Period.DAY))
        .isEqualTo(Hours.of("7.5"));
    assertThat(pattern.convert(Hours.of("7.5"), Period.DAY, Period.MONTH))
        .isEqualTo(Hours.of("162.946875"));
  }

  @Test
  void conversionThroughMonthsIsExact() {
    // 260 working days make 65/3 days a month: 0.05h a day is 13/12h = 1.0833...h a month.
    Hours monthly = STANDARD.convert(Hours.of("0.05"), Period.DAY, Period.MONTH);
    assertThat(monthly).isEqualTo(Hours.of(Fraction.of(13, 12)));
    assertThat(monthly.toBigDecimal())
        .isEqualTo(new BigDecimal("1.083333333333333333333333333333333"));
    assertThat(STANDARD.convert(monthly, Period.MONTH, Period.DAY)).isEqualTo(Hours.of("0.05"));
  }

  @Test
  void hoursPerDayAndPerYearAreConversionsOfTheWeek() {
    qt().forAll(patterns())
        .checkAssert(
            p -> {
              assertThat(p.convert(p.hoursPerWeek(), Period.WEEK, Period.DAY))
                  .isEqualTo(p.hoursPerDay());
              assertThat(p.convert(p.hoursPerWeek(), Period.WEEK, Period.YEAR))
                  .isEqualTo(p.hoursPerYear());
            });
  }

  @Test
  void convertingToTheSamePeriodChangesNothing() {
    qt().forAll(hours(), periods(), patterns())
        .checkAssert((h, period, p) -> assertThat(p.convert(h, period, period)).isSameAs(h));
  }

  /**
   * A conversion to a longer period and back is exact when the longer period is a week or a year:
   * toward a year it only multiplies, and from days to weeks it multiplies by the whole number of
   * working days.
   */
  @Test
  void convertingToAWeekOrAYearAndBackIsExact() {
    qt().forAll(hours(), periods(), patterns())
        .checkAssert(
            (h, from, p) -> {
              for (Period to : new Period[] {Period.WEEK, Period.YEAR}) {
                if (from.compareTo(to) < 0) {
                  Hours there = p.convert(h, from, to);
                  assertThat(p.convert(there, to, from)).as("%s via %s", from, to).isEqualTo(h);
                }
              }
            });
  }

  /**
   * Any conversion and its way back give the amount back exactly, through months too (a twelfth of
   * a year need not be a terminating decimal number of days or weeks, but it is a fraction; see
   * {@link #conversionThroughMonthsIsExact()}).
   */
  @Test
  void convertingAndBackIsExact() {
    qt().forAll(hours(), periods(), periods(), patterns())
        .checkAssert(
            (h, from, to, p) ->
                assertThat(p.convert(p.convert(h, from, to), to, from))
                    .as("%s via %s and back to %s", h, to, from)
                    .isEqualTo(h));
  }

  @Test
  void conversionTowardAYearIsLinear() {
    qt().forAll(hours(), hours(), periods(), patterns())
        .checkAssert(
            (a, b, from, p) ->
                assertThat(p.convert(a.plus(b), from, Period.YEAR))
                    .isEqualTo(
                        p.convert(a, from, Period.YEAR).plus(p.convert(b, from, Period.YEAR))));
  }

  @Test
  void conversionTowardAYearIsExactMultiplication() {
    qt().forAll(decimals(), periods(), patterns())
        .checkAssert(
            (d, from, p) ->
                assertThat(p.convert(Hours.of(d), from, Period.YEAR).toFraction())
                    .isEqualTo(
                        Fraction.of(d)
                            .multipliedBy(p.periodsPerYear(from))));
  }

  // ---------------------------------------------------------------- equality and toString

  @Test
  void equalsIgnoresScaleOfHoursAndWeeks() {
    WorkPattern monToFri =
        WorkPattern.of(
            Hours.of(40),
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            BigDecimal.valueOf(52));
    new EqualsTester()
        .addEqualityGroup(
            STANDARD,
            WorkPattern.of(Hours.of("37.50"), 5, new BigDecimal("52.00")),
            WorkPattern.of(
                Hours.of("37.5"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                new BigDecimal("52")))
        .addEqualityGroup(WorkPattern.of(Hours.of(40), 5, BigDecimal.valueOf(52)), monToFri)
        .addEqualityGroup(
            WorkPattern.of(
                Hours.of(40),
                EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY),
                BigDecimal.valueOf(52)))
        .addEqualityGroup(WorkPattern.of(Hours.of(40), 5, new BigDecimal("52.143")))
        .addEqualityGroup(WorkPattern.of(Hours.of(40), 4, BigDecimal.valueOf(52)))
        .testEquals();
  }

  @Test
  void toStringNamesHoursDaysAndWeeks() {
    assertThat(STANDARD)
        .hasToString("37.5h/week, 5 days/week (MON,TUE,WED,THU,FRI), 52 weeks/year");
    WorkPattern twoDays =
        WorkPattern.of(
            Hours.of("30.00"),
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.TUESDAY),
            new BigDecimal("52.1430"));
    assertThat(twoDays).hasToString("30h/week, 2 days/week (TUE,SAT), 52.143 weeks/year");
  }

  // ---------------------------------------------------------------- fractional days per week

  /** WISN's Kenyan example counts 4.5 working days a week; here 4.5 days of 7.5 hours. */
  private static final WorkPattern KENYA =
      WorkPattern.of(Hours.of("33.75"), new BigDecimal("4.5"), new BigDecimal("52"));

  @Test
  void fractionalDaysPerWeek() {
    // 33.75h / 4.5 days = 7.5h a day; 4.5 days x 52 weeks = 234 days a year
    assertThat(KENYA.hoursPerDay()).isEqualTo(Hours.of("7.5"));
    assertThat(KENYA.daysPerWeek()).isEqualByComparingTo("4.5");
    assertThat(KENYA.workingDaysPerYear()).isEqualByComparingTo("234");
    assertThat(KENYA.periodsPerYear(Period.DAY)).isEqualByComparingTo(Fraction.parse("234"));
    assertThat(KENYA.hoursPerYear()).isEqualTo(Hours.of(1755));
    // the first ceil(4.5) = 5 days from Monday are worked
    assertThat(KENYA.workingDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    assertThat(KENYA)
        .hasToString("33.75h/week, 4.5 days/week (MON,TUE,WED,THU,FRI), 52 weeks/year");
    // 7.5h a day are 33.75h a week
    assertThat(KENYA.convert(Hours.of("7.5"), Period.DAY, Period.WEEK)).isEqualTo(Hours.of("33.75"));
  }

  @Test
  void wholeNumberFactoriesAgree() {
    assertThat(WorkPattern.of(Hours.of("37.5"), 5, 52)).isEqualTo(STANDARD);
    assertThat(WorkPattern.of(Hours.of("37.5"), new BigDecimal("5.0"), new BigDecimal("52")))
        .isEqualTo(STANDARD);
    assertThat(WorkPattern.of(Hours.of("37.5"), 5, 52).daysPerWeek()).isEqualByComparingTo("5");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "7.01", "8"})
  void fractionalDaysPerWeekMustBeAboveZeroAndAtMostSeven(String days) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkPattern.of(Hours.of(40), new BigDecimal(days), BigDecimal.TEN))
        .withMessage("Invalid value for workingDaysPerWeek (valid values 0 < x <= 7): " + days);
  }

  @ParameterizedTest
  @CsvSource({"0.5, MONDAY", "6.5, SUNDAY", "7, SUNDAY", "1, MONDAY"})
  void theFirstCeilingOfTheDaysFromMondayAreWorked(String days, DayOfWeek last) {
    WorkPattern p = WorkPattern.of(Hours.of(30), new BigDecimal(days), BigDecimal.TEN);
    assertThat(p.workingDays()).isEqualTo(EnumSet.range(DayOfWeek.MONDAY, last));
  }

  @Test
  void withWorkingDays() {
    WorkPattern tuesdayToSaturday =
        KENYA.withWorkingDays(EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SATURDAY));
    assertThat(tuesdayToSaturday.daysPerWeek()).isEqualByComparingTo("4.5");
    assertThat(tuesdayToSaturday.isWorkingDay(LocalDate.of(2026, 1, 5))).isFalse(); // Monday
    assertThat(tuesdayToSaturday.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue(); // Saturday
    assertThatIllegalArgumentException()
        .isThrownBy(() -> KENYA.withWorkingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)))
        .withMessage(
            "Invalid value for workingDays (valid values at least 4.5 days of the week): 4");
    assertThat(tuesdayToSaturday).isNotEqualTo(KENYA);
  }

  // ---------------------------------------------------------------- working period

  private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);
  private static final LocalDate JUN_30 = LocalDate.of(2027, 6, 30);
  private static final WorkingPeriod SCHOOL_YEAR =
      WorkingPeriod.of(com.google.common.collect.Range.closed(SEP_1, JUN_30));
  /** A school clinician: 37.5h over five days, 40 weeks a year. */
  private static final WorkPattern SCHOOL = WorkPattern.of(Hours.of("37.5"), 5, 40);

  @Test
  void workingDaysFollowTheWorkingPeriod() {
    WorkPattern p = SCHOOL.withWorkingPeriod(SCHOOL_YEAR);
    assertThat(p.workingPeriod()).contains(SCHOOL_YEAR);
    assertThat(SCHOOL.workingPeriod()).isEmpty();
    assertThat(p.isWorkingDay(LocalDate.of(2026, 11, 11))).isTrue(); // a Wednesday in term
    assertThat(p.isWorkingDay(LocalDate.of(2026, 7, 1))).isFalse(); // a Wednesday in July
    assertThat(SCHOOL.isWorkingDay(LocalDate.of(2026, 7, 1))).isTrue();
    assertThat(p.isWorkingDay(LocalDate.of(2026, 11, 14))).isFalse(); // a Saturday in term
    assertThat(p)
        .hasToString(
            "37.5h/week, 5 days/week (MON,TUE,WED,THU,FRI), 40 weeks/year,"
                + " working [2026-09-01..2027-06-30]");
    assertThat(p).isNotEqualTo(SCHOOL);
    assertThat(p).isEqualTo(SCHOOL.withWorkingPeriod(SCHOOL_YEAR));
    assertThat(p.hashCode()).isEqualTo(SCHOOL.withWorkingPeriod(SCHOOL_YEAR).hashCode());
    // the contract's hours do not change
    assertThat(p.hoursPerYear()).isEqualTo(SCHOOL.hoursPerYear());
    assertThat(p.periodsPerYear(Period.DAY)).isEqualByComparingTo(Fraction.parse("200"));
  }

  @Test
  void aRotationReplacesTheDaysOfTheWeek() {
    // 4 days on and 4 off from Monday 2026-01-05: 3.5 days a week of 12 hours = 42h a week
    WorkingPeriod year =
        WorkingPeriod.of(
                com.google.common.collect.Range.closed(
                    LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
            .withRotation(Rotation.ofOnOff(LocalDate.of(2026, 1, 5), 4, 4));
    WorkPattern p =
        WorkPattern.of(Hours.of(42), new BigDecimal("3.5"), new BigDecimal("52"))
            .withWorkingPeriod(year);
    assertThat(p.hoursPerDay()).isEqualTo(Hours.of(12));
    assertThat(p.isWorkingDay(LocalDate.of(2026, 8, 1))).isTrue(); // a Saturday, day 0
    assertThat(p.isWorkingDay(LocalDate.of(2026, 1, 9))).isFalse(); // a Friday, day 4
  }

  @Test
  void monthsFollowTheWorkingPeriodOrTheWeeksOfTheContract() {
    // 52 weeks: 12 months; 1950h a year are 162.5h a month
    assertThat(STANDARD.periodsPerYear(Period.MONTH)).isEqualTo(Fraction.of(12));
    assertThat(STANDARD.convert(Hours.of(1950), Period.YEAR, Period.MONTH))
        .isEqualTo(Hours.of("162.5"));
    // 52.143 weeks: still 12
    assertThat(WorkPattern.of(Hours.of(40), 5, new BigDecimal("52.143")).periodsPerYear(Period.MONTH))
        .isEqualTo(Fraction.of(12));
    // 40 weeks: 12 x 40 / 52 = 120/13 months of 52/12 weeks; 37.5h x 40 = 1500h a year are
    // 1500 x 13 / 120 = 162.5h a month, the same month of work as in a 52-week contract
    assertThat(SCHOOL.periodsPerYear(Period.MONTH)).isEqualTo(Fraction.of(120, 13));
    assertThat(SCHOOL.convert(Hours.of(1500), Period.YEAR, Period.MONTH))
        .isEqualTo(Hours.of("162.5"));
    assertThat(SCHOOL.convert(Hours.of("37.5"), Period.WEEK, Period.MONTH))
        .isEqualTo(Hours.of("162.5"));
    // with a September-to-June working period: 10 months, so 1500h a year are 150h a month
    WorkPattern schoolYear = SCHOOL.withWorkingPeriod(SCHOOL_YEAR);
    assertThat(schoolYear.periodsPerYear(Period.MONTH)).isEqualTo(Fraction.of(10));
    assertThat(schoolYear.periodsPerYear(Period.MONTH)).isEqualByComparingTo(Fraction.parse("10"));
    assertThat(schoolYear.convert(Hours.of(1500), Period.YEAR, Period.MONTH))
        .isEqualTo(Hours.of(150));
    assertThat(schoolYear.convert(Hours.of(150), Period.MONTH, Period.WEEK))
        .isEqualTo(Hours.of("37.5"));
  }
}
