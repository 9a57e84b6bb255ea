package io.github.cmpt.demand;

import static io.github.cmpt.demand.Examples.dec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

  @Test
  void records() {
    Provenance.Records p = Provenance.ofRecords(42, " median ");
    assertThat(p.episodes()).isEqualTo(42);
    assertThat(p.statistic()).isEqualTo("median");
    assertThat(p.kind()).isEqualTo(Provenance.Kind.RECORDS);
    assertThat(p).hasToString("records (n=42, median)");
  }

  @Test
  void judgment() {
    Provenance.Judgment p = Provenance.ofJudgment("team consensus 2026");
    assertThat(p.rationale()).isEqualTo("team consensus 2026");
    assertThat(p.kind()).isEqualTo(Provenance.Kind.JUDGMENT);
    assertThat(p).hasToString("judgment: \"team consensus 2026\"");
    assertThat(Provenance.ofJudgment(" ")).hasToString("judgment");
  }

  @Test
  void blendKeepsBothSources() {
    Provenance.Records data = Provenance.ofRecords(42, "mean");
    Provenance.Blend p = Provenance.ofBlend(dec("0.3"), "new protocol", data);
    assertThat(p.judgmentWeight()).isEqualByComparingTo("0.3");
    assertThat(p.rationale()).isEqualTo("new protocol");
    assertThat(p.judgment()).isEqualTo(Provenance.ofJudgment("new protocol"));
    assertThat(p.data()).isEqualTo(data);
    assertThat(p.kind()).isEqualTo(Provenance.Kind.BLEND);
    assertThat(p).hasToString("blend 30% judgment / 70% records (n=42, mean)");
    assertThat(Provenance.ofBlend(dec("0.125"), "", data))
        .hasToString("blend 12.5% judgment / 87.5% records (n=42, mean)");
  }

  @Test
  void recordsNeedAtLeastOneEpisode() {
    assertThatThrownBy(() -> Provenance.ofRecords(0, "mean"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for episodes (valid values x >= 1): 0");
  }

  @Test
  void recordsNeedAStatistic() {
    assertThatThrownBy(() -> Provenance.ofRecords(3, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for statistic (valid values non-blank): \" \"");
  }

  @Test
  void blendWeightIsAFraction() {
    Provenance data = Provenance.ofRecords(4, "mean");
    assertThatThrownBy(() -> Provenance.ofBlend(dec("1.5"), "", data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for weight (valid values 0 <= x <= 1): 1.5");
    assertThatThrownBy(() -> Provenance.ofBlend(dec("-0.1"), "", data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for weight (valid values 0 <= x <= 1): -0.1");
  }

  @Test
  void nullsNameTheParameter() {
    assertThatThrownBy(() -> Provenance.ofJudgment(null)).hasMessage("rationale");
    assertThatThrownBy(() -> Provenance.ofRecords(1, null)).hasMessage("statistic");
    assertThatThrownBy(() -> Provenance.ofBlend(dec("0.5"), "", null)).hasMessage("data");
  }

  @Test
  void equality() {
    Provenance data = Provenance.ofRecords(42, "mean");
    new EqualsTester()
        .addEqualityGroup(data, Provenance.ofRecords(42, "mean"))
        .addEqualityGroup(Provenance.ofRecords(41, "mean"))
        .addEqualityGroup(Provenance.ofRecords(42, "median"))
        .addEqualityGroup(Provenance.ofJudgment("a"), Provenance.ofJudgment(" a "))
        .addEqualityGroup(Provenance.ofJudgment("b"))
        .addEqualityGroup(
            Provenance.ofBlend(dec("0.3"), "a", data), Provenance.ofBlend(dec("0.30"), "a", data))
        .addEqualityGroup(Provenance.ofBlend(dec("0.4"), "a", data))
        .addEqualityGroup(Provenance.ofBlend(dec("0.3"), "b", data))
        .addEqualityGroup(Provenance.ofBlend(dec("0.3"), "a", Provenance.ofJudgment("a")))
        .testEquals();
  }
}
