package io.github.cmpt.supply;

import io.github.cmpt.time.Fraction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.collect.Range;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Rotation;
import io.github.cmpt.time.WorkPattern;
import io.github.cmpt.time.WorkingPeriod;
import io.github.cmpt.vocabulary.LeaveType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LeaveTest {

  private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);
  private static final LocalDate JUN_30 = LocalDate.of(2027, 6, 30);
  private static final WorkingPeriod SCHOOL_YEAR = WorkingPeriod.of(Range.closed(SEP_1, JUN_30));
  /** 37.5h over five days, 40 weeks, in a September-to-June school year. */
  private static final WorkPattern SCHOOL =
      WorkPattern.of(Hours.of("37.5"), 5, 40).withWorkingPeriod(SCHOOL_YEAR);
  private static final WorkPattern STANDARD = WorkPattern.of(Hours.of("37.5"), 5, 52);

  @Test
  void aHolidayInJulyIsNotLeaveInASeptemberToJuneSchoolYear() {
    // Canada Day 2026-07-01 (a Wednesday, outside the school year) and Remembrance Day
    // 2026-11-11 (a Wednesday in term): one day, 7.5h
    Leave holidays = Leave.ofHolidays(List.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 11, 11)));
    assertThat(holidays.daysIn(SCHOOL)).isEqualByComparingTo(Fraction.parse("1"));
    assertThat(holidays.hoursPerYear(WorkHours.of(SCHOOL, Fte.ONE))).isEqualTo(Hours.of("7.5"));
    // without the working period both Wednesdays count
    assertThat(holidays.daysIn(WorkPattern.of(Hours.of("37.5"), 5, 40))).isEqualByComparingTo(Fraction.parse("2"));
  }

  @Test
  void aHolidayOnARotationsDayOffIsNotLeave() {
    // 4 days on and 4 off from Monday 2026-01-05 (day 0), 12-hour days: 3.5 days, 42h a week
    WorkingPeriod year =
        WorkingPeriod.of(Range.closed(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)))
            .withRotation(Rotation.ofOnOff(LocalDate.of(2026, 1, 5), 4, 4));
    WorkPattern rota =
        WorkPattern.of(Hours.of(42), new BigDecimal("3.5"), new BigDecimal("52"))
            .withWorkingPeriod(year);
    // day of the cycle = days since 2026-01-05 mod 8; days 0 to 3 are worked
    Leave holidays =
        Leave.ofHolidays(
            List.of(
                LocalDate.of(2026, 1, 1), //   -4 mod 8 = 4: off (a Thursday)
                LocalDate.of(2026, 4, 3), //   88 mod 8 = 0: worked (Good Friday)
                LocalDate.of(2026, 5, 18), //  133 mod 8 = 5: off (a Monday)
                LocalDate.of(2026, 8, 1), //   208 mod 8 = 0: worked (a Saturday)
                LocalDate.of(2026, 12, 25))); // 354 mod 8 = 2: worked
    assertThat(holidays.daysIn(rota)).isEqualByComparingTo(Fraction.parse("3"));
    // 3 days of 42 / 3.5 = 12 hours
    assertThat(holidays.hoursPerYear(WorkHours.of(rota, Fte.ONE))).isEqualTo(Hours.of(36));
  }

  @Test
  void holidaysSpanningTwoYears() {
    // New Year's Day of 2026 and of 2027 (a Thursday and a Friday)
    Leave twoYears = Leave.ofHolidays(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
    // a working period picks its year's: only 2027-01-01 is in the school year
    assertThat(twoYears.daysIn(SCHOOL)).isEqualByComparingTo(Fraction.parse("1"));
    // without one, counting both would count two years of holidays in one: refused
    assertThatIllegalArgumentException()
        .isThrownBy(() -> twoYears.daysIn(STANDARD))
        .withMessage(
            "Invalid value for holiday dates (Statutory holidays) (valid values dates within one"
                + " year, or a work pattern whose working period picks one year's): 2026-01-01 to"
                + " 2027-01-01");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> twoYears.hoursPerYear(WorkHours.of(STANDARD, Fte.ONE)));
    // dates of a school year span two calendar years but less than one year: accepted
    Leave schoolYear =
        Leave.ofHolidays(List.of(LocalDate.of(2026, 11, 11), LocalDate.of(2027, 1, 1)));
    assertThat(schoolYear.daysIn(STANDARD)).isEqualByComparingTo(Fraction.parse("2"));
    Leave justUnderAYear =
        Leave.ofHolidays(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    assertThat(justUnderAYear.daysIn(STANDARD)).isEqualByComparingTo(Fraction.parse("2"));
  }

  @Test
  void holidaysOfACalendarInAWindow() {
    HolidayCalendar calendar =
        HolidayCalendar.of(
            LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 11, 11),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 7, 1));
    assertThat(calendar.holidaysIn(SCHOOL_YEAR.span()))
        .containsExactly(LocalDate.of(2026, 11, 11), LocalDate.of(2027, 1, 1));
    Leave line = Leave.ofHolidays(calendar, SCHOOL_YEAR.span());
    assertThat(line.dates()).containsExactly(LocalDate.of(2026, 11, 11), LocalDate.of(2027, 1, 1));
    assertThat(line.type()).isEqualTo(LeaveType.STATUTORY_HOLIDAYS);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> calendar.holidaysIn(Range.atLeast(SEP_1)))
        .withMessage(
            "Invalid value for window (valid values a bounded range of dates):"
                + " [2026-09-01..+\u221e)");
  }

  // ---------------------------------------------------------------- properties

  private static Gen<LocalDate> dates() {
    return integers().between(0, 1_000).map(n -> LocalDate.of(2026, 1, 1).plusDays(n));
  }

  private static Gen<Set<DayOfWeek>> weekdays() {
    return integers()
        .between(1, 127)
        .map(
            mask -> {
              EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
              for (DayOfWeek d : DayOfWeek.values()) {
                if ((mask & (1 << (d.getValue() - 1))) != 0) {
                  days.add(d);
                }
              }
              return days;
            });
  }

  @Test
  void holidaysCountedNeverExceedTheDatesAndAreMonotoneInTheWorkingPeriod() {
    // a window: its start (days after 2026-01-01), its length, and how much an inner window cuts
    // from each end
    Gen<int[]> windows =
        integers()
            .between(0, 700)
            .zip(
                integers().between(0, 364),
                integers().between(0, 200),
                integers().between(0, 200),
                (start, length, front, back) -> new int[] {start, length, front, back});
    qt().forAll(lists().of(dates()).ofSizeBetween(0, 30), weekdays(), windows)
        .checkAssert(
            (given, days, window) -> {
              int start = window[0];
              int length = window[1];
              int cutFront = window[2];
              int cutBack = window[3];
              Leave holidays = Leave.ofHolidays(given);
              WorkPattern pattern = WorkPattern.of(Hours.of(40), days, new BigDecimal("52"));
              LocalDate first = LocalDate.of(2026, 1, 1).plusDays(start);
              LocalDate last = first.plusDays(length);
              BigDecimal outer =
                  (holidays.daysIn(
                      pattern.withWorkingPeriod(WorkingPeriod.of(Range.closed(first, last))))).toBigDecimal();
              assertThat(outer.intValueExact()).isBetween(0, holidays.dates().size());
              if (cutFront + cutBack <= length) {
                WorkingPeriod inner =
                    WorkingPeriod.of(
                        Range.closed(first.plusDays(cutFront), last.minusDays(cutBack)));
                assertThat(holidays.daysIn(pattern.withWorkingPeriod(inner)))
                    .isLessThanOrEqualTo(Fraction.of(outer));
              }
              // a rotation works some of the period's days: never more holidays
              WorkingPeriod rotating =
                  WorkingPeriod.of(Range.closed(first, last))
                      .withRotation(Rotation.ofOnOff(first, 1 + cutFront % 7, cutBack % 7));
              assertThat(holidays.daysIn(pattern.withWorkingPeriod(rotating)).toBigDecimal().intValueExact())
                  .isBetween(0, holidays.dates().size());
            });
  }
}
