package io.github.cmpt.estimate;

import io.github.cmpt.vocabulary.ComplexityLevel;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The running totals of one episode: its level, first and last dates, number of records, and one
 * cell per (activity kind, role) it has seen. Mutable; owned by one {@link EpisodeAccumulator}.
 *
 * <p>Cells are stored flat in one {@code long[]}, {@link #STRIDE} longs each: the key
 * ({@code kind index x role count + role index}), the occurrences, the session minutes, the
 * share of the minutes as a fraction (numerator, denominator, in lowest terms) and the sum of
 * the group sizes. An episode has a few cells; they are found by a linear scan.
 */
final class Episode {

  static final int STRIDE = 6;
  static final int KEY = 0;
  static final int COUNT = 1;
  static final int MINUTES = 2;
  static final int SHARE_NUM = 3;
  static final int SHARE_DEN = 4;
  static final int GROUP_SUM = 5;

  /**
   * A total order of levels that agrees with {@link ComplexityLevel#compareTo} and separates
   * levels that compare equal but are not equal, so that the most complex level of an episode
   * does not depend on the order of its records.
   */
  static final Comparator<ComplexityLevel> LEVEL_ORDER =
      Comparator.<ComplexityLevel>naturalOrder()
          .thenComparing(ComplexityLevel::name)
          .thenComparing(ComplexityLevel::criteria);

  final String id;
  final int hash;
  ComplexityLevel level;
  boolean mixedLevels;
  long firstDay = Long.MAX_VALUE;
  long lastDay = Long.MIN_VALUE;
  long records;
  long[] cells;
  int cellCount;

  Episode(String id, int hash, ComplexityLevel level) {
    this.id = id;
    this.hash = hash;
    this.level = level;
    this.cells = new long[4 * STRIDE];
  }

  /** Adds one accepted record; nothing changes when a total would overflow. */
  void add(ComplexityLevel lvl, int key, long minutes, long day, int groupSize) {
    int at = cell(key);
    long[] c = cells;
    long newMinutes = Math.addExact(c[at + MINUTES], minutes);
    long newGroupSum = Math.addExact(c[at + GROUP_SUM], groupSize);
    if (groupSize == 1 && c[at + SHARE_DEN] == 1) {
      c[at + SHARE_NUM] = Math.addExact(c[at + SHARE_NUM], minutes);
    } else {
      Fractions.addTo(c, at + SHARE_NUM, minutes, groupSize);
    }
    c[at + MINUTES] = newMinutes;
    c[at + GROUP_SUM] = newGroupSum;
    c[at + COUNT]++;
    records++;
    if (day < firstDay) {
      firstDay = day;
    }
    if (day > lastDay) {
      lastDay = day;
    }
    if (lvl != level && !lvl.equals(level)) {
      mixedLevels = true;
      if (LEVEL_ORDER.compare(lvl, level) > 0) {
        level = lvl;
      }
    }
  }

  /** Adds the totals of the same episode seen by another accumulator. */
  void merge(Episode other) {
    for (int i = 0; i < other.cellCount; i++) {
      int o = i * STRIDE;
      long[] oc = other.cells;
      int at = cell((int) oc[o + KEY]);
      long[] c = cells;
      c[at + COUNT] = Math.addExact(c[at + COUNT], oc[o + COUNT]);
      c[at + MINUTES] = Math.addExact(c[at + MINUTES], oc[o + MINUTES]);
      Fractions.addTo(c, at + SHARE_NUM, oc[o + SHARE_NUM], oc[o + SHARE_DEN]);
      c[at + GROUP_SUM] = Math.addExact(c[at + GROUP_SUM], oc[o + GROUP_SUM]);
    }
    records += other.records;
    firstDay = Math.min(firstDay, other.firstDay);
    lastDay = Math.max(lastDay, other.lastDay);
    if (other.mixedLevels || !other.level.equals(level)) {
      mixedLevels = true;
    }
    if (LEVEL_ORDER.compare(other.level, level) > 0) {
      level = other.level;
    }
  }

  Episode copy() {
    Episode e = new Episode(id, hash, level);
    e.mixedLevels = mixedLevels;
    e.firstDay = firstDay;
    e.lastDay = lastDay;
    e.records = records;
    e.cells = Arrays.copyOf(cells, cells.length);
    e.cellCount = cellCount;
    return e;
  }

  /** Returns the offset of the cell with a key, adding an empty cell when there is none. */
  private int cell(int key) {
    long[] c = cells;
    int end = cellCount * STRIDE;
    for (int at = 0; at < end; at += STRIDE) {
      if (c[at + KEY] == key) {
        return at;
      }
    }
    if (end + STRIDE > c.length) {
      c = Arrays.copyOf(c, c.length * 2);
      cells = c;
    }
    c[end + KEY] = key;
    c[end + SHARE_DEN] = 1;
    cellCount++;
    return end;
  }

  /** Returns the number of days from the first to the last date, both included. */
  long days() {
    return lastDay - firstDay + 1;
  }
}
