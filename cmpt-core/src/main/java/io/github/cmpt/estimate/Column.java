package io.github.cmpt.estimate;

import io.github.cmpt.time.Hours;
import java.math.BigDecimal;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One value per episode while estimates are computed: whole numbers in a {@code long[]} for as
 * long as every value is whole, decimals once a fraction is added. Each value is a sum of
 * fractions, each divided exactly or rounded once, then added exactly; so a value does not depend
 * on the order of the additions.
 */
final class Column {

  private final long[] longs;
  private BigDecimal @Nullable [] decimals;
  private int size;

  Column(int capacity) {
    this.longs = new long[capacity];
  }

  /** Adds {@code num / den} to the value at index {@code i}. */
  void add(int i, long num, long den) {
    if (i >= size) {
      size = i + 1;
    }
    if (decimals == null && (den == 1 || num % den == 0)) {
      longs[i] = Math.addExact(longs[i], num / den);
      return;
    }
    BigDecimal[] d = decimals;
    if (d == null) {
      d = new BigDecimal[longs.length];
      for (int j = 0; j < d.length; j++) {
        d[j] = BigDecimal.valueOf(longs[j]);
      }
      decimals = d;
    }
    d[i] = d[i].add(Fractions.value(num, den));
  }

  /** Makes the column hold {@code n} values, zeros for those never added to. */
  void size(int n) {
    size = n;
  }

  BigDecimal value(int i) {
    return decimals != null ? decimals[i] : BigDecimal.valueOf(longs[i]);
  }

  /** Returns the summary of the first {@code size} values, each divided by {@code divisor}. */
  Summary toSummary(long divisor) {
    if (decimals == null) {
      return Summary.ofUnits(Arrays.copyOf(longs, size), divisor);
    }
    BigDecimal[] v = Arrays.copyOf(decimals, size);
    if (divisor != 1) {
      BigDecimal d = BigDecimal.valueOf(divisor);
      for (int i = 0; i < v.length; i++) {
        v[i] = v[i].divide(d, Hours.MATH_CONTEXT);
      }
    }
    return Summary.ofDecimals(v);
  }

  Summary toSummary() {
    return toSummary(1);
  }
}
