package io.github.cmpt.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ComplexityLevelTest {

  private static final ComplexityLevel LOW = ComplexityLevel.of("L", "Low", 1);
  private static final ComplexityLevel MODERATE =
      ComplexityLevel.of(
          "M", "Moderate", 2, "Two or more goals; family needs support to carry over the program");
  private static final ComplexityLevel HIGH = ComplexityLevel.of("H", "High", 3);
  private static final ComplexityLevel VERY_HIGH = ComplexityLevel.of("VH", "Very high", 4);

  @Test
  void keepsItsParts() {
    assertThat(MODERATE.code()).isEqualTo("M");
    assertThat(MODERATE.name()).isEqualTo("Moderate");
    assertThat(MODERATE.rank()).isEqualTo(2);
    assertThat(MODERATE.criteria())
        .isEqualTo("Two or more goals; family needs support to carry over the program");
    assertThat(LOW.criteria()).isEmpty();
  }

  @Test
  void toStringShowsRankAndName() {
    assertThat(MODERATE).hasToString("ComplexityLevel[2 Moderate]");
    assertThat(VERY_HIGH).hasToString("ComplexityLevel[4 Very high]");
    assertThat(ComplexityLevel.of("0", "None", 0)).hasToString("ComplexityLevel[0 None]");
  }

  // ---------------------------------------------------------------- validation

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "V H", "M ", "\tM"})
  void codeMustBeNonBlankWithoutSpaces(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ComplexityLevel.of(code, "Moderate", 2))
        .withMessage(
            "Invalid value for code (valid values non-blank, without spaces): \"" + code + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "\n"})
  void nameMustBeNonBlank(String name) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ComplexityLevel.of("M", name, 2))
        .withMessage("Invalid value for name (valid values non-blank): \"" + name + "\"");
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, -2, Integer.MIN_VALUE})
  void rankMustNotBeNegative(int rank) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ComplexityLevel.of("M", "Moderate", rank))
        .withMessage("Invalid value for rank (valid values x >= 0): " + rank);
  }

  @Test
  void nullArgumentsThrowNullPointerExceptionNamingTheParameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> ComplexityLevel.of(null, "Moderate", 2))
        .withMessage("code");
    assertThatNullPointerException()
        .isThrownBy(() -> ComplexityLevel.of("M", null, 2))
        .withMessage("name");
    assertThatNullPointerException()
        .isThrownBy(() -> ComplexityLevel.of("M", "Moderate", 2, null))
        .withMessage("criteria");
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(ComplexityLevel.class);
    tester.testAllPublicInstanceMethods(MODERATE);
  }

  // ---------------------------------------------------------------- order and equality

  @Test
  void levelsOrderByRank() {
    List<ComplexityLevel> levels = new ArrayList<>(List.of(VERY_HIGH, LOW, HIGH, MODERATE));
    levels.sort(null);
    assertThat(levels).containsExactly(LOW, MODERATE, HIGH, VERY_HIGH);
    assertThat(LOW).isLessThan(MODERATE);
    assertThat(VERY_HIGH).isGreaterThan(HIGH);
  }

  @Test
  void theRankOrdersBeforeTheCode() {
    // "Z" sorts after "A", but rank 1 is below rank 2
    assertThat(ComplexityLevel.of("Z", "Low", 1)).isLessThan(ComplexityLevel.of("A", "High", 2));
    assertThat(ComplexityLevel.of("A", "Low", 1)).isLessThan(ComplexityLevel.of("B", "Low", 1));
  }

  @Test
  void aSortedSetKeepsEveryDistinctLevel() {
    TreeSet<ComplexityLevel> set = new TreeSet<>();
    set.add(ComplexityLevel.of("M", "Moderate", 2));
    set.add(ComplexityLevel.of("M", "Medium", 2));
    set.add(ComplexityLevel.of("M", "Moderate", 2, "Two goals"));
    assertThat(set).hasSize(3);
  }

  @Test
  void compareToIsConsistentWithEquals() {
    Gen<ComplexityLevel> levels =
        Generate.pick(List.of("A", "B", "1"))
            .zip(
                Generate.pick(List.of("Low", "Moderate")),
                integers().between(0, 2),
                Generate.pick(List.of("", "Two goals")),
                ComplexityLevel::of);
    qt().forAll(levels, levels)
        .checkAssert(
            (a, b) -> {
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            });
  }

  @Test
  void equalsComparesEveryPart() {
    new EqualsTester()
        .addEqualityGroup(MODERATE, ComplexityLevel.of("M", "Moderate", 2, MODERATE.criteria()))
        .addEqualityGroup(
            ComplexityLevel.of("M", "Moderate", 2), ComplexityLevel.of("M", "Moderate", 2, ""))
        .addEqualityGroup(ComplexityLevel.of("2", "Moderate", 2))
        .addEqualityGroup(ComplexityLevel.of("M", "Medium", 2))
        .addEqualityGroup(ComplexityLevel.of("M", "Moderate", 3))
        .testEquals();
  }
}
