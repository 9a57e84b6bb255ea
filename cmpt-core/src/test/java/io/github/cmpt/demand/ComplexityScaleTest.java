package io.github.cmpt.demand;

import io.github.cmpt.vocabulary.ComplexityLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplexityScaleTest {

  private static final ComplexityLevel L = ComplexityLevel.of("L", "Low", 1);
  private static final ComplexityLevel M = ComplexityLevel.of("M", "Moderate", 2);
  private static final ComplexityLevel H = ComplexityLevel.of("H", "High", 3);

  @Test
  void threeLevelsAreExplicitWithCodesAndRanksOneToThree() {
    ComplexityScale scale = ComplexityScale.ofThreeLevels();
    assertThat(scale.levels())
        .containsExactly(
            ComplexityLevel.of("1", "Low", 1),
            ComplexityLevel.of("2", "Moderate", 2),
            ComplexityLevel.of("3", "High", 3));
    assertThat(scale.size()).isEqualTo(3);
  }

  @Test
  void fourLevelsCarryTheirCriteria() {
    ComplexityScale scale = ComplexityScale.ofFourLevels("a", "b", "c", "d");
    assertThat(scale.levels())
        .containsExactly(
            ComplexityLevel.of("1", "Low", 1, "a"),
            ComplexityLevel.of("2", "Moderate", 2, "b"),
            ComplexityLevel.of("3", "High", 3, "c"),
            ComplexityLevel.of("4", "Very high", 4, "d"));
    assertThat(ComplexityScale.ofFourLevels().level("4").criteria()).isEmpty();
  }

  @Test
  void levelsAreKeptInRankOrder() {
    assertThat(ComplexityScale.of(H, L, M).levels()).containsExactly(L, M, H);
    assertThat(ComplexityScale.of(List.of(M, H, L))).isEqualTo(ComplexityScale.of(L, M, H));
  }

  @Test
  void findsALevelByCode() {
    ComplexityScale scale = ComplexityScale.of(L, M, H);
    assertThat(scale.level("M")).isEqualTo(M);
    assertThat(scale.find("H")).contains(H);
    assertThat(scale.find("X")).isEmpty();
    assertThat(scale.contains(M)).isTrue();
    assertThat(scale.contains(ComplexityLevel.of("M", "Moderate", 2, "other criteria"))).isFalse();
  }

  @Test
  void unknownCodeNamesTheCodeAndTheKnownOnes() {
    assertThatThrownBy(() -> ComplexityScale.of(L, M, H).level("X"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for code (valid values one of L, M, H): \"X\"");
  }

  @Test
  void rejectsAnEmptyScale() {
    assertThatThrownBy(() -> ComplexityScale.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for levels (valid values at least one level): none");
  }

  @Test
  void rejectsADuplicateCode() {
    ComplexityLevel other = ComplexityLevel.of("M", "Medium", 4);
    assertThatThrownBy(() -> ComplexityScale.of(L, M, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for code (valid values unique on the scale): \"M\"");
  }

  @Test
  void rejectsADuplicateRank() {
    ComplexityLevel other = ComplexityLevel.of("X", "Extra", 2);
    assertThatThrownBy(() -> ComplexityScale.of(L, M, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for rank (valid values unique on the scale): 2");
  }

  @Test
  void rejectsANullLevel() {
    assertThatThrownBy(() -> ComplexityScale.of(L, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(ComplexityScale.of(L, M, H), ComplexityScale.of(H, M, L))
        .addEqualityGroup(ComplexityScale.of(L, M))
        .addEqualityGroup(ComplexityScale.ofThreeLevels(), ComplexityScale.ofThreeLevels("", "", ""))
        .addEqualityGroup(ComplexityScale.ofThreeLevels("a", "", ""))
        .testEquals();
  }

  @Test
  void toStringShowsRanksAndNames() {
    assertThat(ComplexityScale.ofFourLevels())
        .hasToString("ComplexityScale[1 Low, 2 Moderate, 3 High, 4 Very high]");
  }
}
