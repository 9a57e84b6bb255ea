package io.github.cmpt.uncertainty;

/**
 * Counter-based uniform random numbers: draw {@code j} of sample {@code i} is a pure function of
 * {@code (seed, i, j)}, so that any split of the samples among threads gives the same numbers.
 *
 * <p>The mix is SplitMix64's (Steele, Lea and Flood, 2014; the reference {@code splitmix64.c} of
 * Vigna): {@code next(state) = mix(state += 0x9E3779B97F4A7C15)} with
 * {@code mix(z) = z3} where {@code z1 = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9},
 * {@code z2 = (z1 ^ (z1 >>> 27)) * 0x94D049BB133111EB}, {@code z3 = z2 ^ (z2 >>> 31)}. The key of
 * sample {@code i} is output {@code i + 1} of SplitMix64 seeded with {@code seed}; draw {@code j}
 * is output {@code j + 1} of SplitMix64 seeded with that key. The 53 high bits {@code k} of the
 * draw give the uniform {@code (k + 0.5) / 2^53}, strictly between 0 and 1.
 */
final class SeededUniforms {

  static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private static final double ULP53 = 0x1.0p-53;

  private SeededUniforms() {}

  /** SplitMix64's output function. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Output {@code n} (from 1) of SplitMix64 seeded with {@code seed}. */
  static long splitMix(long seed, long n) {
    return mix(seed + n * GOLDEN);
  }

  /** The key of sample {@code i} under {@code seed}. */
  static long sampleKey(long seed, long sample) {
    return splitMix(seed, sample + 1);
  }

  /** Draw {@code j} of the sample whose key is {@code key}, in {@code (0, 1)}. */
  static double uniform(long key, int draw) {
    return ((splitMix(key, draw + 1L) >>> 11) + 0.5) * ULP53;
  }
}
