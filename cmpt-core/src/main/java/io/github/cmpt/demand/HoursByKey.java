package io.github.cmpt.demand;

import com.google.common.collect.ImmutableMap;
import io.github.cmpt.time.Hours;
import java.util.List;
import java.util.Map;

/**
 * Hours summed by key (by role, by activity kind), and ordered with the standard terms first: the
 * totals of this package.
 */
final class HoursByKey {

  private HoursByKey() {}

  /** Adds an amount to the entry of a key, keeping the order in which keys first appear. */
  static <K> void add(Map<K, Hours> sums, K key, Hours amount) {
    sums.merge(key, amount, Hours::plus);
  }

  /**
   * Returns the entries of a map ordered with the standard keys first, in their order, then the
   * other keys in the map's own order.
   */
  static <K> ImmutableMap<K, Hours> ordered(Map<K, Hours> sums, List<K> standard) {
    ImmutableMap.Builder<K, Hours> out = ImmutableMap.builderWithExpectedSize(sums.size());
    int found = 0;
    for (K k : standard) {
      Hours h = sums.get(k);
      if (h != null) {
        out.put(k, h);
        found++;
      }
    }
    if (found < sums.size()) {
      for (Map.Entry<K, Hours> e : sums.entrySet()) {
        if (!standard.contains(e.getKey())) {
          out.put(e.getKey(), e.getValue());
        }
      }
    }
    return out.buildOrThrow();
  }
}
