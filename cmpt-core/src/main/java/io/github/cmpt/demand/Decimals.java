package io.github.cmpt.demand;

import io.github.cmpt.time.Hours;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decimal and ordering helpers of this package. */
final class Decimals {

  private Decimals() {}

  /**
   * Returns the decimal without trailing zeros and with a scale of at least zero, so that
   * numerically equal decimals are {@code equals} and print in plain notation.
   */
  static BigDecimal normal(BigDecimal value) {
    BigDecimal s = value.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** Adds an amount to the entry of a key, keeping the order in which keys first appear. */
  static <K> void add(Map<K, Hours> sums, K key, Hours amount) {
    sums.merge(key, amount, Hours::plus);
  }

  /**
   * Returns the entries of a map ordered with the standard keys first, in their order, then the
   * other keys in the map's own order.
   */
  static <K> Map<K, Hours> ordered(Map<K, Hours> sums, List<K> standard) {
    Map<K, Hours> out = new LinkedHashMap<>();
    for (K k : standard) {
      Hours h = sums.get(k);
      if (h != null) {
        out.put(k, h);
      }
    }
    for (Map.Entry<K, Hours> e : sums.entrySet()) {
      out.putIfAbsent(e.getKey(), e.getValue());
    }
    return Collections.unmodifiableMap(out);
  }
}
