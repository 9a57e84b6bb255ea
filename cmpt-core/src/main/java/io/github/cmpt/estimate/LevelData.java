package io.github.cmpt.estimate;

import io.github.cmpt.time.Hours;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The episodes of one level as they were when the estimates were made, in primitive form: per
 * episode its days and sessions, and its cells (one per activity) in one run of flat arrays. The
 * {@link Summary} of any column is built from it when asked, not before.
 *
 * @implSpec Instances are never changed after construction, so they are thread-safe.
 */
final class LevelData {

  final int n;
  final long unit;
  final long[] days;
  final long[] sessions;
  /** Where the cells of episode {@code i} start; those of {@code i + 1} start at {@code start[i + 1]}. */
  final int[] start;
  final int[] key;
  final long[] count;
  final long[] minutes;
  final long[] groupSum;
  private final long[] share;
  private final BigInteger @Nullable [] bigShare;

  /** Copies the episodes of a table with the given indices. */
  LevelData(EpisodeTable t, int[] episodes) {
    n = episodes.length;
    unit = t.unit;
    days = new long[n];
    sessions = new long[n];
    start = new int[n + 1];
    int total = 0;
    for (int i = 0; i < n; i++) {
      for (int c = t.head[episodes[i]]; c >= 0; c = t.next(c)) {
        total++;
      }
    }
    key = new int[total];
    count = new long[total];
    minutes = new long[total];
    groupSum = new long[total];
    share = new long[total];
    BigInteger[] big = null;
    int at = 0;
    for (int i = 0; i < n; i++) {
      int e = episodes[i];
      days[i] = t.span(e);
      sessions[i] = t.records[e];
      start[i] = at;
      for (int c = t.head[e]; c >= 0; c = t.next(c)) {
        key[at] = t.key(c);
        count[at] = t.count(c);
        minutes[at] = t.minutes(c);
        groupSum[at] = t.groupSum(c);
        if (t.isBig(c)) {
          if (big == null) {
            big = new BigInteger[total];
          }
          big[at] = t.share(c);
        } else {
          share[at] = t.shareUnits(c);
        }
        at++;
      }
    }
    start[n] = at;
    bigShare = big;
  }

  /** The minutes per episode of the cells whose key a filter accepts. */
  interface KeyFilter {
    boolean accepts(int key);
  }

  /** Returns the share per episode, summed over the cells a filter accepts, zero for none. */
  Summary shares(KeyFilter filter) {
    return sharesOf(filter).toSummary();
  }

  /** Returns the shares per episode, in the order of the episodes, in units. */
  Units sharesOf(KeyFilter filter) {
    long[] v = new long[n];
    BigInteger @Nullable [] big = null;
    for (int i = 0; i < n; i++) {
      for (int c = start[i]; c < start[i + 1]; c++) {
        if (!filter.accepts(key[c])) {
          continue;
        }
        if (big != null && big[i] != null) {
          big[i] = big[i].add(share(c));
          continue;
        }
        if (bigShare == null || bigShare[c] == null) {
          long s = v[i] + share[c];
          if (((v[i] ^ s) & (share[c] ^ s)) >= 0) {
            v[i] = s;
            continue;
          }
        }
        if (big == null) {
          big = new BigInteger[n];
        }
        big[i] = BigInteger.valueOf(v[i]).add(share(c));
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
    for (int c = 0; c < key.length; c++) {
      if (key[c] != activity) {
        continue;
      }
      if (bigShare != null && bigShare[c] != null) {
        sum = sum.add(bigShare[c]);
        continue;
      }
      long next = acc + share[c];
      if (((acc ^ next) & (share[c] ^ next)) < 0) {
        sum = sum.add(BigInteger.valueOf(acc));
        acc = share[c];
      } else {
        acc = next;
      }
    }
    return sum.add(BigInteger.valueOf(acc));
  }

  private BigInteger share(int c) {
    BigInteger[] big = bigShare;
    return big != null && big[c] != null ? big[c] : BigInteger.valueOf(share[c]);
  }

  /** Returns the occurrences per episode of the cells a filter accepts, zero for none. */
  Summary occurrences(KeyFilter filter) {
    long[] v = new long[n];
    for (int i = 0; i < n; i++) {
      for (int c = start[i]; c < start[i + 1]; c++) {
        if (filter.accepts(key[c])) {
          v[i] += count[c];
        }
      }
    }
    return Summary.ofUnits(v, 1);
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
    for (int i = 0; i < n; i++) {
      for (int c = start[i]; c < start[i + 1]; c++) {
        if (key[c] == activity) {
          m[found] = minutes[c];
          k[found] = count[c];
          whole &= minutes[c] % count[c] == 0;
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

  /** Returns the cells of the level, as an array of their offsets, for one pass over them. */
  int cells() {
    return key.length;
  }

  @Override
  public String toString() {
    return "LevelData[" + n + " episodes, " + key.length + " cells, unit " + unit + ", days "
        + Arrays.stream(days).sum() + "]";
  }
}
