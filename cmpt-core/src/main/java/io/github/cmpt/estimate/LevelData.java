package io.github.cmpt.estimate;

import io.github.cmpt.time.Hours;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * The episodes of one level as they were when the estimates were made: their indices in the
 * accumulator's table, which is never changed afterwards (the accumulator copies it before it
 * changes again). The {@link Summary} of any column is built from the table's cells when asked,
 * not before, so that the estimates hold no copy of the cells.
 *
 * @implSpec Instances are never changed after construction, so they are thread-safe: each
 *     computation reads the table through a cursor of its own.
 */
final class LevelData {

  final int n;
  final long unit;
  private final EpisodeTable table;
  private final int[] episodes;

  /** The episodes of a table with the given indices; the table must not change afterwards. */
  LevelData(EpisodeTable table, int[] episodes) {
    this.n = episodes.length;
    this.unit = table.unit;
    this.table = table;
    this.episodes = episodes;
  }

  /** The cells accepted by a filter, by key. */
  interface KeyFilter {
    boolean accepts(int key);
  }

  /** Returns the days of each episode, first to last, both in. */
  long[] days() {
    long[] v = new long[n];
    for (int i = 0; i < n; i++) {
      v[i] = table.span(episodes[i]);
    }
    return v;
  }

  /** Returns the sessions (records) of each episode. */
  long[] sessions() {
    return occurrencesOf(key -> true);
  }

  /** Returns the index of episode {@code i} in the table. */
  int episode(int i) {
    return episodes[i];
  }

  /** Returns a cursor of the table's cells. */
  EpisodeTable.Cursor cursor() {
    return table.cursor();
  }

  /** Returns the share per episode, summed over the cells a filter accepts, zero for none. */
  Summary shares(KeyFilter filter) {
    return sharesOf(filter).toSummary();
  }

  /** Returns the shares per episode, in the order of the episodes, in units. */
  Units sharesOf(KeyFilter filter) {
    long[] v = new long[n];
    BigInteger @Nullable [] big = null;
    EpisodeTable.Cursor c = table.cursor();
    for (int i = 0; i < n; i++) {
      c.of(episodes[i]);
      while (c.next()) {
        if (!filter.accepts(c.key)) {
          continue;
        }
        c.share();
        if (big != null && big[i] != null) {
          big[i] = big[i].add(c.shareBig());
          continue;
        }
        if (c.big == null) {
          long s = v[i] + c.share;
          if (((v[i] ^ s) & (c.share ^ s)) >= 0) {
            v[i] = s;
            continue;
          }
        }
        if (big == null) {
          big = new BigInteger[n];
        }
        big[i] = BigInteger.valueOf(v[i]).add(c.shareBig());
      }
    }
    return new Units(v, big, unit);
  }

  /** Values per episode in units of {@code 1 / unit}, as longs or, when too large, big integers. */
  static final class Units {
    private final long[] v;
    private final BigInteger @Nullable [] big;
    private final long unit;

    Units(long[] v, BigInteger @Nullable [] big, long unit) {
      this.v = v;
      this.big = big;
      this.unit = unit;
    }

    /** Returns the value of episode {@code i} compared with a decimal. */
    int compareTo(int i, BigDecimal value) {
      BigDecimal units =
          big != null && big[i] != null ? new BigDecimal(big[i]) : BigDecimal.valueOf(v[i]);
      return units.compareTo(value.multiply(BigDecimal.valueOf(unit)));
    }

    /**
     * Returns, for each episode, whether its value is below {@code lower} or above
     * {@code upper}: for a whole number of units {@code v}, {@code v < x} exactly when
     * {@code v < ceiling(x)}, and {@code v > x} when {@code v > floor(x)}, so that most
     * comparisons are of longs.
     */
    boolean[] outside(BigDecimal lower, BigDecimal upper) {
      BigDecimal u = BigDecimal.valueOf(unit);
      BigDecimal lo = lower.multiply(u).setScale(0, java.math.RoundingMode.CEILING);
      BigDecimal hi = upper.multiply(u).setScale(0, java.math.RoundingMode.FLOOR);
      boolean longs = lo.unscaledValue().bitLength() < 63 && hi.unscaledValue().bitLength() < 63;
      long loUnits = longs ? lo.longValueExact() : 0;
      long hiUnits = longs ? hi.longValueExact() : 0;
      boolean[] out = new boolean[v.length];
      for (int i = 0; i < v.length; i++) {
        if (longs && (big == null || big[i] == null)) {
          out[i] = v[i] < loUnits || v[i] > hiUnits;
        } else {
          out[i] = compareTo(i, lower) < 0 || compareTo(i, upper) > 0;
        }
      }
      return out;
    }

    /** Returns the value of episode {@code i} in units when not big, else null. */
    boolean isLong(int i) {
      return big == null || big[i] == null;
    }

    /** Returns the value of episode {@code i} in units, when {@link #isLong}. */
    long units(int i) {
      return v[i];
    }

    Summary toSummary() {
      if (big == null) {
        return Summary.ofUnits(v.clone(), unit);
      }
      BigDecimal[] d = new BigDecimal[v.length];
      BigDecimal u = BigDecimal.valueOf(unit);
      for (int i = 0; i < v.length; i++) {
        BigDecimal units = new BigDecimal(big[i] != null ? big[i] : BigInteger.valueOf(v[i]));
        d[i] = units.divide(u, Hours.MATH_CONTEXT);
      }
      return Summary.ofDecimals(d);
    }
  }

  /** Returns the sum of the shares of one activity over all episodes, in units. */
  BigInteger totalShare(int activity) {
    BigInteger sum = BigInteger.ZERO;
    long acc = 0;
    EpisodeTable.Cursor c = table.cursor();
    for (int i = 0; i < n; i++) {
      c.of(episodes[i]);
      while (c.next()) {
        if (c.key != activity) {
          continue;
        }
        c.share();
        if (c.big != null) {
          sum = sum.add(c.big);
          continue;
        }
        long next = acc + c.share;
        if (((acc ^ next) & (c.share ^ next)) < 0) {
          sum = sum.add(BigInteger.valueOf(acc));
          acc = c.share;
        } else {
          acc = next;
        }
      }
    }
    return sum.add(BigInteger.valueOf(acc));
  }

  private long[] occurrencesOf(KeyFilter filter) {
    long[] v = new long[n];
    EpisodeTable.Cursor c = table.cursor();
    for (int i = 0; i < n; i++) {
      c.of(episodes[i]);
      while (c.next()) {
        if (filter.accepts(c.key)) {
          v[i] += c.count;
        }
      }
    }
    return v;
  }

  /** Returns the occurrences per episode of the cells a filter accepts, zero for none. */
  Summary occurrences(KeyFilter filter) {
    return Summary.ofUnits(occurrencesOf(filter), 1);
  }

  /**
   * Returns the minutes per occurrence of one activity, {@code minutes / occurrences}, over the
   * episodes that have it: whole numbers while every quotient is whole, else each divided once.
   */
  Summary perOccurrence(int activity) {
    long[] m = new long[n];
    long[] k = new long[n];
    int found = 0;
    boolean whole = true;
    EpisodeTable.Cursor c = table.cursor();
    for (int i = 0; i < n; i++) {
      c.of(episodes[i]);
      while (c.next()) {
        if (c.key == activity) {
          m[found] = c.minutes;
          k[found] = c.count;
          whole &= c.minutes % c.count == 0;
          found++;
        }
      }
    }
    if (whole) {
      long[] v = new long[found];
      for (int i = 0; i < found; i++) {
        v[i] = m[i] / k[i];
      }
      return Summary.ofUnits(v, 1);
    }
    BigDecimal[] d = new BigDecimal[found];
    for (int i = 0; i < found; i++) {
      d[i] = Fractions.value(m[i], k[i]);
    }
    return Summary.ofDecimals(d);
  }

  @Override
  public String toString() {
    return "LevelData[" + n + " episodes, unit " + unit + "]";
  }
}
