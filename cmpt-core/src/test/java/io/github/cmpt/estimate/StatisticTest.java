package io.github.cmpt.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StatisticTest {

  @ParameterizedTest
  @CsvSource({"mean, mean", "MEDIAN, median", "P80, P80", "p37.50, P37.5", "P50, median",
      "P0, P0", "P100, P100"})
  void parseReadsWhatToStringWrites(String text, String shown) {
    Statistic s = Statistic.parse(text);
    assertThat(s.toString()).isEqualTo(shown);
    assertThat(Statistic.parse(s.toString())).isEqualTo(s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "average", "P", "Pxx", "80"})
  void otherTextIsNotAStatistic(String text) {
    assertThatThrownBy(() -> Statistic.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid value for");
  }

  @Test
  void aPercentileOutsideZeroToHundredIsRejected() {
    assertThatThrownBy(() -> Statistic.ofPercentile(101))
        .hasMessage("Invalid value for p (valid values 0 <= p <= 100): 101");
    assertThatThrownBy(() -> Statistic.parse("P-5"))
        .hasMessage("Invalid value for p (valid values 0 <= p <= 100): -5");
  }

  @Test
  void appliesToASummary() {
    Summary s = Summary.of(15, 20, 35, 40, 50);
    assertThat(Statistic.MEAN.applyTo(s)).isEqualByComparingTo("32");
    assertThat(Statistic.MEDIAN.applyTo(s)).isEqualByComparingTo("35");
    assertThat(Statistic.ofPercentile(80).applyTo(s)).isEqualByComparingTo("42");
    assertThat(Statistic.ofPercentile(new BigDecimal("99.5")).applyTo(s))
        .isEqualByComparingTo("49.8");
    assertThat(Statistic.MEAN.isMean()).isTrue();
    assertThat(Statistic.MEDIAN.isMean()).isFalse();
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Statistic.MEAN, Statistic.parse("mean"))
        .addEqualityGroup(Statistic.MEDIAN, Statistic.ofPercentile(50),
            Statistic.ofPercentile(new BigDecimal("50.00")))
        .addEqualityGroup(Statistic.ofPercentile(80), Statistic.ofPercentile(new BigDecimal("80.0")))
        .addEqualityGroup(Statistic.ofPercentile(0))
        .testEquals();
  }
}
