package io.github.cmpt.estimate;

import io.github.cmpt.vocabulary.ComplexityLevel;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.io.StreamCorruptedException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The episodes of one {@link EpisodeAccumulator}, in primitive form: identifiers interned once in
 * one character pool and found through an open-addressing table of well-mixed hashes; per
 * episode its level, first and last days, record count and a chain of cells, one per activity
 * (kind and role) it has seen, with occurrences, minutes, the sum of group sizes and the
 * episode's share of the minutes.
 *
 * <p>Shares are exact whole numbers of a unit of {@code 1 / unit} minute: a record of {@code m}
 * minutes in a group of {@code g} adds {@code m x (unit / g)}. The unit starts at 840, which every
 * group size up to 8 divides; a group size that does not divide it makes the unit the least
 * common multiple of both, and every share is multiplied by the same factor, so shares stay
 * exact whatever the group sizes. A share too large for a {@code long} is kept as a
 * {@link BigInteger}. Only a unit above {@link Long#MAX_VALUE} (group sizes whose least common
 * multiple exceeds it, such as every size from 1 to 43) throws {@link ArithmeticException}.
 */
final class EpisodeTable {

  static final int STRIDE = 5;
  /** Cells are kept in pages of 4,096, so that more cells never copy the ones there are. */
  private static final int PAGE_BITS = 12;
  private static final int PAGE = 1 << PAGE_BITS;
  private static final int PAGE_MASK = PAGE - 1;
  private static final int COUNT = 1;
  private static final int MINUTES = 2;
  private static final int GROUP_SUM = 3;
  private static final int SHARE = 4;

  /** The first unit of shares, the least common multiple of 1 to 8. */
  static final long FIRST_UNIT = 840;

  /**
   * A total order of levels that agrees with {@link ComplexityLevel#compareTo} and separates
   * levels that compare equal but are not equal, so that the most complex level of an episode
   * does not depend on the order of its records.
   */
  static final Comparator<ComplexityLevel> LEVEL_ORDER =
      Comparator.<ComplexityLevel>naturalOrder()
          .thenComparing(ComplexityLevel::name)
          .thenComparing(ComplexityLevel::criteria);

  // identifiers
  private char[] pool = new char[1 << 12];
  private int poolLength;
  private int[] idStart = new int[64];
  private int[] idLength = new int[64];
  private int[] hashes = new int[64];
  /** The hash (high 32 bits) and episode index + 1 (low 32 bits) per slot, 0 for an empty one. */
  private long[] slots = new long[128];

  // episodes
  private int size;
  final List<ComplexityLevel> levels = new ArrayList<>();
  int[] level = new int[64];
  boolean[] mixed = new boolean[64];
  /** The first and last epoch days of each episode, side by side. */
  long[] days = new long[128];
  int[] records = new int[64];
  int[] head = new int[64];

  // cells
  private int cells;
  /**
   * The cells, {@link #STRIDE} longs each, so that one cell is one read of memory: the tag (key
   * in the high 32 bits, episode in the low ones), the occurrences, the minutes, the sum of group
   * sizes and the share in units.
   */
  private long[][] cellPages = {new long[PAGE * STRIDE]};

  private int cellCapacity = PAGE;
  /** The next cell of the same episode, -1 for none, to go through an episode's cells. */
  private int[] cellNext = new int[PAGE];
  /** The cells by (episode, key): an open-addressing table of cell index + 1, 0 for empty. */
  private int[] cellSlots = new int[512];
  BigInteger @Nullable [] cellBig;
  long unit = FIRST_UNIT;

  int size() {
    return size;
  }

  int cells() {
    return cells;
  }

  /** Returns the identifier of an episode. */
  String id(int e) {
    return new String(pool, idStart[e], idLength[e]);
  }

  /** Returns the hash of a text: its {@link String#hashCode()}, well mixed (MurmurHash3's). */
  static int hash(CharSequence id) {
    int h;
    if (id instanceof String) {
      h = id.hashCode();
    } else {
      h = 0;
      for (int i = 0, n = id.length(); i < n; i++) {
        h = 31 * h + id.charAt(i);
      }
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** Returns the index of the level, adding it to the levels seen. */
  int levelIndex(ComplexityLevel l) {
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i) == l) {
        return i;
      }
    }
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i).equals(l)) {
        return i;
      }
    }
    levels.add(l);
    return levels.size() - 1;
  }

  /** Returns the index of the episode with an identifier, adding it at a level when new. */
  int episode(CharSequence id, int hash, int levelIndex) {
    int mask = slots.length - 1;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == 0) {
        return add(id, hash, levelIndex, i);
      }
      if ((int) (s >>> 32) == hash) {
        int e = (int) s - 1;
        if (sameText(e, id)) {
          return e;
        }
      }
    }
  }

  private int add(CharSequence id, int hash, int levelIndex, int slot) {
    int e = size;
    if (e == level.length) {
      growEpisodes();
    }
    int n = id.length();
    if (poolLength + n > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(poolLength + n, 2 * pool.length));
    }
    for (int i = 0; i < n; i++) {
      pool[poolLength + i] = id.charAt(i);
    }
    idStart[e] = poolLength;
    idLength[e] = n;
    poolLength += n;
    hashes[e] = hash;
    level[e] = levelIndex;
    mixed[e] = false;
    days[2 * e] = Long.MAX_VALUE;
    days[2 * e + 1] = Long.MIN_VALUE;
    records[e] = 0;
    head[e] = -1;
    slots[slot] = ((long) hash << 32) | (e + 1);
    size++;
    if (2 * size > slots.length) {
      rehash();
    }
    return e;
  }

  private boolean sameText(int e, CharSequence id) {
    int n = idLength[e];
    if (n != id.length()) {
      return false;
    }
    int at = idStart[e];
    for (int i = 0; i < n; i++) {
      if (pool[at + i] != id.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void growEpisodes() {
    int n = 2 * level.length;
    idStart = Arrays.copyOf(idStart, n);
    idLength = Arrays.copyOf(idLength, n);
    hashes = Arrays.copyOf(hashes, n);
    level = Arrays.copyOf(level, n);
    mixed = Arrays.copyOf(mixed, n);
    days = Arrays.copyOf(days, 2 * n);
    records = Arrays.copyOf(records, n);
    head = Arrays.copyOf(head, n);
  }

  private void rehash() {
    long[] bigger = new long[slots.length * 2];
    int mask = bigger.length - 1;
    for (int e = 0; e < size; e++) {
      int i = hashes[e] & mask;
      while (bigger[i] != 0) {
        i = (i + 1) & mask;
      }
      bigger[i] = ((long) hashes[e] << 32) | (e + 1);
    }
    slots = bigger;
  }

  /** Returns the number of days from the first to the last record of an episode, both in. */
  long span(int e) {
    return days[2 * e + 1] - days[2 * e] + 1;
  }

  /** Returns the key of a cell: kind index x roles + role index. */
  int key(int c) {
    return (int) (cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE] >>> 32);
  }

  /** Returns the next cell of the same episode, or -1. */
  int next(int c) {
    return cellNext[c];
  }

  /** The tag of a cell: its key (high 32 bits) and its episode (low 32 bits). */
  private static long tag(int e, int key) {
    return ((long) key << 32) | e;
  }

  /** A well-mixed hash of a tag (the finaliser of MurmurHash3's 64-bit variant). */
  private static int mix(long tag) {
    long h = tag;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return (int) h;
  }

  /** Returns the occurrences of a cell. */
  long count(int c) {
    return cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + COUNT];
  }

  /** Returns the minutes of a cell. */
  long minutes(int c) {
    return cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + MINUTES];
  }

  /** Returns the sum of the group sizes of a cell. */
  long groupSum(int c) {
    return cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + GROUP_SUM];
  }

  /** Returns the share of a cell in units, when not {@link #isBig(int) big}. */
  long shareUnits(int c) {
    return cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + SHARE];
  }

  /** Returns the cell of an episode with a key, adding an empty one when there is none. */
  int cell(int e, int key) {
    long tag = tag(e, key);
    int[] table = cellSlots;
    int mask = table.length - 1;
    int i = mix(tag) & mask;
    for (int s = table[i]; s != 0; s = table[i]) {
      if (cellPages[((s - 1)) >>> PAGE_BITS][(((s - 1)) & PAGE_MASK) * STRIDE] == tag) {
        return s - 1;
      }
      i = (i + 1) & mask;
    }
    int c = cells;
    if (c == cellCapacity) {
      cellCapacity = c + PAGE;
      if (cellPages.length == c >>> PAGE_BITS) {
        cellPages = Arrays.copyOf(cellPages, 2 * cellPages.length);
      }
      cellPages[c >>> PAGE_BITS] = new long[PAGE * STRIDE];
      if (cellNext.length < cellCapacity) {
        int n = Math.max(cellCapacity, cellNext.length + (cellNext.length >> 1));
        cellNext = Arrays.copyOf(cellNext, n);
      }
      if (cellBig != null) {
        cellBig = Arrays.copyOf(cellBig, cellNext.length);
      }
    }
    long[] page = cellPages[c >>> PAGE_BITS];
    int at = (c & PAGE_MASK) * STRIDE;
    page[at] = tag;
    cellNext[c] = head[e];
    head[e] = c;
    table[i] = c + 1;
    cells++;
    if (2 * cells > table.length) {
      rehashCells(table.length * 2);
    }
    return c;
  }

  private void rehashCells(int length) {
    int[] table = new int[length];
    int mask = length - 1;
    for (int c = 0; c < cells; c++) {
      int i = mix(cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE]) & mask;
      while (table[i] != 0) {
        i = (i + 1) & mask;
      }
      table[i] = c + 1;
    }
    cellSlots = table;
  }

  /**
   * Adds one accepted record to an episode.
   *
   * @throws ArithmeticException when a total overflows; nothing changes then
   */
  void add(int e, int levelIndex, int key, long minutes, long day, int groupSize) {
    if (unit % groupSize != 0) {
      rescale(lcm(unit, groupSize));
    }
    long perClient = unit / groupSize;
    int c = cell(e, key);
    long count = Math.addExact(cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + COUNT], 1);
    if (count > Integer.MAX_VALUE) {
      throw new ArithmeticException("integer overflow");
    }
    long newMinutes = Math.addExact(cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + MINUTES], minutes);
    long groupSum = Math.addExact(cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + GROUP_SUM], groupSize);
    int recs = Math.addExact(records[e], 1);
    addShare(c, minutes, perClient);
    cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + COUNT] = count;
    cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + MINUTES] = newMinutes;
    cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + GROUP_SUM] = groupSum;
    records[e] = recs;
    if (day < days[2 * e]) {
      days[2 * e] = day;
    }
    if (day > days[2 * e + 1]) {
      days[2 * e + 1] = day;
    }
    if (levelIndex != level[e]) {
      mixed[e] = true;
      if (LEVEL_ORDER.compare(levels.get(levelIndex), levels.get(level[e])) > 0) {
        level[e] = levelIndex;
      }
    }
  }

  /** Adds {@code a x b} to the share of a cell. */
  private void addShare(int c, long a, long b) {
    BigInteger[] big = cellBig;
    if (big == null || big[c] == null) {
      long hi = Math.multiplyHigh(a, b);
      long lo = a * b;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
        long s = cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + SHARE] + lo;
        if (((cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + SHARE] ^ s) & (lo ^ s)) >= 0) {
          cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + SHARE] = s;
          return;
        }
      }
      big = bigShares();
      big[c] = BigInteger.valueOf(cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + SHARE]);
    }
    big[c] = big[c].add(BigInteger.valueOf(a).multiply(BigInteger.valueOf(b)));
  }

  private void addShare(int c, BigInteger value) {
    BigInteger[] big = bigShares();
    big[c] = (big[c] == null ? BigInteger.valueOf(cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + SHARE]) : big[c]).add(value);
  }

  private BigInteger[] bigShares() {
    BigInteger[] big = cellBig;
    if (big == null) {
      big = new BigInteger[cellNext.length];
      cellBig = big;
    }
    return big;
  }

  /** Returns the share of a cell in units, as a big integer. */
  BigInteger share(int c) {
    BigInteger[] big = cellBig;
    return big != null && big[c] != null ? big[c] : BigInteger.valueOf(cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + SHARE]);
  }

  /** Whether the share of a cell is too large for a {@code long}. */
  boolean isBig(int c) {
    BigInteger[] big = cellBig;
    return big != null && big[c] != null;
  }

  /** Makes the unit a multiple of the present one, multiplying every share by the factor. */
  private void rescale(long newUnit) {
    long factor = newUnit / unit;
    for (int c = 0; c < cells; c++) {
      if (isBig(c)) {
        cellBig[c] = cellBig[c].multiply(BigInteger.valueOf(factor));
      } else {
        long s = cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + SHARE];
        cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + SHARE] = 0;
        addShare(c, s, factor);
      }
    }
    unit = newUnit;
  }

  static long lcm(long a, long b) {
    return Math.multiplyExact(a / gcd(a, b), b);
  }

  static long gcd(long a, long b) {
    long x = a;
    long y = b;
    while (y != 0) {
      long t = x % y;
      x = y;
      y = t;
    }
    return x;
  }

  /** Adds the episodes of another table: an episode in both is combined. */
  void merge(EpisodeTable other) {
    long common = lcm(unit, other.unit);
    if (common != unit) {
      rescale(common);
    }
    long factor = unit / other.unit;
    int[] levelMap = new int[other.levels.size()];
    for (int i = 0; i < levelMap.length; i++) {
      levelMap[i] = levelIndex(other.levels.get(i));
    }
    Chars id = new Chars();
    for (int o = 0; o < other.size; o++) {
      id.set(other.pool, other.idStart[o], other.idLength[o]);
      int otherLevel = levelMap[other.level[o]];
      int before = size;
      int e = episode(id, other.hashes[o], otherLevel);
      if (e < before) {
        if (other.mixed[o] || otherLevel != level[e]) {
          mixed[e] = true;
        }
        if (LEVEL_ORDER.compare(levels.get(otherLevel), levels.get(level[e])) > 0) {
          level[e] = otherLevel;
        }
      } else {
        mixed[e] = other.mixed[o];
      }
      records[e] = Math.addExact(records[e], other.records[o]);
      days[2 * e] = Math.min(days[2 * e], other.days[2 * o]);
      days[2 * e + 1] = Math.max(days[2 * e + 1], other.days[2 * o + 1]);
      for (int oc = other.head[o]; oc >= 0; oc = other.next(oc)) {
        int c = cell(e, other.key(oc));
        cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + COUNT] = Math.addExact(cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + COUNT], other.cellPages[(oc) >>> PAGE_BITS][((oc) & PAGE_MASK) * STRIDE + COUNT]);
        cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + MINUTES] = Math.addExact(cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + MINUTES], other.cellPages[(oc) >>> PAGE_BITS][((oc) & PAGE_MASK) * STRIDE + MINUTES]);
        cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + GROUP_SUM] = Math.addExact(cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + GROUP_SUM], other.cellPages[(oc) >>> PAGE_BITS][((oc) & PAGE_MASK) * STRIDE + GROUP_SUM]);
        if (other.isBig(oc)) {
          addShare(c, other.share(oc).multiply(BigInteger.valueOf(factor)));
        } else {
          addShare(c, other.cellPages[(oc) >>> PAGE_BITS][((oc) & PAGE_MASK) * STRIDE + SHARE], factor);
        }
      }
    }
  }

  /** Writes the unit, the levels seen, then each episode and its cells (serial form 1). */
  void writeTo(DataOutput out, List<ComplexityLevel> ruleLevels) throws IOException {
    out.writeLong(unit);
    out.writeInt(levels.size());
    for (ComplexityLevel l : levels) {
      int at = ruleLevels.indexOf(l);
      out.writeInt(at);
      if (at < 0) {
        writeText(out, l.code());
        writeText(out, l.name());
        out.writeInt(l.rank());
        writeText(out, l.criteria());
      }
    }
    out.writeInt(size);
    for (int e = 0; e < size; e++) {
      out.writeInt(idLength[e]);
      for (int i = 0; i < idLength[e]; i++) {
        out.writeChar(pool[idStart[e] + i]);
      }
      out.writeInt(level[e]);
      out.writeBoolean(mixed[e]);
      out.writeLong(days[2 * e]);
      out.writeLong(days[2 * e + 1]);
      out.writeInt(records[e]);
      int count = 0;
      for (int c = head[e]; c >= 0; c = next(c)) {
        count++;
      }
      out.writeInt(count);
      for (int c = head[e]; c >= 0; c = next(c)) {
        out.writeInt(key(c));
        out.writeInt((int) cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + COUNT]);
        out.writeLong(cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + MINUTES]);
        out.writeLong(cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + GROUP_SUM]);
        if (isBig(c)) {
          byte[] b = share(c).toByteArray();
          out.writeByte(1);
          out.writeInt(b.length);
          out.write(b);
        } else {
          out.writeByte(0);
          out.writeLong(cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + SHARE]);
        }
      }
    }
  }

  /** Reads what {@link #writeTo} wrote into this empty table. */
  void readFrom(DataInput in, List<ComplexityLevel> ruleLevels, int keys) throws IOException {
    unit = in.readLong();
    check(unit >= 1 && unit % FIRST_UNIT == 0, "unit", unit);
    int levelCount = in.readInt();
    check(levelCount >= 0 && levelCount <= 1 << 16, "number of levels", levelCount);
    for (int i = 0; i < levelCount; i++) {
      int at = in.readInt();
      check(at >= -1 && at < ruleLevels.size(), "level index", at);
      levels.add(
          at >= 0
              ? ruleLevels.get(at)
              : ComplexityLevel.of(readText(in), readText(in), in.readInt(), readText(in)));
    }
    int episodes = in.readInt();
    check(episodes >= 0, "number of episodes", episodes);
    StringBuilder id = new StringBuilder();
    for (int o = 0; o < episodes; o++) {
      int n = in.readInt();
      check(n >= 1 && n <= 1 << 20, "identifier length", n);
      id.setLength(0);
      for (int i = 0; i < n; i++) {
        id.append(in.readChar());
      }
      int l = in.readInt();
      check(l >= 0 && l < levels.size(), "level", l);
      int before = size;
      int e = episode(id, hash(id), l);
      check(e == before, "identifiers", "one episode twice");
      mixed[e] = in.readBoolean();
      days[2 * e] = in.readLong();
      days[2 * e + 1] = in.readLong();
      records[e] = in.readInt();
      check(records[e] >= 1 && days[2 * e] <= days[2 * e + 1], "episode totals", records[e]);
      int cellsOfEpisode = in.readInt();
      check(cellsOfEpisode >= 1 && cellsOfEpisode <= keys, "number of cells", cellsOfEpisode);
      for (int i = 0; i < cellsOfEpisode; i++) {
        int key = in.readInt();
        check(key >= 0 && key < keys, "cell key", key);
        int c = cell(e, key);
        cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + COUNT] = in.readInt();
        cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + MINUTES] = in.readLong();
        cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + GROUP_SUM] = in.readLong();
        check(cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + COUNT] >= 1, "cell count", cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + COUNT]);
        int tag = in.readByte();
        if (tag == 0) {
          cellPages[(c) >>> PAGE_BITS][((c) & PAGE_MASK) * STRIDE + SHARE] = in.readLong();
        } else {
          check(tag == 1, "share tag", tag);
          int len = in.readInt();
          check(len >= 1 && len <= 1 << 16, "share length", len);
          byte[] b = new byte[len];
          in.readFully(b);
          bigShares()[c] = new BigInteger(b);
        }
      }
    }
  }

  private static void check(boolean ok, String what, Object value) throws IOException {
    if (!ok) {
      throw new StreamCorruptedException(
          "Invalid value for " + what + " in a serial form of an accumulator: " + value);
    }
  }

  private static void writeText(DataOutput out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readText(DataInput in) throws IOException {
    int n = in.readInt();
    check(n >= 0 && n <= 1 << 20, "text length", n);
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  /** A reusable identifier buffer for merging. */
  private static final class Chars implements CharSequence {
    private char[] chars = new char[0];
    private int offset;
    private int length;

    void set(char[] buf, int off, int len) {
      chars = buf;
      offset = off;
      length = len;
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      return chars[offset + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(chars, offset + start, end - start);
    }

    @Override
    public String toString() {
      return new String(chars, offset, length);
    }
  }
}
