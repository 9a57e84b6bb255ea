package io.github.cmpt.demand;

import io.github.cmpt.time.Fraction;
import static io.github.cmpt.demand.Examples.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VolumeTest {

  private static final BigDecimal YEAR = dec("52");

  @Test
  void littlesLawWorkedExamples() {
    // 26 episodes a year of 8 weeks each: 26 x 8 / 52 = 4 clients at a time
    assertThat(Volume.ofEpisodesPerYear(26).toConcurrent(dec("8"), YEAR))
        .isEqualByComparingTo(Fraction.parse("4"));
    // 12 clients at a time, episodes of 6 weeks: 12 x 52 / 6 = 104 episodes a year
    assertThat(Volume.ofConcurrent(12).toEpisodesPerYear(dec("6"), YEAR))
        .isEqualByComparingTo(Fraction.parse("104"));
    // a school-year service of 40 weeks: 10 clients at a time, 8-week episodes: 50 a year
    assertThat(Volume.ofConcurrent(10).toEpisodesPerYear(dec("8"), dec("40")))
        .isEqualByComparingTo(Fraction.parse("50"));
  }

  @Test
  void theGivenCountIsKeptAsIs() {
    assertThat(Volume.ofConcurrent(12).toConcurrent(dec("7"), YEAR)).isEqualByComparingTo(Fraction.parse("12"));
    assertThat(Volume.ofEpisodesPerYear(40).toEpisodesPerYear(dec("7"), YEAR))
        .isEqualByComparingTo(Fraction.parse("40"));
  }

  @Test
  void littlesLawRoundTrips() {
    // Each conversion divides once at 34 significant digits: a round trip agrees to 10^-32.
    qt().forAll(
            integers().between(0, 1_000_000),
            integers().between(1, 1_040),
            integers().between(1, 53))
        .checkAssert(
            (count, episodeTenths, weeksPerYear) -> {
              BigDecimal n = BigDecimal.valueOf(count, 2);
              BigDecimal weeks = BigDecimal.valueOf(episodeTenths, 1);
              BigDecimal year = BigDecimal.valueOf(weeksPerYear);
              BigDecimal tolerance = n.movePointLeft(32);

              BigDecimal episodes = (Volume.ofConcurrent(n).toEpisodesPerYear(weeks, year)).toBigDecimal();
              BigDecimal back = (Volume.ofEpisodesPerYear(episodes).toConcurrent(weeks, year)).toBigDecimal();
              assertThat(back.subtract(n).abs()).isLessThanOrEqualTo(tolerance);

              BigDecimal concurrent = (Volume.ofEpisodesPerYear(n).toConcurrent(weeks, year)).toBigDecimal();
              BigDecimal again = (Volume.ofConcurrent(concurrent).toEpisodesPerYear(weeks, year)).toBigDecimal();
              assertThat(again.subtract(n).abs()).isLessThanOrEqualTo(tolerance);
            });
  }

  @Test
  void littlesLawIsExactWhenTheDivisionIs() {
    qt().forAll(integers().between(0, 10_000), integers().between(1, 52))
        .checkAssert(
            (clients, weeks) -> {
              // episode weeks dividing 52 exactly: 1, 2, 4, 13, 26, 52
              BigDecimal w = BigDecimal.valueOf(52 / gcd(52, weeks));
              BigDecimal n = BigDecimal.valueOf(clients);
              BigDecimal episodes = (Volume.ofConcurrent(n).toEpisodesPerYear(w, YEAR)).toBigDecimal();
              assertThat(Volume.ofEpisodesPerYear(episodes).toConcurrent(w, YEAR))
                  .isEqualByComparingTo(Fraction.of(n));
            });
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  @ParameterizedTest
  @CsvSource({"12 concurrent", "40 episodes/year", "0 concurrent", "12.5 episodes/year"})
  void parseReadsToString(String text) {
    assertThat(Volume.parse(text)).hasToString(text);
  }

  @Test
  void parts() {
    assertThat(Volume.ofConcurrent(12).isConcurrent()).isTrue();
    assertThat(Volume.ofEpisodesPerYear(40).isConcurrent()).isFalse();
    assertThat(Volume.ofEpisodesPerYear(dec("40.0")).count()).isEqualByComparingTo("40");
  }

  @Test
  void countsAreNotNegative() {
    assertThatThrownBy(() -> Volume.ofConcurrent(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for concurrent (valid values x >= 0): -1");
    assertThatThrownBy(() -> Volume.ofEpisodesPerYear(dec("-0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for episodesPerYear (valid values x >= 0): -0.5");
  }

  @Test
  void conversionsNeedPositiveLengths() {
    Volume v = Volume.ofConcurrent(3);
    assertThatThrownBy(() -> v.toEpisodesPerYear(BigDecimal.ZERO, YEAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for episodeWeeks (valid values x > 0): 0");
    assertThatThrownBy(() -> v.toConcurrent(dec("4"), dec("-52")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for weeksPerYear (valid values x > 0): -52");
  }

  @Test
  void parseRejectsOtherText() {
    assertThatThrownBy(() -> Volume.parse("12 clients"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for volume (valid values n concurrent or n episodes/year):"
                + " \"12 clients\"");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Volume.ofConcurrent(12), Volume.ofConcurrent(dec("12.00")))
        .addEqualityGroup(Volume.ofEpisodesPerYear(12))
        .addEqualityGroup(Volume.ofConcurrent(13))
        .testEquals();
  }
}
