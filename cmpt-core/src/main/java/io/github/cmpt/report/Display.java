package io.github.cmpt.report;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rounding of a {@link Table} for reading: the decimals of each cell, and the displayed values
 * that keep the table's sums and differences (see {@link Table} for the rules).
 */
final class Display {

  /** The most decimals an exact (CSV) value keeps; see {@link Table#EXACT_DECIMALS}. */
  static final int EXACT_DECIMALS = Table.EXACT_DECIMALS;

  /** The most decimals of a decimal number (a ratio, a factor, days) shown for reading. */
  static final int MAX_DECIMALS = 2;

  /** What a cell holds, which fixes its decimals and its unit. */
  enum Kind {
    HOURS(1, "h"),
    FTE(2, "FTE"),
    PERCENT(1, "%"),
    WHOLE(0, ""),
    DECIMAL(-1, ""),
    EMPTY(0, ""),
    OTHER(0, "");

    final int decimals;
    final String unit;

    Kind(int decimals, String unit) {
      this.decimals = decimals;
      this.unit = unit;
    }

    /** Whether the kind is a number the rounding handles. */
    boolean isNumber() {
      return this != EMPTY && this != OTHER;
    }

    /** Whether the kind is an amount that adds across columns: hours, FTE or a whole number. */
    boolean isAmount() {
      return this == HOURS || this == FTE || this == WHOLE;
    }
  }

  private Display() {}

  static Kind kind(@Nullable Object value) {
    if (value == null || "".equals(value)) {
      return Kind.EMPTY;
    }
    if (value instanceof Hours) {
      return Kind.HOURS;
    }
    if (value instanceof Fte) {
      return Kind.FTE;
    }
    if (value instanceof Percentage) {
      return Kind.PERCENT;
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return Kind.WHOLE;
    }
    if (value instanceof Fraction || value instanceof BigDecimal) {
      return exact(value) == null ? Kind.OTHER : Kind.DECIMAL;
    }
    return Kind.OTHER;
  }

  /** The exact value of a number cell (a percentage in percent), or null for another cell. */
  static @Nullable Fraction exact(Object value) {
    if (value instanceof Hours) {
      return ((Hours) value).toFraction();
    }
    if (value instanceof Fte) {
      return ((Fte) value).toFraction();
    }
    if (value instanceof Percentage) {
      return ((Percentage) value).toFraction().multipliedBy(100);
    }
    if (value instanceof Fraction) {
      return (Fraction) value;
    }
    if (value instanceof BigInteger) {
      return Fraction.of((BigInteger) value, BigInteger.ONE);
    }
    if (value instanceof Number && !(value instanceof BigDecimal)) {
      Kind k = value instanceof Long || value instanceof Integer || value instanceof Short
          || value instanceof Byte ? Kind.WHOLE : Kind.OTHER;
      return k == Kind.WHOLE ? Fraction.of(((Number) value).longValue()) : null;
    }
    if (value instanceof BigDecimal) {
      try {
        return Fraction.of((BigDecimal) value);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  /** The exact value as CSV writes it: plain, at most {@link #EXACT_DECIMALS} decimals. */
  static String exactText(Object value) {
    Kind kind = kind(value);
    if (kind == Kind.EMPTY) {
      return "";
    }
    if (kind == Kind.WHOLE) {
      return value.toString();
    }
    Fraction f = exact(value);
    if (f == null) {
      if (value instanceof BigDecimal) {
        BigDecimal d = (BigDecimal) value;
        return Checks.plain(
            d.scale() > EXACT_DECIMALS ? d.setScale(EXACT_DECIMALS, RoundingMode.HALF_EVEN) : d);
      }
      return value.toString();
    }
    return Checks.plain(f.toBigDecimal(EXACT_DECIMALS, RoundingMode.HALF_EVEN));
  }

  /**
   * The cells of a table as shown for reading: numbers at the decimals of their kind and column,
   * rounded so that the table's relations hold; other cells as their text.
   */
  static List<List<String>> shown(Table table) {
    List<List<Object>> rows = table.rows();
    int width = table.columns().size();
    int height = rows.size();
    Kind[][] kinds = new Kind[height][width];
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        kinds[r][c] = kind(rows.get(r).get(c));
      }
    }
    // decimals of the decimal cells: one number for each column; in a column that mixes kinds of
    // figures (a table whose rows are figures), one number for each row instead
    int[][] need = new int[height][width];
    boolean[] mixed = new boolean[width];
    int[] columnMost = new int[width];
    int[] rowMost = new int[height];
    for (int c = 0; c < width; c++) {
      Kind seen = null;
      for (int r = 0; r < height; r++) {
        Kind k = kinds[r][c];
        if (k.isNumber()) {
          mixed[c] |= seen != null && seen != k;
          seen = k;
        }
        if (k == Kind.DECIMAL) {
          need[r][c] = decimalsNeeded(exact(rows.get(r).get(c)));
          columnMost[c] = Math.max(columnMost[c], need[r][c]);
        }
      }
    }
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        if (kinds[r][c] == Kind.DECIMAL && mixed[c]) {
          rowMost[r] = Math.max(rowMost[r], need[r][c]);
        }
      }
    }
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        if (kinds[r][c] == Kind.DECIMAL) {
          need[r][c] = mixed[c] ? rowMost[r] : columnMost[c];
        }
      }
    }
    // exact values in units of the last shown digit, and the first rounding: half away from zero
    Fraction[][] units = new Fraction[height][width];
    long[][] shown = new long[height][width];
    int[][] decimals = new int[height][width];
    for (int r = 0; r < height; r++) {
      for (int c = 0; c < width; c++) {
        Kind k = kinds[r][c];
        if (k.isNumber()) {
          int d = k == Kind.DECIMAL ? need[r][c] : k.decimals;
          decimals[r][c] = d;
          Fraction u = exact(rows.get(r).get(c)).multipliedBy(Fraction.of(BigInteger.TEN.pow(d), BigInteger.ONE));
          units[r][c] = u;
          shown[r][c] = u.toBigDecimal(0, RoundingMode.HALF_UP).longValueExact();
        }
      }
    }
    // row sums, top-down within each column: a total keeps its rounding, its parts share it out
    List<Table.Relation> rowSums = new ArrayList<>();
    List<Table.Relation> derived = new ArrayList<>();
    for (Table.Relation rel : table.relations()) {
      if (rel.axis() == Table.Axis.ROWS && rel.minus().isEmpty()) {
        rowSums.add(rel);
      } else {
        derived.add(rel);
      }
    }
    for (Table.Relation rel : rootsFirst(rowSums)) {
      int total = table.rowIndex(rel.total());
      int[] parts = indices(table, rel.plus(), true);
      for (int c = 0; c < width; c++) {
        if (applies(kinds, total, parts, new int[0], c, true, false)) {
          shareOut(shown, units, total, parts, c);
        }
      }
    }
    // differences and column totals: computed from the shown values, in the order declared
    for (Table.Relation rel : derived) {
      boolean byRow = rel.axis() == Table.Axis.ROWS;
      int total = byRow ? table.rowIndex(rel.total()) : table.columnIndex(rel.total());
      int[] plus = indices(table, rel.plus(), byRow);
      int[] minus = indices(table, rel.minus(), byRow);
      int across = byRow ? width : height;
      boolean amountsOnly = !byRow && rel.minus().isEmpty();
      for (int x = 0; x < across; x++) {
        if (byRow) {
          if (applies(kinds, total, plus, minus, x, true, false)) {
            long v = 0;
            for (int p : plus) {
              v += shown[p][x];
            }
            for (int m : minus) {
              v -= shown[m][x];
            }
            shown[total][x] = v;
          }
        } else if (applies(kinds, total, plus, minus, x, false, amountsOnly)) {
          long v = 0;
          for (int p : plus) {
            v += shown[x][p];
          }
          for (int m : minus) {
            v -= shown[x][m];
          }
          shown[x][total] = v;
        }
      }
    }
    List<List<String>> out = new ArrayList<>(height);
    for (int r = 0; r < height; r++) {
      List<String> line = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        Kind k = kinds[r][c];
        Object value = rows.get(r).get(c);
        if (k.isNumber()) {
          String s = new BigDecimal(BigInteger.valueOf(shown[r][c]), decimals[r][c]).toPlainString();
          line.add(k == Kind.PERCENT ? s + "%" : s);
        } else {
          line.add(k == Kind.EMPTY ? "" : value.toString());
        }
      }
      out.add(line);
    }
    return out;
  }

  /** The decimals a value needs, at most {@link #MAX_DECIMALS}. */
  private static int decimalsNeeded(@Nullable Fraction f) {
    if (f == null) {
      return 0;
    }
    for (int d = 0; d < MAX_DECIMALS; d++) {
      if (f.multipliedBy(Fraction.of(BigInteger.TEN.pow(d), BigInteger.ONE)).isInteger()) {
        return d;
      }
    }
    return MAX_DECIMALS;
  }

  /** The row sums with each one after the sum whose part is its total. */
  private static List<Table.Relation> rootsFirst(List<Table.Relation> sums) {
    List<Table.Relation> out = new ArrayList<>();
    List<Table.Relation> left = new ArrayList<>(sums);
    while (!left.isEmpty()) {
      boolean moved = false;
      for (int i = 0; i < left.size(); i++) {
        Table.Relation rel = left.get(i);
        boolean hasParent = false;
        for (Table.Relation other : left) {
          if (other != rel && other.plus().contains(rel.total())) {
            hasParent = true;
          }
        }
        if (!hasParent) {
          out.add(rel);
          left.remove(i);
          moved = true;
          break;
        }
      }
      if (!moved) {
        throw new IllegalStateException("row sums in a cycle: " + left);
      }
    }
    return out;
  }

  private static int[] indices(Table table, List<String> names, boolean rows) {
    int[] out = new int[names.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows ? table.rowIndex(names.get(i)) : table.columnIndex(names.get(i));
    }
    return out;
  }

  /**
   * Whether a relation holds at a position across it: its cells all numbers of one kind (amounts
   * only, when asked). For a row relation {@code at} is a column, for a column relation a row.
   */
  static boolean applies(
      Kind[][] kinds, int total, int[] plus, int[] minus, int at, boolean byRow, boolean amountsOnly) {
    Kind k = byRow ? kinds[total][at] : kinds[at][total];
    if (!k.isNumber() || (amountsOnly && !k.isAmount())) {
      return false;
    }
    for (int[] group : List.of(plus, minus)) {
      for (int p : group) {
        if ((byRow ? kinds[p][at] : kinds[at][p]) != k) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Shares a total's shown value out among its parts by largest remainder: each part is rounded
   * down, and the units still missing go one each to the parts with the largest remainders, the
   * larger part and then the first among equals.
   */
  private static void shareOut(long[][] shown, Fraction[][] units, int total, int[] parts, int c) {
    int n = parts.length;
    long[] floors = new long[n];
    Fraction[] remainders = new Fraction[n];
    long missing = shown[total][c];
    for (int i = 0; i < n; i++) {
      Fraction u = units[parts[i]][c];
      floors[i] = u.floor();
      remainders[i] = u.minus(Fraction.of(floors[i]));
      missing -= floors[i];
    }
    if (missing < 0 || missing > n) {
      // the total's shown value is not within one unit of its parts' sum (an inconsistent
      // relation); the parts keep their own rounding
      return;
    }
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer, Fraction>comparing(i -> remainders[i])
            .reversed()
            .thenComparing(Comparator.<Integer, Fraction>comparing(i -> units[parts[i]][c]).reversed())
            .thenComparing(Comparator.naturalOrder()));
    for (int k = 0; k < missing; k++) {
      floors[order.get(k)]++;
    }
    for (int i = 0; i < n; i++) {
      shown[parts[i]][c] = floors[i];
    }
  }
}
