package io.github.cmpt.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummaryTest {

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @Test
  void percentileMatchesSpreadsheetPercentileIncExample() {
    // Microsoft Support, "PERCENTILE.INC function", example: =PERCENTILE.INC({1,3,2,4}, 0.3)
    // returns 1.9.
    Summary s = Summary.of(1, 3, 2, 4);
    assertThat(s.percentile(30)).isEqualByComparingTo("1.9");
  }

  @Test
  void percentileMatchesRQuantileType7() {
    // R documentation, ?quantile: type 7 is the default; quantile(1:10, 0.9) is 9.1.
    Summary s = Summary.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(s.percentile(90)).isEqualByComparingTo("9.1");
    assertThat(s.p90()).isEqualByComparingTo("9.1");
  }

  @ParameterizedTest
  @CsvSource({
    // Hand-worked on 15, 20, 35, 40, 50 (n = 5, h = 4p/100):
    "0, 15", //       h = 0
    "25, 20", //      h = 1
    "40, 29", //      h = 1.6: 20 + 0.6 x (35 - 20)
    "50, 35", //      h = 2
    "80, 42", //      h = 3.2: 40 + 0.2 x (50 - 40)
    "90, 46", //      h = 3.6: 40 + 0.6 x 10
    "99.5, 49.8", //  h = 3.98: 40 + 0.98 x 10
    "100, 50" //      h = 4
  })
  void percentileInterpolatesBetweenClosestRanks(String p, String expected) {
    Summary s = Summary.of(50, 40, 15, 35, 20);
    assertThat(s.percentile(d(p))).isEqualByComparingTo(expected);
  }

  @Test
  void medianOfAnEvenCountIsTheMidpoint() {
    assertThat(Summary.of(1, 2, 4, 7).median()).isEqualByComparingTo("3");
    assertThat(Summary.of(1, 2, 4, 8).median()).isEqualByComparingTo("3");
    assertThat(Summary.of(1, 2, 5, 8).median()).isEqualByComparingTo("3.5");
  }

  @Test
  void sampleStandardDeviationMatchesSpreadsheetStdevSExample() {
    // Microsoft Support, "STDEV.S function", example: the breaking strength of 10 tools,
    // 1345, 1301, 1368, 1322, 1310, 1370, 1318, 1350, 1303, 1299, has STDEV.S 27.46391572.
    Summary s = Summary.of(1345, 1301, 1368, 1322, 1310, 1370, 1318, 1350, 1303, 1299);
    assertThat(s.standardDeviation().orElseThrow().setScale(8, java.math.RoundingMode.HALF_UP))
        .isEqualByComparingTo("27.46391572");
    assertThat(s.mean()).isEqualByComparingTo("1328.6");
  }

  @Test
  void standardDeviationIsTheSampleOneWithDivisorNMinusOne() {
    // 105, 135, 150: mean 130, squared deviations 625 + 25 + 400 = 1050, / (3 - 1) = 525.
    Summary s = Summary.of(105, 135, 150);
    assertThat(s.standardDeviation().orElseThrow())
        .isEqualByComparingTo("22.91287847477920003294023596864004");
    // The population one (divisor n) would be sqrt(350) = 18.7...
    assertThat(Summary.of(5, 5, 5).standardDeviation()).contains(BigDecimal.ZERO);
  }

  @Test
  void aSingleValueHasNoStandardDeviationAndIsEveryPercentile() {
    Summary s = Summary.of(42);
    assertThat(s.standardDeviation()).isEmpty();
    assertThat(s.percentile(37)).isEqualByComparingTo("42");
    assertThat(s.mean()).isEqualByComparingTo("42");
    assertThat(s.toString()).contains("sd none");
  }

  @Test
  void quotientsAreDividedOnceAfterInterpolation() {
    // Days over 7 (weeks): 12, 3, 1 days.
    Summary weeks = Summary.ofUnits(new long[] {12, 3, 1}, 7);
    assertThat(weeks.mean()).isEqualByComparingTo("0.7619047619047619047619047619047619");
    assertThat(weeks.median()).isEqualByComparingTo("0.4285714285714285714285714285714286");
    assertThat(weeks.min()).isEqualByComparingTo("0.1428571428571428571428571428571429");
    // 80th percentile: h = 1.6, 3 + 0.6 x 9 = 8.4 days = 1.2 weeks, exactly.
    assertThat(weeks.p80()).isEqualByComparingTo("1.2");
    assertThat(Summary.ofUnits(new long[] {7, 14}, 7).mean()).isEqualByComparingTo("1.5");
  }

  @Test
  void decimalValuesSummarise() {
    Summary s = Summary.of(List.of(d("1.5"), d("2.25"), d("0.75")));
    assertThat(s.sum()).isEqualByComparingTo("4.5");
    assertThat(s.mean()).isEqualByComparingTo("1.5");
    assertThat(s.median()).isEqualByComparingTo("1.5");
    assertThat(s.values()).extracting(BigDecimal::toPlainString).containsExactly("0.75", "1.5",
        "2.25");
    assertThat(s.toString())
        .isEqualTo("Summary[n=3, mean 1.5, median 1.5, p80 1.95, p90 2.1, sd 0.75, min 0.75,"
            + " max 2.25]");
  }

  @ParameterizedTest
  @CsvSource({"-1, -1", "100.5, 100.5", "101, 101"})
  void percentileOutsideZeroToHundredIsRejected(String p, String shown) {
    Summary s = Summary.of(1, 2);
    assertThatThrownBy(() -> s.percentile(d(p)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for p (valid values 0 <= p <= 100): " + shown);
  }

  @Test
  void anEmptySummaryIsRejected() {
    assertThatThrownBy(() -> Summary.of())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for values (valid values at least one value): none");
    assertThatThrownBy(() -> Summary.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("values");
  }

  @Test
  void equalityIgnoresScaleAndRepresentation() {
    new EqualsTester()
        .addEqualityGroup(
            Summary.of(1, 2),
            Summary.of(List.of(d("2.00"), d("1.0"))),
            Summary.ofUnits(new long[] {14, 7}, 7))
        .addEqualityGroup(Summary.of(1, 3))
        .addEqualityGroup(Summary.of(1, 2, 2))
        .testEquals();
  }

  @Test
  void percentilesGrowWithPAndStayBetweenMinAndMax() {
    qt().forAll(lists().of(integers().between(-1000, 1000)).ofSizeBetween(1, 30),
            integers().between(0, 100), integers().between(0, 100))
        .checkAssert(
            (values, p, q) -> {
              Summary s = Summary.of(values.stream().mapToLong(Integer::longValue).toArray());
              BigDecimal a = s.percentile(Math.min(p, q));
              BigDecimal b = s.percentile(Math.max(p, q));
              assertThat(a).isLessThanOrEqualTo(b);
              assertThat(a).isGreaterThanOrEqualTo(s.min());
              assertThat(b).isLessThanOrEqualTo(s.max());
              assertThat(s.percentile(0)).isEqualByComparingTo(s.min());
              assertThat(s.percentile(100)).isEqualByComparingTo(s.max());
            });
  }

  @Test
  void shiftingEveryValueShiftsPercentilesAndMeanAndKeepsTheStandardDeviation() {
    qt().forAll(lists().of(integers().between(0, 1000)).ofSizeBetween(2, 30),
            integers().between(-500, 500), integers().between(0, 100))
        .checkAssert(
            (values, c, p) -> {
              Summary s = Summary.of(values.stream().mapToLong(Integer::longValue).toArray());
              Summary t = Summary.of(values.stream().mapToLong(v -> (long) v + c).toArray());
              BigDecimal shift = BigDecimal.valueOf(c);
              assertThat(t.percentile(p)).isEqualByComparingTo(s.percentile(p).add(shift));
              assertThat(t.sum())
                  .isEqualByComparingTo(s.sum().add(shift.multiply(BigDecimal.valueOf(values.size()))));
              assertThat(t.standardDeviation()).isEqualTo(s.standardDeviation());
            });
  }
}
