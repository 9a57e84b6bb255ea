package io.github.cmpt.demand;

import static io.github.cmpt.demand.Examples.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrequencyTest {

  @Test
  void occurrencesPerEpisode() {
    assertThat(Frequency.ONCE.occurrencesPerEpisode()).isEqualByComparingTo("1");
    assertThat(Frequency.ofPerEpisode(3).occurrencesPerEpisode()).isEqualByComparingTo("3");
    assertThat(Frequency.ofPerWeek(2, 6).occurrencesPerEpisode()).isEqualByComparingTo("12");
    assertThat(Frequency.ofPerWeek(dec("0.5"), dec("10")).occurrencesPerEpisode())
        .isEqualByComparingTo("5");
    assertThat(Frequency.ofPerEpisode(dec("6.4")).occurrencesPerEpisode())
        .isEqualByComparingTo("6.4");
  }

  @Test
  void parts() {
    Frequency weekly = Frequency.ofPerWeek(2, 6);
    assertThat(weekly.isWeekly()).isTrue();
    assertThat(weekly.times()).isEqualByComparingTo("2");
    assertThat(weekly.weeks()).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("6"));
    assertThat(Frequency.ofPerEpisode(3).isWeekly()).isFalse();
    assertThat(Frequency.ofPerEpisode(3).weeks()).isEmpty();
    assertThat(Frequency.ofPerEpisode(1)).isSameAs(Frequency.ONCE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "once; once",
        "1/episode; once",
        "3/episode; 3/episode",
        "6.40/episode; 6.4/episode",
        "2/week x 6 weeks; 2/week x 6 weeks",
        "1/week x 1 week; 1/week x 1 week",
        "0.5/week x 10 weeks; 0.5/week x 10 weeks",
        "1/week x 1 weeks; 1/week x 1 week"
      })
  void parseReadsToString(String text, String written) {
    assertThat(Frequency.parse(text)).hasToString(written);
    assertThat(Frequency.parse(written)).isEqualTo(Frequency.parse(text));
  }

  @Test
  void parseRoundTripsAnyFrequency() {
    qt().forAll(integers().between(1, 16_800), integers().between(1, 5_200), booleans().all())
        .checkAssert(
            (t, w, weekly) -> {
              BigDecimal times = BigDecimal.valueOf(t, 2);
              Frequency f =
                  weekly
                      ? Frequency.ofPerWeek(times, BigDecimal.valueOf(w, 1))
                      : Frequency.ofPerEpisode(times);
              assertThat(Frequency.parse(f.toString())).isEqualTo(f);
            });
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "twice; Invalid value for frequency (valid values once, n/episode or n/week x w weeks):"
            + " \"twice\"",
        "x/episode; Invalid value for timesPerEpisode (valid values a decimal number): \"x\"",
        "0/episode; Invalid value for timesPerEpisode (valid values 0 < x <= 10000): 0",
        "2/week x 0 weeks; Invalid value for weeks (valid values 0 < x <= 520): 0",
        "-1/week x 3 weeks; Invalid value for timesPerWeek (valid values 0 < x <= 168): -1"
      })
  void parseRejects(String text, String message) {
    assertThatThrownBy(() -> Frequency.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void countsArePositive() {
    assertThatThrownBy(() -> Frequency.ofPerEpisode(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for timesPerEpisode (valid values 0 < x <= 10000): 0");
    assertThatThrownBy(() -> Frequency.ofPerWeek(0, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for timesPerWeek (valid values 0 < x <= 168): 0");
    assertThatThrownBy(() -> Frequency.ofPerWeek(2, -6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for weeks (valid values 0 < x <= 520): -6");
    assertThatThrownBy(() -> Frequency.ONCE.multipliedBy(BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for factor (valid values x > 0): 0");
  }

  @Test
  void multipliedByScalesTheTimesNotTheWeeks() {
    assertThat(Frequency.ofPerWeek(2, 6).multipliedBy(dec("1.5")))
        .isEqualTo(Frequency.ofPerWeek(3, 6));
    assertThat(Frequency.ONCE.multipliedBy(dec("2"))).isEqualTo(Frequency.ofPerEpisode(2));
    qt().forAll(integers().between(1, 10_000), integers().between(1, 100), integers().between(1, 100))
        .checkAssert(
            (t, w, k) -> {
              Frequency f = Frequency.ofPerWeek(BigDecimal.valueOf(t, 2), BigDecimal.valueOf(w));
              BigDecimal factor = BigDecimal.valueOf(k, 1);
              assertThat(f.multipliedBy(factor).occurrencesPerEpisode())
                  .isEqualByComparingTo(f.occurrencesPerEpisode().multiply(factor));
            });
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Frequency.ONCE, Frequency.ofPerEpisode(dec("1.00")))
        .addEqualityGroup(Frequency.ofPerEpisode(12), Frequency.ofPerEpisode(dec("12.0")))
        .addEqualityGroup(Frequency.ofPerWeek(2, 6), Frequency.ofPerWeek(dec("2.0"), dec("6.00")))
        .addEqualityGroup(Frequency.ofPerWeek(6, 2))
        .addEqualityGroup(Frequency.ofPerWeek(12, 1))
        .testEquals();
  }
}
