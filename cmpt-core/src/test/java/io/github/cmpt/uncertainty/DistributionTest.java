package io.github.cmpt.uncertainty;

import static io.github.cmpt.uncertainty.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DistributionTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"point(45)", "uniform(0.9, 1.1)", "triangular(40, 45, 60)", "pert(40, 45, 60)",
          "pert(1, 1, 1)"})
  void parseReadsWhatToStringWrites(String text) {
    assertThat(Distribution.parse(text).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"pert(5, 4, 6)", "triangular(1, 2)", "normal(1, 2)", "pert 1, 2, 3",
          "uniform(2, 1)", "point(x)"})
  void badTextIsRejectedNamingTheRule(String text) {
    assertThatThrownBy(() -> Distribution.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid value");
  }

  @Test
  void meansFollowTheFormulaOfEachKind() {
    assertThat(Distribution.parse("triangular(40, 45, 62)").mean()).isCloseTo(49, within(1e-12));
    assertThat(Distribution.parse("pert(40, 46, 64)").mean()).isCloseTo(48, within(1e-12));
    assertThat(Distribution.parse("uniform(2, 5)").mean()).isEqualTo(3.5);
  }

  @Test
  void theTriangularQuantileIsItsClosedForm() {
    Distribution t = Distribution.triangular(d("2"), d("4"), d("10"));
    // F(x) = (x - a)^2 / ((b - a)(m - a)) below m, 1 - (b - x)^2 / ((b - a)(b - m)) above
    for (double x : new double[] {2.5, 3, 4, 6, 9.5}) {
      double f = x <= 4 ? (x - 2) * (x - 2) / (8 * 2) : 1 - (10 - x) * (10 - x) / (8 * 6);
      assertThat(t.quantile(f)).isCloseTo(x, within(1e-12));
    }
    assertThat(t.quantile(0)).isEqualTo(2);
    assertThat(t.quantile(1)).isEqualTo(10);
  }

  @Test
  void thePertOfAModeAtTheLowEndIsBetaOneFive() {
    // Beta(1, 5): F(x) = 1 - (1 - x)^5, so Q(u) = 1 - (1 - u)^(1/5)
    Distribution p = Distribution.pert(d("10"), d("10"), d("20"));
    for (double u : new double[] {0.001, 0.05, 0.3, 0.5, 0.8, 0.95, 0.999}) {
      double expected = 10 + 10 * (1 - Math.pow(1 - u, 0.2));
      assertThat(p.quantile(u)).isCloseTo(expected, within(1e-12));
    }
  }

  @Test
  void aSymmetricPertHasItsModeAsMedianAndTheBetaThreeThreeQuartiles() {
    Distribution p = Distribution.pert(d("0"), d("5"), d("10"));
    assertThat(p.quantile(0.5)).isCloseTo(5, within(1e-12));
    // Beta(3, 3): F(x) = 10x^3 - 15x^4 + 6x^5
    for (double x : new double[] {0.1, 0.25, 0.4, 0.7, 0.9}) {
      double f = 10 * Math.pow(x, 3) - 15 * Math.pow(x, 4) + 6 * Math.pow(x, 5);
      assertThat(p.quantile(f)).isCloseTo(10 * x, within(1e-11));
    }
  }

  @Test
  void thePertQuantileAveragesToItsMean() {
    Distribution p = Distribution.pert(d("40"), d("45"), d("70"));
    int n = 20_000;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += p.quantile((i + 0.5) / n);
    }
    assertThat(sum / n).isCloseTo((40 + 4 * 45 + 70) / 6.0, within(1e-3));
  }

  @Test
  void aSinglePointRangeIsDegenerate() {
    Distribution p = Distribution.pert(d("3"), d("3"), d("3"));
    assertThat(p.isDegenerate()).isTrue();
    assertThat(p.quantile(0.01)).isEqualTo(3);
    assertThat(p.quantile(0.99)).isEqualTo(3);
    assertThat(p.mean()).isEqualTo(3);
    assertThat(Distribution.pert(d("3"), d("3"), d("4")).isDegenerate()).isFalse();
  }

  @Test
  void aQuantileOutsideZeroToOneIsRejected() {
    Distribution p = Distribution.parse("uniform(1, 2)");
    assertThatThrownBy(() -> p.quantile(1.5)).hasMessageContaining("0 <= u <= 1");
    assertThatThrownBy(() -> p.quantile(Double.NaN)).hasMessageContaining("0 <= u <= 1");
  }

  @Test
  void equalityIgnoresScale() {
    new EqualsTester()
        .addEqualityGroup(Distribution.parse("pert(1, 2, 3)"),
            Distribution.pert(d("1.0"), d("2.00"), d("3")))
        .addEqualityGroup(Distribution.parse("triangular(1, 2, 3)"))
        .addEqualityGroup(Distribution.parse("point(2)"))
        .testEquals();
  }
}
