package io.github.cmpt.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Examples of how an explanation prints: its working, its inputs, and rounding for reading. */
class ExplanationTest {

  private static final BigDecimal THIRD =
      BigDecimal.ONE.divide(BigDecimal.valueOf(3), Hours.MATH_CONTEXT);

  private static Explanation iaf() {
    return Explanation.of(
            "IAF",
            "individual allowance hours / AWT",
            ImmutableMap.of("individual allowance hours", Hours.of(848), "AWT", Hours.of(1696)),
            Fte.of("0.5"))
        .withWorking("{individual allowance hours} / {AWT}");
  }

  @Test
  void aWorkingPutsTheValuesIntoTheFormula() {
    assertThat(iaf())
        .hasToString("IAF = individual allowance hours / AWT = 848h / 1696h = 0.5 FTE");
    assertThat(iaf().working()).contains("{individual allowance hours} / {AWT}");
    // text around the names is kept, a name may be used twice, and the longest name wins
    Explanation e =
        Explanation.of(
                "x",
                "a x a + ab",
                ImmutableMap.of("a", new BigDecimal("2"), "ab", Percentage.ofPercent(5)),
                new BigDecimal("4.05"))
            .withWorking("{a} x {a} + {ab}, in (units)");
    assertThat(e).hasToString("x = a x a + ab = 2 x 2 + 5%, in (units) = 4.05");
  }

  @Test
  void withoutAWorkingTheInputsAreListed() {
    assertThat(iaf().toString())
        .isNotEqualTo(
            Explanation.of("IAF", "individual allowance hours / AWT", iaf().inputs(), Fte.of("0.5"))
                .toString());
    assertThat(
            Explanation.of("IAF", "individual allowance hours / AWT", iaf().inputs(), Fte.of("0.5")))
        .hasToString(
            "IAF = individual allowance hours / AWT with individual allowance hours 848h,"
                + " AWT 1696h = 0.5 FTE");
    assertThat(Explanation.of("x", "given", Map.of(), Hours.of(3))).hasToString("x = given = 3h");
  }

  @Test
  void numbersOfMoreThanFourDecimalsAreRoundedAndTheResultFollowsApprox() {
    // a rounded result
    assertThat(
            Explanation.of("r", "a / b", ImmutableMap.of("a", Fte.ONE, "b", Fte.of("3")), THIRD)
                .withWorking("{a} / {b}"))
        .hasToString("r = a / b = 1 FTE / 3 FTE ≈ 0.3333");
    // a rounded input with an exact result
    assertThat(
            Explanation.of(
                "s", "a + b", ImmutableMap.of("a", THIRD, "b", BigDecimal.ONE.subtract(THIRD)),
                BigDecimal.ONE))
        .hasToString("s = a + b with a 0.3333, b 0.6667 ≈ 1");
    // four decimals are exact; trailing zeros are not written
    assertThat(Explanation.of("h", "given", Map.of("a", Hours.of("1.2345")), Hours.of("2.50")))
        .hasToString("h = given with a 1.2345h = 2.5h");
    assertThat(Explanation.of("p", "given", Map.of(), Percentage.ofPercent("-12.34567")))
        .hasToString("p = given ≈ -12.3457%");
    // other values as their toString
    assertThat(Explanation.of("n", "given", Map.of("text", "a b"), 7)).hasToString("n = given with text a b = 7");
  }

  @Test
  void detailsFollowIndented() {
    Explanation whole =
        Explanation.of("W", "required staff", Map.of(), Fte.of("0.5"), List.of(iaf(), iaf()));
    assertThat(whole)
        .hasToString(
            "W = required staff = 0.5 FTE\n"
                + "  IAF = individual allowance hours / AWT = 848h / 1696h = 0.5 FTE\n"
                + "  IAF = individual allowance hours / AWT = 848h / 1696h = 0.5 FTE");
    assertThat(whole.details()).containsExactly(iaf(), iaf());
  }

  @Test
  void theTableShowsTheWorkingWithTheFormula() {
    Table t = iaf().toTable();
    assertThat(t.title()).isEqualTo("IAF");
    assertThat(t.columns()).containsExactly("Figure", "Value", "Formula");
    assertThat(t.rows()).hasSize(3);
    assertThat(t.cell(0, 1)).isEqualTo(Fte.of("0.5"));
    assertThat(t.cell(0, 2)).isEqualTo("individual allowance hours / AWT = 848h / 1696h");
    assertThat(t.cell(1, 0)).isEqualTo("  individual allowance hours");
    assertThat(t.cell(1, 1)).isEqualTo(Hours.of(848));
    assertThat(t.cell(2, 2)).isEqualTo("");
  }

  @Test
  void aWorkingNamesOnlyInputs() {
    Explanation e = Explanation.of("x", "a", Map.of("a", Hours.of(1)), Hours.of(1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> e.withWorking("{a} + {b}"))
        .withMessage("Invalid value for working (valid values {name} of an input of [a]): {b}");
    assertThatIllegalArgumentException().isThrownBy(() -> e.withWorking("{a"));
    assertThatIllegalArgumentException().isThrownBy(() -> e.withWorking("a {"));
    assertThatNullPointerException().isThrownBy(() -> e.withWorking(null)).withMessage("working");
    assertThat(e.withWorking("no inputs } here")).hasToString("x = a = no inputs } here = 1h");
  }

  @Test
  void equalityIncludesTheWorkingAndIgnoresTheScaleOfDecimals() {
    new EqualsTester()
        .addEqualityGroup(
            iaf(),
            iaf(),
            Explanation.of(
                    "IAF",
                    "individual allowance hours / AWT",
                    ImmutableMap.of(
                        "individual allowance hours", Hours.of("848.0"), "AWT", Hours.of(1696)),
                    Fte.of("0.50"))
                .withWorking("{individual allowance hours} / {AWT}"))
        .addEqualityGroup(iaf().withWorking("{individual allowance hours}/{AWT}"))
        .addEqualityGroup(
            Explanation.of("IAF", "individual allowance hours / AWT", iaf().inputs(), Fte.of("0.5")))
        .testEquals();
  }
}
