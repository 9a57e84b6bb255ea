package io.github.cmpt.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.collect.Range;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingPeriodTest {

  private static final LocalDate SEP_1 = LocalDate.of(2026, 9, 1);
  private static final LocalDate JUN_30 = LocalDate.of(2027, 6, 30);

  /** A school year: September 1, 2026 to June 30, 2027. */
  static final WorkingPeriod SCHOOL_YEAR = WorkingPeriod.of(Range.closed(SEP_1, JUN_30));

  // ---------------------------------------------------------------- months

  @Test
  void aSeptemberToJuneSchoolYearIsTenMonths() {
    // September to June, every day of each month: 10 whole months
    assertThat(SCHOOL_YEAR.months()).isEqualTo(Fraction.of(10));
  }

  @Test
  void partialMonthsCountByTheirShareOfDays() {
    // September 2 to June 26: 29/30 of September, October to May (8), 26/30 of June
    //   = 8 + 55/30 = 59/6, about 9.83 months
    WorkingPeriod p =
        WorkingPeriod.of(Range.closed(LocalDate.of(2026, 9, 2), LocalDate.of(2027, 6, 26)));
    assertThat(p.months()).isEqualTo(Fraction.of(59, 6));
    // two terms with a winter break: Sep 1 - Dec 18 and Jan 4 - Jun 30
    //   = 3 (Sep, Oct, Nov) + 18/31 (Dec) + 28/31 (Jan) + 5 (Feb to Jun) = 8 + 46/31 = 294/31
    WorkingPeriod terms =
        WorkingPeriod.of(
            List.of(
                Range.closed(SEP_1, LocalDate.of(2026, 12, 18)),
                Range.closed(LocalDate.of(2027, 1, 4), JUN_30)));
    assertThat(terms.months()).isEqualTo(Fraction.of(294, 31));
    // a whole calendar year is 12 months; February of a leap year counts by its 29 days
    assertThat(
            WorkingPeriod.of(Range.closed(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 12, 31)))
                .months())
        .isEqualTo(Fraction.of(12));
    assertThat(
            WorkingPeriod.of(Range.closed(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 15)))
                .months())
        .isEqualTo(Fraction.of(15, 29));
  }

  @Test
  void aRotationDoesNotChangeTheMonths() {
    Rotation r = Rotation.ofOnOff(SEP_1, 4, 4);
    assertThat(SCHOOL_YEAR.withRotation(r).months()).isEqualTo(Fraction.of(10));
  }

  // ---------------------------------------------------------------- dates

  @Test
  void containsTheDatesOfItsRangesOnItsRotation() {
    assertThat(SCHOOL_YEAR.contains(SEP_1)).isTrue();
    assertThat(SCHOOL_YEAR.contains(JUN_30)).isTrue();
    assertThat(SCHOOL_YEAR.contains(LocalDate.of(2026, 8, 31))).isFalse();
    assertThat(SCHOOL_YEAR.contains(LocalDate.of(2027, 7, 1))).isFalse();
    WorkingPeriod rotating = SCHOOL_YEAR.withRotation(Rotation.ofOnOff(SEP_1, 4, 4));
    assertThat(rotating.contains(SEP_1)).isTrue(); // day 0
    assertThat(rotating.contains(LocalDate.of(2026, 9, 5))).isFalse(); // day 4: off
    assertThat(rotating.contains(LocalDate.of(2026, 8, 28))).isFalse(); // worked day, outside
    assertThat(rotating.rotation()).contains(Rotation.ofOnOff(SEP_1, 4, 4));
    assertThat(SCHOOL_YEAR.rotation()).isEmpty();
  }

  @Test
  void rangesAreMergedAndShownClosed() {
    WorkingPeriod p =
        WorkingPeriod.of(
            List.of(
                Range.closedOpen(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 7, 1)),
                Range.closed(SEP_1, LocalDate.of(2026, 12, 18)),
                Range.closed(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10))));
    assertThat(p.ranges())
        .containsExactly(
            Range.closed(SEP_1, LocalDate.of(2026, 12, 18)),
            Range.closed(LocalDate.of(2027, 1, 4), JUN_30));
    assertThat(p.span()).isEqualTo(Range.closed(SEP_1, JUN_30));
    assertThat(p).hasToString("[2026-09-01..2026-12-18] [2027-01-04..2027-06-30]");
    assertThat(p.withRotation(Rotation.ofOnOff(SEP_1, 4, 4)))
        .hasToString(
            "[2026-09-01..2026-12-18] [2027-01-04..2027-06-30], 8-day rotation from 2026-09-01,"
                + " days 0,1,2,3 worked");
  }

  @Test
  void equalityIsByTheDates() {
    new EqualsTester()
        .addEqualityGroup(
            SCHOOL_YEAR,
            WorkingPeriod.of(Range.closedOpen(SEP_1, JUN_30.plusDays(1))),
            WorkingPeriod.of(Range.open(SEP_1.minusDays(1), JUN_30.plusDays(1))),
            WorkingPeriod.of(
                List.of(
                    Range.closed(SEP_1, LocalDate.of(2026, 12, 31)),
                    Range.closed(LocalDate.of(2027, 1, 1), JUN_30))))
        .addEqualityGroup(WorkingPeriod.of(Range.closed(SEP_1, JUN_30.minusDays(1))))
        .addEqualityGroup(
            SCHOOL_YEAR.withRotation(Rotation.ofOnOff(SEP_1, 4, 4)),
            SCHOOL_YEAR.withRotation(Rotation.ofOnOff(SEP_1, 4, 4)))
        .testEquals();
  }

  @Test
  void validation() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkingPeriod.of(Range.atLeast(SEP_1)))
        .withMessage(
            "Invalid value for ranges (valid values bounded ranges of dates):"
                + " [2026-09-01..+\u221e)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkingPeriod.of(Range.closedOpen(SEP_1, SEP_1)))
        .withMessage(
            "Invalid value for ranges (valid values ranges holding at least one date):"
                + " [2026-09-01..2026-09-01)");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkingPeriod.of(List.of()))
        .withMessage("Invalid value for ranges (valid values at least one range of dates): none");
    // one year at most: September 1 to August 31 is a year, to September 1 more than one
    assertThat(WorkingPeriod.of(Range.closed(SEP_1, LocalDate.of(2027, 8, 31))).months())
        .isEqualTo(Fraction.of(12));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkingPeriod.of(Range.closed(SEP_1, LocalDate.of(2027, 9, 1))))
        .withMessage(
            "Invalid value for ranges (valid values dates within one year, last < first + 1 year):"
                + " [2026-09-01..2027-09-01]");
  }

  @Test
  void nullArguments() {
    new NullPointerTester()
        .setDefault(Range.class, Range.closed(SEP_1, JUN_30))
        .testAllPublicStaticMethods(WorkingPeriod.class);
    new NullPointerTester()
        .setDefault(Rotation.class, Rotation.ofOnOff(SEP_1, 4, 4))
        .testAllPublicInstanceMethods(SCHOOL_YEAR);
  }

  // ---------------------------------------------------------------- properties

  @Test
  void monthsAreMonotoneAndAtMostTwelve() {
    qt().forAll(
            integers().between(0, 730),
            integers().between(0, 364),
            integers().between(0, 364),
            integers().between(0, 364))
        .checkAssert(
            (start, length, cutFront, cutBack) -> {
              LocalDate first = LocalDate.of(2026, 1, 1).plusDays(start);
              LocalDate last = first.plusDays(length);
              WorkingPeriod outer = WorkingPeriod.of(Range.closed(first, last));
              assertThat(outer.months().compareTo(Fraction.of(12))).isNotPositive();
              assertThat(outer.months().signum()).isPositive();
              if (cutFront + cutBack <= length) {
                WorkingPeriod inner =
                    WorkingPeriod.of(
                        Range.closed(first.plusDays(cutFront), last.minusDays(cutBack)));
                assertThat(inner.months().compareTo(outer.months())).isNotPositive();
              }
            });
  }
}
