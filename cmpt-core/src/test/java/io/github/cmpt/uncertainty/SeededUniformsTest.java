package io.github.cmpt.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeededUniformsTest {

  @Test
  void theMixIsSplitMix64() {
    // Reference outputs of splitmix64.c seeded with 1234567 (Rosetta Code,
    // "Pseudo-random numbers/Splitmix64"), as unsigned 64-bit integers.
    String[] expected = {
      "6457827717110365317",
      "3203168211198807973",
      "9817491932198370423",
      "4593380528125082431",
      "16408922859458223821"
    };
    for (int n = 1; n <= expected.length; n++) {
      assertThat(Long.toUnsignedString(SeededUniforms.splitMix(1234567L, n)))
          .isEqualTo(expected[n - 1]);
    }
  }

  @Test
  void theKeyOfASampleIsTheSeedsOutputAndADrawTheKeysOutput() {
    long key = SeededUniforms.sampleKey(1234567L, 2);
    assertThat(Long.toUnsignedString(key)).isEqualTo("9817491932198370423");
    double u = SeededUniforms.uniform(key, 0);
    long bits = SeededUniforms.splitMix(key, 1) >>> 11;
    assertThat(u).isEqualTo((bits + 0.5) / (1L << 53));
  }

  @Test
  void uniformsLieStrictlyBetweenZeroAndOneAndLookUniform() {
    int n = 100_000;
    double sum = 0;
    int below = 0;
    for (int i = 0; i < n; i++) {
      double u = SeededUniforms.uniform(SeededUniforms.sampleKey(42, i), 3);
      assertThat(u).isGreaterThan(0).isLessThan(1);
      sum += u;
      if (u < 0.1) {
        below++;
      }
    }
    // mean 0.5 with sd sqrt(1/12/n) ~ 0.0009; a tenth below 0.1 with sd ~ 0.00095
    assertThat(sum / n).isBetween(0.495, 0.505);
    assertThat((double) below / n).isBetween(0.095, 0.105);
  }
}
