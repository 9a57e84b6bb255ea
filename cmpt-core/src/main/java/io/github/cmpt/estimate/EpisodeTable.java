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
 * The episodes of one {@link EpisodeAccumulator}, in compact primitive form.
 *
 * <ul>
 *   <li><b>Identifiers</b> are interned once, as their bytes (UTF-8, a lone surrogate as its
 *       three-byte form), in pages of one megabyte, each behind a one- or four-byte length; they
 *       are found through an open-addressing table of well-mixed hashes (the hash in the high 32
 *       bits of a slot, the episode index + 1 in the low ones).</li>
 *   <li><b>Episodes</b> are two {@code long}s each, in pages: the reference of the identifier and
 *       of the block of cells; the first and last days (as offsets of 24 bits from the first day
 *       the table saw), the level index, whether the levels are mixed, the size class of the
 *       block.</li>
 *   <li><b>Cells</b>, one per activity (kind and role) the episode has, lie in the episode's
 *       block of {@code int}s, taken from pages of 65,536 and given back to a free list of its
 *       size class when the block grows. A cell is one {@code int} while it is small: key,
 *       occurrences (up to 31), the group size of a single group session (0 when every session
 *       had one client) and minutes (up to what the remaining bits hold, 32,767 for 42 keys);
 *       otherwise eight: a header (key, and whether the share is a {@link BigInteger}), the
 *       occurrences, and the minutes, the sum of group sizes and the share in units as
 *       {@code long}s. A zero ends the cells of a block that is not full.</li>
 * </ul>
 *
 * <p>Shares are exact whole numbers of a unit of {@code 1 / unit} minute: a record of {@code m}
 * minutes in a group of {@code g} adds {@code m x (unit / g)}. The unit starts at 840, which every
 * group size up to 8 divides; a group size that does not divide it makes the unit the least
 * common multiple of both, and every share is multiplied by the same factor (a small cell's share
 * is worked out from its minutes and group size with the unit of the moment, so only the large
 * cells change). A share too large for a {@code long} is kept as a {@link BigInteger}. Only a
 * unit above {@link Long#MAX_VALUE} throws {@link ArithmeticException}; so do dates more than
 * 8,388,607 days (22,900 years) apart, and more than 512 distinct levels.
 */
final class EpisodeTable {

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

  // episode pages: 2 longs per episode
  private static final int EP_BITS = 14;
  private static final int EP_MASK = (1 << EP_BITS) - 1;
  // identifier pages
  private static final int ID_BITS = 18;
  private static final int ID_PAGE = 1 << ID_BITS;
  private static final int ID_MASK = ID_PAGE - 1;
  private static final int MAX_ID_PAGES = 1 << 13;
  /** The bits of a slot that hold the episode index + 1; the others hold bits of the hash. */
  private static final int SLOT_MASK = (1 << 26) - 1;
  // cell pages
  private static final int CELL_BITS = 16;
  private static final int CELL_PAGE = 1 << CELL_BITS;
  private static final int CELL_MASK = CELL_PAGE - 1;
  private static final int MAX_CELL_PAGES = 1 << 15;
  /** The ints of a large cell. */
  static final int WIDE = 8;
  private static final int WIDE_FLAG = 0x80000000;
  private static final int BIG_FLAG = 0x40000000;
  private static final int KEY_OF_WIDE = 0x3FFFFFFF;
  private static final int COUNT_BITS = 5;
  private static final int GROUP_BITS = 5;
  private static final int SMALL_MAX = (1 << COUNT_BITS) - 1;
  // days
  private static final int DAY_BITS = 24;
  private static final long DAY_BIAS = 1L << (DAY_BITS - 1);
  private static final long DAY_MASK = (1L << DAY_BITS) - 1;
  private static final int LEVEL_BITS = 9;
  private static final int MAX_LEVELS = 1 << LEVEL_BITS;
  /** The capacities of the size classes of blocks, each about 1.4 times the one before. */
  private static final int[] CAPACITY;

  static {
    int[] caps = new int[64];
    caps[0] = 2;
    int n = 1;
    while (caps[n - 1] < (1 << 30) / 2 && n < 64) {
      caps[n] = Math.max(caps[n - 1] + 1, (int) (caps[n - 1] * 1.4));
      n++;
    }
    CAPACITY = Arrays.copyOf(caps, n);
  }

  private final long compactAbove;
  // keys and the layout of small cells
  private final int keys;
  private final int keyMask;
  private final int countShift;
  private final int groupShift;
  private final int minutesShift;
  /** The largest minutes of a small cell, -1 when no cell is small (too many keys). */
  private final long smallMinutes;

  // identifiers
  private byte[][] idPages = {new byte[1 << 12]};
  private int idPage;
  private int idTop;
  /**
   * The top 6 bits of the hash and the episode index + 1 (low 26 bits) per slot, 0 for an empty
   * one.
   */
  private int[] slots = new int[128];
  private byte[] scratch = new byte[64];

  // episodes
  private int size;
  final List<ComplexityLevel> levels = new ArrayList<>();
  private long[][] episodePages = {new long[2 << EP_BITS]};
  private long baseDay;
  private boolean hasBase;

  // cells
  private int[][] cellPages = {new int[CELL_PAGE]};
  private int cellPageCount = 1;
  private int bumpPage;
  private int bumpTop;
  private final int[] free = new int[CAPACITY.length];
  /** The ints of the blocks in the free lists. */
  private long freeInts;
  /** The ints of the pages of 65,536 ints. */
  private long pagedInts = CELL_PAGE;
  /** Indices of pages given up by a compaction, to use again. */
  private int[] spare = new int[0];
  private int spareCount;
  /** The number of compactions so far, for tests. */
  int compactions;
  private final List<BigInteger> bigs = new ArrayList<>();
  long unit = FIRST_UNIT;

  /** Returns an empty table for cells keyed from 0 to {@code keys - 1}. */
  EpisodeTable(int keys) {
    this(keys, 1L << 20);
  }

  /**
   * Returns an empty table for cells keyed from 0 to {@code keys - 1}, whose blocks are slid
   * together once more than {@code compactAbove} ints (and a quarter of the pages) are free.
   */
  EpisodeTable(int keys, long compactAbove) {
    this.compactAbove = compactAbove;
    if (keys < 1 || keys > KEY_OF_WIDE) {
      throw new IllegalArgumentException("Invalid value for keys (valid values 1 <= x <= 2^30): "
          + keys);
    }
    this.keys = keys;
    int keyBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, keys - 1));
    this.keyMask = (1 << keyBits) - 1;
    this.countShift = keyBits;
    this.groupShift = keyBits + COUNT_BITS;
    this.minutesShift = keyBits + COUNT_BITS + GROUP_BITS;
    int minutesBits = 31 - minutesShift;
    this.smallMinutes = minutesBits >= 1 ? (1L << minutesBits) - 1 : -1;
  }

  /** Returns a deep copy. */
  EpisodeTable copy() {
    EpisodeTable t = new EpisodeTable(keys, compactAbove);
    t.idPages = new byte[idPages.length][];
    for (int i = 0; i <= idPage; i++) {
      t.idPages[i] = idPages[i].clone();
    }
    t.idPage = idPage;
    t.idTop = idTop;
    t.slots = slots.clone();
    t.size = size;
    t.levels.addAll(levels);
    t.episodePages = new long[episodePages.length][];
    for (int i = 0; i < episodePages.length && episodePages[i] != null; i++) {
      t.episodePages[i] = episodePages[i].clone();
    }
    t.baseDay = baseDay;
    t.hasBase = hasBase;
    t.cellPages = new int[cellPages.length][];
    for (int i = 0; i < cellPageCount; i++) {
      t.cellPages[i] = cellPages[i] == null ? null : cellPages[i].clone();
    }
    t.cellPageCount = cellPageCount;
    t.freeInts = freeInts;
    t.pagedInts = pagedInts;
    t.spare = spare.clone();
    t.spareCount = spareCount;
    t.bumpPage = bumpPage;
    t.bumpTop = bumpTop;
    System.arraycopy(free, 0, t.free, 0, free.length);
    t.bigs.addAll(bigs);
    t.unit = unit;
    return t;
  }

  int size() {
    return size;
  }

  // ---------------------------------------------------------------- identifiers

  /**
   * Writes the bytes of a text into the scratch buffer (UTF-8; a lone surrogate as its
   * three-byte form, so that every text has its own bytes) and returns their number.
   */
  int encode(CharSequence id) {
    int n = id.length();
    if (scratch.length < 3 * n) {
      scratch = new byte[Math.max(3 * n, 2 * scratch.length)];
    }
    byte[] b = scratch;
    int at = 0;
    for (int i = 0; i < n; i++) {
      char c = id.charAt(i);
      if (c < 0x80) {
        b[at++] = (byte) c;
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | (c >>> 6));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(id.charAt(i + 1))) {
        int cp = Character.toCodePoint(c, id.charAt(++i));
        b[at++] = (byte) (0xF0 | (cp >>> 18));
        b[at++] = (byte) (0x80 | ((cp >>> 12) & 0x3F));
        b[at++] = (byte) (0x80 | ((cp >>> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        b[at++] = (byte) (0xE0 | (c >>> 12));
        b[at++] = (byte) (0x80 | ((c >>> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return at;
  }

  /** The scratch buffer that {@link #encode} writes. */
  byte[] scratch() {
    return scratch;
  }

  /** Returns a well-mixed hash of bytes (a polynomial, then MurmurHash3's finaliser). */
  static int hash(byte[] b, int off, int len) {
    int h = len;
    int i = off;
    int end = off + len;
    for (; i + 3 < end; i += 4) {
      h = h * 0x5bd1e995
          + (b[i] & 0xFF) * 0x1000193 * 0x1000193 * 0x1000193
          + (b[i + 1] & 0xFF) * 0x1000193 * 0x1000193
          + (b[i + 2] & 0xFF) * 0x1000193
          + (b[i + 3] & 0xFF);
    }
    for (; i < end; i++) {
      h = h * 0x1000193 + (b[i] & 0xFF);
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** Returns the identifier of an episode. */
  String id(int e) {
    int ref = idRef(e);
    byte[] p = idPages[ref >>> ID_BITS];
    int at = ref & ID_MASK;
    int len = idLength(p, at);
    at = idStart(p, at);
    return decode(p, at, len);
  }

  private static String decode(byte[] b, int off, int len) {
    boolean ascii = true;
    for (int i = off; i < off + len; i++) {
      if (b[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }
    StringBuilder sb = new StringBuilder(len);
    int i = off;
    int end = off + len;
    while (i < end) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        sb.append((char) c);
        i++;
      } else if (c < 0xE0) {
        sb.append((char) (((c & 0x1F) << 6) | (b[i + 1] & 0x3F)));
        i += 2;
      } else if (c < 0xF0) {
        sb.append(
            (char) (((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F)));
        i += 3;
      } else {
        int cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6)
            | (b[i + 3] & 0x3F);
        sb.appendCodePoint(cp);
        i += 4;
      }
    }
    return sb.toString();
  }

  /** The length of the identifier whose header starts at {@code at}: one byte, or four when wide. */
  private static int idLength(byte[] p, int at) {
    int len = p[at];
    return len >= 0
        ? len
        : ((len & 0x7F) << 24) | ((p[at + 1] & 0xFF) << 16) | ((p[at + 2] & 0xFF) << 8)
            | (p[at + 3] & 0xFF);
  }

  /** Where the bytes of the identifier whose header starts at {@code at} begin. */
  private static int idStart(byte[] p, int at) {
    return at + (p[at] < 0 ? 4 : 1);
  }

  private int idRef(int e) {
    return (int) (episodePages[e >>> EP_BITS][(e & EP_MASK) << 1] >>> 32);
  }

  private boolean sameId(int e, byte[] b, int off, int len) {
    int ref = idRef(e);
    byte[] p = idPages[ref >>> ID_BITS];
    int at = ref & ID_MASK;
    int n = idLength(p, at);
    at = idStart(p, at);
    return n == len && Arrays.equals(p, at, at + n, b, off, off + len);
  }

  private int storeId(byte[] b, int off, int len) {
    int need = len + (len < 0x80 ? 1 : 4);
    byte[] p = idPages[idPage];
    if (idTop + need > p.length) {
      if (p.length < ID_PAGE && idTop + need <= ID_PAGE) {
        p = Arrays.copyOf(p, Math.min(ID_PAGE, Math.max(idTop + need, 2 * p.length)));
        idPages[idPage] = p;
      } else {
        if (idPage + 1 >= MAX_ID_PAGES) {
          throw new ArithmeticException("more than 2 GB of episode identifiers");
        }
        if (idPage + 1 == idPages.length) {
          idPages = Arrays.copyOf(idPages, 2 * idPages.length);
        }
        idPage++;
        p = new byte[Math.max(ID_PAGE, need)];
        idPages[idPage] = p;
        idTop = 0;
      }
    }
    int at = idTop;
    if (len < 0x80) {
      p[at] = (byte) len;
      System.arraycopy(b, off, p, at + 1, len);
    } else {
      p[at] = (byte) (0x80 | (len >>> 24));
      p[at + 1] = (byte) (len >>> 16);
      p[at + 2] = (byte) (len >>> 8);
      p[at + 3] = (byte) len;
      System.arraycopy(b, off, p, at + 4, len);
    }
    idTop += need;
    // an identifier longer than a page has a page of its own; the next starts a new one
    if (idTop > ID_MASK) {
      idTop = p.length;
    }
    return (idPage << ID_BITS) | at;
  }

  // ---------------------------------------------------------------- episodes

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
    if (levels.size() == MAX_LEVELS) {
      throw new ArithmeticException("more than " + MAX_LEVELS + " levels in one accumulator");
    }
    levels.add(l);
    return levels.size() - 1;
  }

  /** Returns the episode with an identifier, or -1. */
  int find(byte[] b, int off, int len, int hash) {
    int mask = slots.length - 1;
    int tag = hash & ~SLOT_MASK;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      int s = slots[i];
      if (s == 0) {
        return -1;
      }
      if ((s & ~SLOT_MASK) == tag) {
        int e = (s & SLOT_MASK) - 1;
        if (sameId(e, b, off, len)) {
          return e;
        }
      }
    }
  }

  /**
   * Adds an episode that is not in the table, at a level and with its first record's day, and
   * an empty block of cells.
   */
  int create(byte[] b, int off, int len, int hash, int levelIndex, long day) {
    long d = dayBits(day);
    if (size == SLOT_MASK - 1) {
      throw new ArithmeticException("more than " + (SLOT_MASK - 1) + " episodes");
    }
    int e = size;
    int page = e >>> EP_BITS;
    if (page == episodePages.length) {
      episodePages = Arrays.copyOf(episodePages, 2 * episodePages.length);
    }
    if (episodePages[page] == null) {
      episodePages[page] = new long[2 << EP_BITS];
    }
    int idRef = storeId(b, off, len);
    int cellRef = allocate(0);
    long[] p = episodePages[page];
    int at = (e & EP_MASK) << 1;
    p[at] = ((long) idRef << 32) | (cellRef & 0xFFFFFFFFL);
    p[at + 1] = (d << 40) | (d << 16) | ((long) levelIndex << 7);
    int mask = slots.length - 1;
    int i = hash & mask;
    while (slots[i] != 0) {
      i = (i + 1) & mask;
    }
    slots[i] = (hash & ~SLOT_MASK) | (e + 1);
    size++;
    if (2 * size > slots.length) {
      rehash();
    }
    return e;
  }

  private void rehash() {
    int[] bigger = new int[slots.length * 2];
    int mask = bigger.length - 1;
    for (int e = 0; e < size; e++) {
      int ref = idRef(e);
      byte[] p = idPages[ref >>> ID_BITS];
      int at = ref & ID_MASK;
      int len = idLength(p, at);
      at = idStart(p, at);
      int hash = hash(p, at, len);
      int i = hash & mask;
      while (bigger[i] != 0) {
        i = (i + 1) & mask;
      }
      bigger[i] = (hash & ~SLOT_MASK) | (e + 1);
    }
    slots = bigger;
  }

  /** Returns the 24 bits of a day, as an offset from the first day of the table. */
  private long dayBits(long day) {
    if (!hasBase) {
      baseDay = day;
      hasBase = true;
    }
    long off = day - baseDay;
    if (((day ^ baseDay) & (day ^ off)) < 0 || off < -DAY_BIAS || off >= DAY_BIAS) {
      throw new ArithmeticException(
          "dates more than " + (DAY_BIAS - 1) + " days apart in one accumulator");
    }
    return off + DAY_BIAS;
  }

  private long meta(int e) {
    return episodePages[e >>> EP_BITS][((e & EP_MASK) << 1) + 1];
  }

  private void setMeta(int e, long m) {
    episodePages[e >>> EP_BITS][((e & EP_MASK) << 1) + 1] = m;
  }

  private int cellRef(int e) {
    return (int) episodePages[e >>> EP_BITS][(e & EP_MASK) << 1];
  }

  private void setBlock(int e, int ref, int cls) {
    long[] p = episodePages[e >>> EP_BITS];
    int at = (e & EP_MASK) << 1;
    p[at] = (p[at] & 0xFFFFFFFF00000000L) | (ref & 0xFFFFFFFFL);
    p[at + 1] = (p[at + 1] & ~0x3FL) | cls;
  }

  /** Returns the level index of an episode: the most complex of its records. */
  int level(int e) {
    return (int) (meta(e) >>> 7) & (MAX_LEVELS - 1);
  }

  /** Returns whether the records of an episode carry several levels. */
  boolean mixed(int e) {
    return (meta(e) & 0x40) != 0;
  }

  /** Returns the number of days from the first to the last record of an episode, both in. */
  long span(int e) {
    long m = meta(e);
    return ((m >>> 16) & DAY_MASK) - ((m >>> 40) & DAY_MASK) + 1;
  }

  private long firstDay(int e) {
    return ((meta(e) >>> 40) & DAY_MASK) - DAY_BIAS + baseDay;
  }

  private long lastDay(int e) {
    return ((meta(e) >>> 16) & DAY_MASK) - DAY_BIAS + baseDay;
  }

  /** Returns the number of records of an episode: the occurrences of its cells. */
  long records(int e) {
    long r = 0;
    Cursor c = new Cursor();
    c.of(e);
    while (c.next()) {
      r += c.count;
    }
    return r;
  }

  /**
   * Updates the days and level of an episode for a record or another table's episode; throws
   * before any change when a day is out of range.
   */
  private void touch(int e, int levelIndex, boolean mixedOther, long first, long last) {
    long f = dayBits(first);
    long l = dayBits(last);
    long m = meta(e);
    long mf = (m >>> 40) & DAY_MASK;
    long ml = (m >>> 16) & DAY_MASK;
    int lv = (int) (m >>> 7) & (MAX_LEVELS - 1);
    boolean mixed = (m & 0x40) != 0 || mixedOther;
    if (levelIndex != lv) {
      mixed = true;
      if (LEVEL_ORDER.compare(levels.get(levelIndex), levels.get(lv)) > 0) {
        lv = levelIndex;
      }
    }
    long nm = (Math.min(mf, f) << 40) | (Math.max(ml, l) << 16) | ((long) lv << 7)
        | (mixed ? 0x40 : 0) | (m & 0x3F);
    if (nm != m) {
      setMeta(e, nm);
    }
  }

  // ---------------------------------------------------------------- cells

  private int allocate(int cls) {
    int cap = CAPACITY[cls];
    int f = free[cls];
    if (f != 0) {
      int ref = f - 1;
      int[] p = cellPages[ref >>> CELL_BITS];
      int base = ref & CELL_MASK;
      free[cls] = p[base];
      freeInts -= cap;
      Arrays.fill(p, base, base + cap, 0);
      return ref;
    }
    if (cap > CELL_PAGE) {
      int page = newCellPage(cap);
      return page << CELL_BITS;
    }
    if (bumpTop + cap > CELL_PAGE) {
      if (freeInts > compactAbove && 4 * freeInts > pagedInts) {
        // a quarter of the pages is blocks given up as their episodes grew: slide the blocks
        // in use together rather than take another page
        compact();
        if (bumpTop + cap <= CELL_PAGE) {
          int ref = (bumpPage << CELL_BITS) | bumpTop;
          bumpTop += cap;
          return ref;
        }
      }
      bumpPage = newCellPage(CELL_PAGE);
      bumpTop = 0;
    }
    int ref = (bumpPage << CELL_BITS) | bumpTop;
    bumpTop += cap;
    return ref;
  }

  private int newCellPage(int length) {
    if (length == CELL_PAGE) {
      pagedInts += CELL_PAGE;
      if (spareCount > 0) {
        int page = spare[--spareCount];
        cellPages[page] = new int[CELL_PAGE];
        return page;
      }
    }
    if (cellPageCount == MAX_CELL_PAGES) {
      throw new ArithmeticException("more than 2^31 cells of activities");
    }
    if (cellPageCount == cellPages.length) {
      cellPages = Arrays.copyOf(cellPages, 2 * cellPages.length);
    }
    cellPages[cellPageCount] = new int[length];
    return cellPageCount++;
  }

  private void release(int ref, int cls) {
    int[] p = cellPages[ref >>> CELL_BITS];
    p[ref & CELL_MASK] = free[cls];
    free[cls] = ref + 1;
    freeInts += CAPACITY[cls];
  }

  /**
   * Slides the blocks in use in pages of 65,536 ints towards the first pages, in the order of
   * their places, each in the smallest size class that holds its cells; the free lists are
   * emptied and the pages left over are given up. A block never moves beyond where it was, so
   * the cells are moved in place, with a sorted list of the blocks as the only extra memory.
   */
  private void compact() {
    compactions++;
    // the episodes by the page of their blocks (a counting sort), then by place in the page
    int[] perPage = new int[cellPageCount + 1];
    for (int e = 0; e < size; e++) {
      int ref = cellRef(e);
      if (cellPages[ref >>> CELL_BITS].length == CELL_PAGE) {
        perPage[(ref >>> CELL_BITS) + 1]++;
      }
    }
    for (int i = 0; i < cellPageCount; i++) {
      perPage[i + 1] += perPage[i];
    }
    int n = perPage[cellPageCount];
    int[] order = new int[n];
    int[] fill = Arrays.copyOf(perPage, cellPageCount);
    for (int e = 0; e < size; e++) {
      int ref = cellRef(e);
      if (cellPages[ref >>> CELL_BITS].length == CELL_PAGE) {
        order[fill[ref >>> CELL_BITS]++] = e;
      }
    }
    sortWithinPages(order, perPage);
    int wp = firstRegular(0);
    int wt = 0;
    for (int i = 0; i < n; i++) {
      int e = order[i];
      int ref = cellRef(e);
      int[] src = cellPages[ref >>> CELL_BITS];
      int at = ref & CELL_MASK;
      int cap = CAPACITY[(int) (meta(e) & 0x3F)];
      int used = 0;
      while (used < cap && src[at + used] != 0) {
        used += src[at + used] > 0 ? 1 : WIDE;
      }
      int cls = 0;
      while (CAPACITY[cls] < used) {
        cls++;
      }
      int newCap = CAPACITY[cls];
      if (wt + newCap > CELL_PAGE) {
        wp = firstRegular(wp + 1);
        wt = 0;
      }
      int[] dst = cellPages[wp];
      System.arraycopy(src, at, dst, wt, used);
      Arrays.fill(dst, wt + used, wt + newCap, 0);
      setBlock(e, (wp << CELL_BITS) | wt, cls);
      wt += newCap;
    }
    for (int page = wp + 1; page < cellPageCount; page++) {
      if (cellPages[page] != null && cellPages[page].length == CELL_PAGE) {
        cellPages[page] = null;
        pagedInts -= CELL_PAGE;
        if (spareCount == spare.length) {
          spare = Arrays.copyOf(spare, Math.max(8, 2 * spare.length));
        }
        spare[spareCount++] = page;
      }
    }
    // blocks are taken from the rest of the last page as they are: it must hold zeros
    Arrays.fill(cellPages[wp], wt, CELL_PAGE, 0);
    Arrays.fill(free, 0);
    freeInts = 0;
    bumpPage = wp;
    bumpTop = wt;
  }

  /** Returns the first page of 65,536 ints from an index on. */
  private int firstRegular(int from) {
    int page = from;
    while (cellPages[page] == null || cellPages[page].length != CELL_PAGE) {
      page++;
    }
    return page;
  }

  /** Moves the cells of an episode to a block of at least {@code need} ints. */
  private void grow(int e, int need) {
    long m = meta(e);
    int cls = (int) (m & 0x3F);
    int newCls = cls;
    while (CAPACITY[newCls] < need) {
      newCls++;
    }
    int ref = allocate(newCls);
    // the allocation may have compacted the blocks, this episode's too
    int old = cellRef(e);
    int oldCls = (int) (meta(e) & 0x3F);
    System.arraycopy(cellPages[old >>> CELL_BITS], old & CELL_MASK,
        cellPages[ref >>> CELL_BITS], ref & CELL_MASK, CAPACITY[oldCls]);
    release(old, oldCls);
    setBlock(e, ref, newCls);
  }

  private static long getLong(int[] p, int at) {
    return ((long) p[at] << 32) | (p[at + 1] & 0xFFFFFFFFL);
  }

  private static void putLong(int[] p, int at, long v) {
    p[at] = (int) (v >>> 32);
    p[at + 1] = (int) v;
  }

  /**
   * Adds one accepted record to an episode, already in the table at a level.
   *
   * @throws ArithmeticException when a total overflows or a date is out of range; the totals
   *     do not change then
   */
  void add(int e, int levelIndex, int key, long minutes, long day, int groupSize) {
    if (unit % groupSize != 0) {
      rescale(lcm(unit, groupSize));
    }
    long m = meta(e);
    int cls = (int) (m & 0x3F);
    int cap = CAPACITY[cls];
    int ref = cellRef(e);
    int[] p = cellPages[ref >>> CELL_BITS];
    int base = ref & CELL_MASK;
    int i = 0;
    while (i < cap) {
      int v = p[base + i];
      if (v == 0) {
        break;
      }
      if (v > 0) {
        if ((v & keyMask) == key) {
          int c = (v >>> countShift) & SMALL_MAX;
          if (groupSize == 1 && ((v >>> groupShift) & SMALL_MAX) == 0 && c < SMALL_MAX
              && (v >>> minutesShift) + minutes <= smallMinutes) {
            touch(e, levelIndex, false, day, day);
            p[base + i] = v + (1 << countShift) + ((int) minutes << minutesShift);
            return;
          }
          touch(e, levelIndex, false, day, day);
          widen(e, i);
          addWide(e, i, 1, minutes, groupSize, share(minutes, groupSize), null);
          return;
        }
        i++;
      } else {
        if ((v & KEY_OF_WIDE) == key) {
          long share = share(minutes, groupSize);
          checkWide(p, base + i, 1, minutes, groupSize, share, null);
          touch(e, levelIndex, false, day, day);
          addWide(e, i, 1, minutes, groupSize, share, null);
          return;
        }
        i += WIDE;
      }
    }
    touch(e, levelIndex, false, day, day);
    if (minutes <= smallMinutes && groupSize <= SMALL_MAX) {
      if (i + 1 > cap) {
        grow(e, i + 1);
        ref = cellRef(e);
        p = cellPages[ref >>> CELL_BITS];
        base = ref & CELL_MASK;
      }
      p[base + i] = key | (1 << countShift) | ((groupSize == 1 ? 0 : groupSize) << groupShift)
          | ((int) minutes << minutesShift);
      return;
    }
    putWide(e, i, key, 1, minutes, groupSize, share(minutes, groupSize), null);
  }

  /** Returns {@code minutes x (unit / groupSize)}, or -1 when it is too large for a long. */
  private long share(long minutes, long groupSize) {
    long per = unit / groupSize;
    long hi = Math.multiplyHigh(minutes, per);
    long lo = minutes * per;
    return hi == 0 && lo >= 0 ? lo : -1;
  }

  /** Writes a new large cell at position {@code i}, the end of the episode's cells. */
  private void putWide(int e, int i, int key, long count, long minutes, long groupSum,
      long share, @Nullable BigInteger big) {
    int cap = CAPACITY[(int) (meta(e) & 0x3F)];
    if (i + WIDE > cap) {
      grow(e, i + WIDE);
    }
    int ref = cellRef(e);
    int[] p = cellPages[ref >>> CELL_BITS];
    int at = (ref & CELL_MASK) + i;
    BigInteger b = big != null ? big : share < 0 ? bigShare(minutes, groupSum) : null;
    p[at] = WIDE_FLAG | key;
    p[at + 1] = Math.toIntExact(count);
    putLong(p, at + 2, minutes);
    putLong(p, at + 4, groupSum);
    if (b != null) {
      p[at] |= BIG_FLAG;
      putLong(p, at + 6, bigs.size());
      bigs.add(b);
    } else {
      putLong(p, at + 6, share);
    }
  }

  /** The share of one record too large for a long. */
  private BigInteger bigShare(long minutes, long groupSize) {
    return BigInteger.valueOf(minutes).multiply(BigInteger.valueOf(unit / groupSize));
  }

  /** Throws when adding to a large cell overflows, before any change. */
  private void checkWide(int[] p, int at, long count, long minutes, long groupSum, long share,
      @Nullable BigInteger big) {
    if (p[at + 1] + count > Integer.MAX_VALUE) {
      throw new ArithmeticException("integer overflow");
    }
    Math.addExact(getLong(p, at + 2), minutes);
    Math.addExact(getLong(p, at + 4), groupSum);
  }

  /**
   * Adds totals to the large cell at position {@code i}; {@code share} is -1 with {@code big}
   * null for the share of one record of {@code minutes} in a group of {@code groupSum}, too
   * large for a long.
   */
  private void addWide(int e, int i, long count, long minutes, long groupSum, long share,
      @Nullable BigInteger big) {
    int ref = cellRef(e);
    int[] p = cellPages[ref >>> CELL_BITS];
    int at = (ref & CELL_MASK) + i;
    checkWide(p, at, count, minutes, groupSum, share, big);
    p[at + 1] += (int) count;
    putLong(p, at + 2, getLong(p, at + 2) + minutes);
    putLong(p, at + 4, getLong(p, at + 4) + groupSum);
    BigInteger add = big != null ? big : share < 0 ? bigShare(minutes, groupSum) : null;
    if ((p[at] & BIG_FLAG) != 0) {
      int index = (int) getLong(p, at + 6);
      bigs.set(index, bigs.get(index).add(add != null ? add : BigInteger.valueOf(share)));
      return;
    }
    long old = getLong(p, at + 6);
    if (add == null) {
      long s = old + share;
      if (((old ^ s) & (share ^ s)) >= 0) {
        putLong(p, at + 6, s);
        return;
      }
      add = BigInteger.valueOf(share);
    }
    p[at] |= BIG_FLAG;
    putLong(p, at + 6, bigs.size());
    bigs.add(BigInteger.valueOf(old).add(add));
  }

  /** Turns the small cell at position {@code i} of an episode into a large one. */
  private void widen(int e, int i) {
    int cap = CAPACITY[(int) (meta(e) & 0x3F)];
    int ref = cellRef(e);
    int[] p = cellPages[ref >>> CELL_BITS];
    int base = ref & CELL_MASK;
    int used = i;
    while (used < cap && p[base + used] != 0) {
      used += p[base + used] > 0 ? 1 : WIDE;
    }
    if (used + WIDE - 1 > cap) {
      grow(e, used + WIDE - 1);
      ref = cellRef(e);
      p = cellPages[ref >>> CELL_BITS];
      base = ref & CELL_MASK;
    }
    int v = p[base + i];
    System.arraycopy(p, base + i + 1, p, base + i + WIDE, used - i - 1);
    int key = v & keyMask;
    long count = (v >>> countShift) & SMALL_MAX;
    int g = (v >>> groupShift) & SMALL_MAX;
    long minutes = v >>> minutesShift;
    long share = g == 0 ? share(minutes, 1) : share(minutes, g);
    int at = base + i;
    p[at] = WIDE_FLAG | key;
    p[at + 1] = (int) count;
    putLong(p, at + 2, minutes);
    putLong(p, at + 4, g == 0 ? count : g);
    if (share < 0) {
      p[at] |= BIG_FLAG;
      putLong(p, at + 6, bigs.size());
      bigs.add(bigShare(minutes, g == 0 ? 1 : g));
    } else {
      putLong(p, at + 6, share);
    }
  }

  /**
   * Adds a cell's totals to an episode (merging or reading): into its cell with the key, or as a
   * new cell; the share is in this table's unit.
   */
  private void addCell(int e, int key, long count, long minutes, long groupSum, long share,
      @Nullable BigInteger big) {
    long m = meta(e);
    int cap = CAPACITY[(int) (m & 0x3F)];
    int ref = cellRef(e);
    int[] p = cellPages[ref >>> CELL_BITS];
    int base = ref & CELL_MASK;
    int i = 0;
    while (i < cap) {
      int v = p[base + i];
      if (v == 0) {
        break;
      }
      int k = v > 0 ? v & keyMask : v & KEY_OF_WIDE;
      if (k == key) {
        if (v > 0) {
          widen(e, i);
          ref = cellRef(e);
          p = cellPages[ref >>> CELL_BITS];
          base = ref & CELL_MASK;
        }
        checkWide(p, base + i, count, minutes, groupSum, share, big);
        addWide(e, i, count, minutes, groupSum, big != null ? 0 : share, big);
        return;
      }
      i += v > 0 ? 1 : WIDE;
    }
    // small when the share is what the minutes and group size of a small cell give
    if (big == null && count >= 1 && count <= SMALL_MAX && minutes >= 0
        && minutes <= smallMinutes) {
      int g = -1;
      if (groupSum == count && share == share(minutes, 1)) {
        g = 0;
      } else if (count == 1 && groupSum >= 2 && groupSum <= SMALL_MAX && unit % groupSum == 0
          && share == share(minutes, groupSum)) {
        g = (int) groupSum;
      }
      if (g >= 0) {
        if (i + 1 > cap) {
          grow(e, i + 1);
          ref = cellRef(e);
          p = cellPages[ref >>> CELL_BITS];
          base = ref & CELL_MASK;
        }
        p[base + i] = key | ((int) count << countShift) | (g << groupShift)
            | ((int) minutes << minutesShift);
        return;
      }
    }
    putWide(e, i, key, count, minutes, groupSum, big != null ? 0 : share, big);
  }

  /** A reader of the cells of one episode at a time; not thread-safe, one per thread. */
  final class Cursor {
    private int[] page = new int[0];
    private int base;
    private int cap;
    private int pos;
    private int at;
    private int group;
    int key;
    long count;
    long minutes;
    long groupSum;
    /** The share in units, when {@link #big} is null; worked out by {@link #share()}. */
    long share;
    @Nullable BigInteger big;

    /** Starts on the cells of an episode. */
    void of(int e) {
      int ref = cellRef(e);
      page = cellPages[ref >>> CELL_BITS];
      base = ref & CELL_MASK;
      cap = CAPACITY[(int) (meta(e) & 0x3F)];
      pos = 0;
    }

    /** Moves to the next cell, if any, reading its key, occurrences, minutes and group sizes. */
    boolean next() {
      if (pos >= cap) {
        return false;
      }
      at = base + pos;
      int v = page[at];
      if (v == 0) {
        return false;
      }
      if (v > 0) {
        key = v & keyMask;
        count = (v >>> countShift) & SMALL_MAX;
        group = (v >>> groupShift) & SMALL_MAX;
        minutes = v >>> minutesShift;
        groupSum = group == 0 ? count : group;
        pos++;
      } else {
        key = v & KEY_OF_WIDE;
        count = page[at + 1];
        minutes = getLong(page, at + 2);
        groupSum = getLong(page, at + 4);
        group = -1;
        pos += WIDE;
      }
      return true;
    }

    /**
     * Works out the share of the cell: {@link #share} in units, with {@link #big} null, or
     * {@link #big} when too large for a long.
     */
    void share() {
      if (group >= 0) {
        long per = group == 0 ? unit : unit / group;
        long hi = Math.multiplyHigh(minutes, per);
        long lo = minutes * per;
        if (hi == 0 && lo >= 0) {
          share = lo;
          big = null;
        } else {
          share = -1;
          big = BigInteger.valueOf(minutes).multiply(BigInteger.valueOf(per));
        }
      } else if ((page[at] & BIG_FLAG) != 0) {
        big = bigs.get((int) getLong(page, at + 6));
        share = -1;
      } else {
        big = null;
        share = getLong(page, at + 6);
      }
    }

    /** The share as a big integer, once {@link #share()} has worked it out. */
    BigInteger shareBig() {
      BigInteger b = big;
      return b != null ? b : BigInteger.valueOf(share);
    }
  }

  Cursor cursor() {
    return new Cursor();
  }

  /** Makes the unit a multiple of the present one, multiplying every large share by the factor. */
  private void rescale(long newUnit) {
    long factor = newUnit / unit;
    BigInteger big = BigInteger.valueOf(factor);
    for (int e = 0; e < size; e++) {
      int cap = CAPACITY[(int) (meta(e) & 0x3F)];
      int ref = cellRef(e);
      int[] p = cellPages[ref >>> CELL_BITS];
      int base = ref & CELL_MASK;
      for (int i = 0; i < cap; ) {
        int v = p[base + i];
        if (v == 0) {
          break;
        }
        if (v > 0) {
          i++;
          continue;
        }
        int at = base + i;
        if ((v & BIG_FLAG) != 0) {
          int index = (int) getLong(p, at + 6);
          bigs.set(index, bigs.get(index).multiply(big));
        } else {
          long s = getLong(p, at + 6);
          long hi = Math.multiplyHigh(s, factor);
          long lo = s * factor;
          if (hi == 0 && lo >= 0) {
            putLong(p, at + 6, lo);
          } else {
            p[at] |= BIG_FLAG;
            putLong(p, at + 6, bigs.size());
            bigs.add(BigInteger.valueOf(s).multiply(big));
          }
        }
        i += WIDE;
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

  // ---------------------------------------------------------------- merge and serial form

  /** Adds the episodes of another table with the same keys: an episode in both is combined. */
  void merge(EpisodeTable other) {
    merge(other, false);
  }

  /**
   * Adds the episodes of another table, as {@link #merge(EpisodeTable)}, visiting them by the
   * place of their cells and giving up each page of the other's cells once passed: the other
   * table is unusable afterwards, and the memory of both is never held twice over.
   */
  void absorb(EpisodeTable other) {
    merge(other, true);
  }

  /** The episodes by the place of their blocks: by page, then by place in the page. */
  private int[] byBlockPlace() {
    int[] perPage = new int[cellPageCount + 1];
    for (int e = 0; e < size; e++) {
      perPage[(cellRef(e) >>> CELL_BITS) + 1]++;
    }
    for (int i = 0; i < cellPageCount; i++) {
      perPage[i + 1] += perPage[i];
    }
    int[] order = new int[size];
    int[] fill = Arrays.copyOf(perPage, cellPageCount);
    for (int e = 0; e < size; e++) {
      order[fill[cellRef(e) >>> CELL_BITS]++] = e;
    }
    sortWithinPages(order, perPage);
    return order;
  }

  private void merge(EpisodeTable other, boolean giveUp) {
    long common = lcm(unit, other.unit);
    if (common != unit) {
      rescale(common);
    }
    long factor = unit / other.unit;
    BigInteger bigFactor = BigInteger.valueOf(factor);
    int[] levelMap = new int[other.levels.size()];
    for (int i = 0; i < levelMap.length; i++) {
      levelMap[i] = levelIndex(other.levels.get(i));
    }
    Cursor c = other.cursor();
    int[] order = giveUp ? other.byBlockPlace() : null;
    int lastPage = -1;
    for (int i = 0; i < other.size; i++) {
      int o = order == null ? i : order[i];
      if (giveUp) {
        int page = other.cellRef(o) >>> CELL_BITS;
        if (page != lastPage && lastPage >= 0) {
          other.cellPages[lastPage] = null;
        }
        lastPage = page;
      }
      int ref = other.idRef(o);
      byte[] p = other.idPages[ref >>> ID_BITS];
      int at = ref & ID_MASK;
      int len = idLength(p, at);
      at = idStart(p, at);
      int hash = hash(p, at, len);
      int level = levelMap[other.level(o)];
      long first = other.firstDay(o);
      long last = other.lastDay(o);
      int e = find(p, at, len, hash);
      if (e < 0) {
        e = create(p, at, len, hash, level, first);
      }
      touch(e, level, other.mixed(o), first, last);
      c.of(o);
      while (c.next()) {
        c.share();
        long share = -1;
        BigInteger big = null;
        if (c.big == null) {
          long hi = Math.multiplyHigh(c.share, factor);
          long lo = c.share * factor;
          if (hi == 0 && lo >= 0) {
            share = lo;
          } else {
            big = BigInteger.valueOf(c.share).multiply(bigFactor);
          }
        } else {
          big = c.big.multiply(bigFactor);
        }
        addCell(e, c.key, c.count, c.minutes, c.groupSum, share, big);
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
    Cursor c = cursor();
    for (int e = 0; e < size; e++) {
      String id = id(e);
      out.writeInt(id.length());
      out.writeChars(id);
      out.writeInt(level(e));
      out.writeBoolean(mixed(e));
      out.writeLong(firstDay(e));
      out.writeLong(lastDay(e));
      out.writeInt(Math.toIntExact(records(e)));
      int count = 0;
      c.of(e);
      while (c.next()) {
        count++;
      }
      out.writeInt(count);
      c.of(e);
      while (c.next()) {
        out.writeInt(c.key);
        out.writeInt((int) c.count);
        out.writeLong(c.minutes);
        out.writeLong(c.groupSum);
        c.share();
        if (c.big != null) {
          byte[] b = c.big.toByteArray();
          out.writeByte(1);
          out.writeInt(b.length);
          out.write(b);
        } else {
          out.writeByte(0);
          out.writeLong(c.share);
        }
      }
    }
  }

  /** Reads what {@link #writeTo} wrote into this empty table. */
  void readFrom(DataInput in, List<ComplexityLevel> ruleLevels, int keys) throws IOException {
    unit = in.readLong();
    check(unit >= 1 && unit % FIRST_UNIT == 0, "unit", unit);
    int levelCount = in.readInt();
    check(levelCount >= 0 && levelCount <= MAX_LEVELS, "number of levels", levelCount);
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
      boolean mixed = in.readBoolean();
      long first = in.readLong();
      long last = in.readLong();
      int records = in.readInt();
      check(records >= 1 && first <= last, "episode totals", records);
      int len = encode(id);
      byte[] b = scratch;
      int hash = hash(b, 0, len);
      check(find(b, 0, len, hash) < 0, "identifiers", "one episode twice");
      int e;
      try {
        e = create(b, 0, len, hash, l, first);
        touch(e, l, mixed, first, last);
      } catch (ArithmeticException ex) {
        throw new StreamCorruptedException(
            "Invalid value for days in a serial form of an accumulator: " + ex.getMessage());
      }
      int cellsOfEpisode = in.readInt();
      check(cellsOfEpisode >= 1 && cellsOfEpisode <= keys, "number of cells", cellsOfEpisode);
      long sum = 0;
      for (int i = 0; i < cellsOfEpisode; i++) {
        int key = in.readInt();
        check(key >= 0 && key < keys, "cell key", key);
        long count = in.readInt();
        long minutes = in.readLong();
        long groupSum = in.readLong();
        check(count >= 1, "cell count", count);
        sum += count;
        int tag = in.readByte();
        long share = 0;
        BigInteger big = null;
        check(minutes >= 0 && groupSum >= count, "cell totals", minutes);
        if (tag == 0) {
          share = in.readLong();
          check(share >= 0, "cell share", share);
        } else {
          check(tag == 1, "share tag", tag);
          int blen = in.readInt();
          check(blen >= 1 && blen <= 1 << 16, "share length", blen);
          byte[] bytes = new byte[blen];
          in.readFully(bytes);
          big = new BigInteger(bytes);
          check(big.signum() >= 0, "cell share", big);
        }
        Cursor c = cursor();
        c.of(e);
        while (c.next()) {
          check(c.key != key, "cell key", "one key twice");
        }
        try {
          addCell(e, key, count, minutes, groupSum, share, big);
        } catch (ArithmeticException ex) {
          throw new StreamCorruptedException(
              "Invalid value for cell totals in a serial form of an accumulator: "
                  + ex.getMessage());
        }
      }
      check(sum == records, "episode records", records);
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

  /**
   * Sorts the episodes of each cell page, {@code order[perPage[p]] .. order[perPage[p + 1] - 1]}
   * for page {@code p}, by where their cells stand in the page.
   */
  private void sortWithinPages(int[] order, int[] perPage) {
    long[] inPage = new long[0];
    for (int page = 0; page < cellPageCount; page++) {
      int from = perPage[page];
      int count = perPage[page + 1] - from;
      if (inPage.length < count) {
        inPage = new long[Math.max(count, 2 * inPage.length)];
      }
      for (int i = 0; i < count; i++) {
        int e = order[from + i];
        inPage[i] = ((long) (cellRef(e) & CELL_MASK) << 32) | e;
      }
      Arrays.sort(inPage, 0, count);
      for (int i = 0; i < count; i++) {
        order[from + i] = (int) inPage[i];
      }
    }
  }
}
