package io.github.cmpt.io;

import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads the rows of a part of a file straight from its bytes, for a character set in which
 * ASCII bytes are ASCII characters (UTF-8, US-ASCII, ISO-8859-1): a row whose bytes are all
 * printable ASCII, whose fields are unquoted or quoted without quotes or line breaks inside, and
 * whose values are all good (a level, kind and role of the rules, whole minutes and a group size,
 * an ISO date, each inside the rules) goes to the accumulator without a character decoded or an
 * object made. Any other row is handed, with its line, to the {@link CsvScanner} and
 * {@link RowHandler} of the character path, so that it counts and is reported exactly as if the
 * whole file were read that way; a row with a quoted field that may span lines hands the rest of
 * the part over.
 */
final class ByteRows {

  private static final int BUFFER = 1 << 20;
  private static final int OK = 0;
  private static final int EMPTY = 1;
  private static final int SLOW_LINE = 2;
  private static final int SLOW_REST = 3;

  private final RowHandler handler;
  private final CsvScanner scanner;
  private final EpisodeAccumulator accumulator;
  private final Charset charset;
  private final byte separator;
  private final int maxField;
  private final int fields;
  private final int[] columnOf;
  private final ComplexityLevel[] levels;
  private final ActivityKind[] kinds;
  private final Role[] roles;
  private final byte[][] levelCodes;
  private final byte[][] levelNames;
  private final boolean levelsAscii;
  private final byte[][] kindCodes;
  private final byte[][][] kindForms;
  private final byte[][] roleCodes;
  private final boolean rolesAscii;
  private final long maxMinutes;
  private final long firstDay;
  private final long lastDay;
  private final Slice slice;
  private final byte[] scratch = new byte[256];
  private final byte[] lastDate = new byte[10];
  private long lastEpochDay = Long.MIN_VALUE;

  private long line;
  private long good;
  private boolean quotedLineBreaks;
  /** The part of the episodes this reader reads, of {@link #parts}; 1 part for all. */
  private int part;
  private int parts = 1;
  private int episodeField = -1;
  /** Whether a row could not be read in a part alone: the file must be read in one pass. */
  private boolean abandoned;

  /**
   * Makes a reader of bytes for a handler that has read the header, with the scanner it read it
   * with (kept for the rows left to it).
   */
  ByteRows(RowHandler handler, CsvScanner scanner, Charset charset, char separator, int maxField) {
    this.handler = handler;
    this.scanner = scanner;
    this.accumulator = handler.accumulator();
    this.charset = charset;
    this.separator = (byte) separator;
    this.maxField = maxField;
    this.fields = handler.header().size();
    this.columnOf = handler.columns();
    EstimationRules rules = accumulator.rules();
    this.levels = rules.levels().toArray(new ComplexityLevel[0]);
    this.kinds = rules.kinds().toArray(new ActivityKind[0]);
    this.roles = rules.roles().toArray(new Role[0]);
    this.levelCodes = new byte[levels.length][];
    this.levelNames = new byte[levels.length][];
    boolean ascii = true;
    for (int i = 0; i < levels.length; i++) {
      levelCodes[i] = ascii(levels[i].code());
      levelNames[i] = ascii(levels[i].name());
      ascii &= levelCodes[i] != null && levelNames[i] != null;
    }
    this.levelsAscii = ascii;
    this.kindCodes = new byte[kinds.length][];
    this.kindForms = new byte[kinds.length][][];
    for (int i = 0; i < kinds.length; i++) {
      kindCodes[i] = ascii(kinds[i].code());
      kindForms[i] = new byte[][] {kindCodes[i], ascii(normalKind(kinds[i].name()))};
    }
    this.roleCodes = new byte[roles.length][];
    ascii = true;
    for (int i = 0; i < roles.length; i++) {
      roleCodes[i] = ascii(roles[i].code());
      ascii &= roleCodes[i] != null;
    }
    this.rolesAscii = ascii;
    this.maxMinutes = rules.maxMinutes();
    this.firstDay = rules.windowStart().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
    this.lastDay = rules.windowEnd().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
    this.slice = new Slice(charset);
  }

  /** Whether a file in a character set can be read by bytes, with a separator. */
  static boolean usable(Charset charset, char separator) {
    return separator < 0x80
        && (charset.equals(StandardCharsets.UTF_8)
            || charset.equals(StandardCharsets.US_ASCII)
            || charset.equals(StandardCharsets.ISO_8859_1));
  }

  /**
   * Returns the position after the header of a file, when the header is its first line and
   * holds no quote and no line break but its own (else -1, and the file is read by characters);
   * the header's bytes are then in {@code header[0, returned)}.
   */
  static int headerEnd(FileChannel channel, byte[] header) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(header);
    long at = 0;
    while (b.hasRemaining()) {
      int n = channel.read(b, at);
      if (n < 0) {
        break;
      }
      at += n;
    }
    int n = b.position();
    int start = n >= 3 && header[0] == (byte) 0xEF && header[1] == (byte) 0xBB
        && header[2] == (byte) 0xBF ? 3 : 0;
    for (int i = start; i < n; i++) {
      byte c = header[i];
      if (c == '"') {
        return -1;
      }
      if (c == '\r') {
        return i + 1 < n && header[i + 1] == '\n' && i > start ? i + 2 : -1;
      }
      if (c == '\n') {
        return i > start ? i + 1 : -1;
      }
    }
    return -1;
  }

  /** Returns the scanner's source for some bytes (the header's, say). */
  static CharSource slice(Charset charset, byte[] bytes, int from, int to) {
    Slice s = new Slice(charset);
    s.set(bytes, from, to);
    return s;
  }

  /**
   * Makes this reader read only the rows of one part of the episodes, by a hash of the bytes of
   * their identifier field: each row of the file belongs to one part, so readers of all parts
   * read each row once, and an episode written the same way is in one part only.
   */
  void partOf(int part, int parts) {
    this.part = part;
    this.parts = parts;
    for (int f = 0; f < columnOf.length; f++) {
      if (columnOf[f] == RowHandler.EPISODE) {
        episodeField = f;
      }
    }
  }

  /**
   * Whether a row could not be read by one part alone (a quoted field that may span lines, or
   * a lone carriage return, which moves the lines of the other parts): read the file in one
   * pass then.
   */
  boolean abandoned() {
    return abandoned;
  }

  /** Returns the part a line belongs to, by the bytes of its identifier field. */
  private int owner(byte[] b, int start, int end) {
    int p = start;
    for (int f = 0; f < episodeField; f++) {
      while (p < end && b[p] != separator) {
        p++;
      }
      if (p >= end) {
        return 0;
      }
      p++;
    }
    int q = p;
    while (q < end && b[q] != separator) {
      q++;
    }
    while (p < q && (b[p] == ' ' || b[p] == '"')) {
      p++;
    }
    while (q > p && (b[q - 1] == ' ' || b[q - 1] == '"' || b[q - 1] == '\r')) {
      q--;
    }
    int h = 0x811C9DC5;
    for (int i = p; i < q; i++) {
      h = (h ^ (b[i] & 0xFF)) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return (int) (((h & 0xFFFFFFFFL) * parts) >>> 32);
  }

  /** The number of line breaks read, from the line the part started at. */
  long line() {
    return line;
  }

  boolean sawQuotedLineBreaks() {
    return quotedLineBreaks;
  }

  /**
   * Reads the rows of {@code [from, to)} of a file, the first at a line of the file.
   *
   * @throws CsvFormatException when a row is malformed and the reader stops at malformed rows
   */
  void read(FileChannel channel, long from, long to, long atLine) throws IOException {
    line = atLine;
    byte[] buf = new byte[(int) Math.min(BUFFER, Math.max(16, to - from))];
    long bufAt = from;
    int len = 0;
    long next = from;
    try {
      while (true) {
        ByteBuffer bb = ByteBuffer.wrap(buf, len, (int) Math.min(buf.length - len, to - next));
        while (bb.hasRemaining()) {
          int n = channel.read(bb, next);
          if (n < 0) {
            break;
          }
          next += n;
        }
        len = bb.position();
        boolean eof = next >= to || len < buf.length;
        int start = 0;
        while (start < len) {
          int lf = indexOf(buf, start, len);
          if (lf < 0 && !eof) {
            break;
          }
          int end = lf < 0 ? len : lf;
          if (parts > 1 && owner(buf, start, end) != part) {
            if (lf >= 0) {
              line++;
            }
            start = lf < 0 ? len : lf + 1;
            continue;
          }
          int r = row(buf, start, end);
          if (r == SLOW_LINE && hasQuote(buf, start, end)) {
            // the character path may read a quoted field beyond this line
            r = SLOW_REST;
          }
          if (r == OK) {
            good++;
            if (lf >= 0) {
              line++;
            }
          } else if (r == EMPTY) {
            if (lf >= 0) {
              line++;
            }
          } else if (r == SLOW_LINE) {
            if (parts > 1 && loneCarriageReturn(buf, start, end)) {
              abandoned = true;
              return;
            }
            slowLine(buf, start, lf < 0 ? len : lf + 1);
          } else {
            if (parts > 1) {
              abandoned = true;
              return;
            }
            slowRest(channel, bufAt + start, to);
            return;
          }
          start = lf < 0 ? len : lf + 1;
        }
        if (eof && start >= len) {
          return;
        }
        if (start == 0 && len == buf.length) {
          // a line longer than the buffer
          if (parts > 1) {
            abandoned = true;
            return;
          }
          slowRest(channel, bufAt, to);
          return;
        }
        System.arraycopy(buf, start, buf, 0, len - start);
        bufAt += start;
        len -= start;
      }
    } finally {
      handler.countRows(good);
      good = 0;
    }
  }

  private static boolean hasQuote(byte[] b, int from, int end) {
    for (int i = from; i < end; i++) {
      if (b[i] == '"') {
        return true;
      }
    }
    return false;
  }

  private static boolean loneCarriageReturn(byte[] b, int from, int end) {
    for (int i = from; i < end; i++) {
      if (b[i] == '\r' && i + 1 < end) {
        return true;
      }
    }
    return false;
  }

  private static int indexOf(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void slowLine(byte[] b, int from, int to) throws IOException {
    slice.set(b, from, to);
    scanner.restart(slice, line);
    while (scanner.next()) {
      handler.row(scanner);
    }
    line = scanner.line();
  }

  private void slowRest(FileChannel channel, long from, long to) throws IOException {
    channel.position(from);
    scanner.restart(CharSource.of(channel, charset, to - from), line);
    while (scanner.next()) {
      handler.row(scanner);
    }
    line = scanner.line();
    quotedLineBreaks |= scanner.sawQuotedLineBreaks();
  }

  /** Reads one line, {@code [start, end)} without its line feed, when it is a good row. */
  private int row(byte[] b, int start, int lineEnd) {
    int end = lineEnd;
    if (end > start && b[end - 1] == '\r') {
      end--;
    }
    if (start == end) {
      return EMPTY;
    }
    int idFrom = 0;
    int idLength = 0;
    int level = -1;
    int kind = -1;
    int role = -1;
    long minutes = Long.MIN_VALUE;
    long day = Long.MIN_VALUE;
    int groupSize = 1;
    byte sep = separator;
    int p = start;
    int f = 0;
    while (true) {
      int fs;
      int fe;
      if (p < end && b[p] == '"') {
        int q = p + 1;
        while (q < end) {
          byte c = b[q];
          if (c == '"') {
            break;
          }
          if (c < 0x20 || c > 0x7E) {
            return SLOW_REST;
          }
          q++;
        }
        if (q >= end || (q + 1 < end && b[q + 1] != sep)) {
          return SLOW_REST;
        }
        fs = p + 1;
        fe = q;
        p = q + 1;
      } else {
        int q = p;
        while (q < end) {
          byte c = b[q];
          if (c == sep) {
            break;
          }
          if (c < 0x20 || c > 0x7E) {
            return SLOW_LINE;
          }
          q++;
        }
        fs = p;
        fe = q;
        p = q;
      }
      if (fe - fs > maxField || f >= fields) {
        return SLOW_LINE;
      }
      int column = columnOf[f];
      if (column >= 0) {
        while (fs < fe && b[fs] == ' ') {
          fs++;
        }
        while (fe > fs && b[fe - 1] == ' ') {
          fe--;
        }
        int n = fe - fs;
        switch (column) {
          case RowHandler.EPISODE:
            if (n == 0) {
              return SLOW_LINE;
            }
            idFrom = fs;
            idLength = n;
            break;
          case RowHandler.LEVEL:
            level = findLevel(b, fs, n);
            if (level < 0) {
              return SLOW_LINE;
            }
            break;
          case RowHandler.KIND:
            kind = findKind(b, fs, n);
            if (kind < 0) {
              return SLOW_LINE;
            }
            break;
          case RowHandler.ROLE:
            role = findRole(b, fs, n);
            if (role < 0) {
              return SLOW_LINE;
            }
            break;
          case RowHandler.MINUTES:
            minutes = Fields.parseLong(b, fs, n);
            if (minutes < 0 || minutes > maxMinutes) {
              return SLOW_LINE;
            }
            break;
          case RowHandler.DATE:
            day = date(b, fs, n);
            if (day == Fields.INVALID || day < firstDay || day > lastDay) {
              return SLOW_LINE;
            }
            break;
          default:
            if (n > 0) {
              long g = Fields.parseLong(b, fs, n);
              if (g < 1 || g > Integer.MAX_VALUE) {
                return SLOW_LINE;
              }
              groupSize = (int) g;
            }
            break;
        }
      }
      f++;
      if (p >= end) {
        break;
      }
      p++; // the separator
    }
    if (f != fields) {
      return SLOW_LINE;
    }
    accumulator.accept(
        b, idFrom, idLength, levels[level], kinds[kind], roles[role], minutes, day, groupSize);
    return OK;
  }

  /** Parses a date, remembering the last one: the rows of a file often come in date order. */
  private long date(byte[] b, int from, int n) {
    if (n == 10 && lastEpochDay != Long.MIN_VALUE) {
      boolean same = true;
      for (int i = 0; i < 10; i++) {
        if (b[from + i] != lastDate[i]) {
          same = false;
          break;
        }
      }
      if (same) {
        return lastEpochDay;
      }
    }
    long day = Fields.parseEpochDay(b, from, n);
    if (day != Fields.INVALID) {
      System.arraycopy(b, from, lastDate, 0, 10);
      lastEpochDay = day;
    }
    return day;
  }

  private int findLevel(byte[] b, int from, int n) {
    if (n == 0) {
      return -1;
    }
    for (int i = 0; i < levelCodes.length; i++) {
      if (same(levelCodes[i], b, from, n)) {
        return i;
      }
    }
    if (!levelsAscii) {
      return -1;
    }
    for (int i = 0; i < levelCodes.length; i++) {
      if (sameIgnoringCase(levelCodes[i], b, from, n)) {
        return i;
      }
    }
    for (int i = 0; i < levelNames.length; i++) {
      if (sameIgnoringCase(levelNames[i], b, from, n)) {
        return i;
      }
    }
    return -1;
  }

  private int findRole(byte[] b, int from, int n) {
    for (int i = 0; i < roleCodes.length; i++) {
      if (same(roleCodes[i], b, from, n)) {
        return i;
      }
    }
    if (!rolesAscii) {
      return -1;
    }
    for (int i = 0; i < roleCodes.length; i++) {
      if (sameIgnoringCase(roleCodes[i], b, from, n)) {
        return i;
      }
    }
    return -1;
  }

  /** Finds a kind by code, or by code or name after the normalisation of the character path. */
  private int findKind(byte[] b, int from, int n) {
    for (int k = 0; k < kindCodes.length; k++) {
      if (same(kindCodes[k], b, from, n)) {
        return k;
      }
    }
    if (n > scratch.length) {
      return -1;
    }
    int len = 0;
    boolean space = false;
    for (int i = from; i < from + n; i++) {
      byte c = b[i];
      if (c == ' ') {
        space = true;
        continue;
      }
      if (space) {
        scratch[len++] = '-';
        space = false;
      }
      scratch[len++] = c == '_' ? (byte) '-' : c >= 'A' && c <= 'Z' ? (byte) (c + 32) : c;
    }
    for (int k = 0; k < kindForms.length; k++) {
      for (byte[] form : kindForms[k]) {
        if (same(form, scratch, 0, len)) {
          return k;
        }
      }
    }
    return -1;
  }

  private static boolean same(byte[] s, byte[] b, int from, int n) {
    if (s == null || s.length != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s[i] != b[from + i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameIgnoringCase(byte[] s, byte[] b, int from, int n) {
    if (s == null || s.length != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      int x = s[i];
      int y = b[from + i];
      if (x != y) {
        if (x >= 'A' && x <= 'Z') {
          x += 32;
        }
        if (y >= 'A' && y <= 'Z') {
          y += 32;
        }
        if (x != y) {
          return false;
        }
      }
    }
    return true;
  }

  /** The bytes of a text all of whose characters are printable ASCII, else null. */
  private static byte[] ascii(String s) {
    byte[] b = new byte[s.length()];
    for (int i = 0; i < b.length; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        return null;
      }
      b[i] = (byte) c;
    }
    return b;
  }

  private static String normalKind(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("\\s+", "-");
  }

  /** Characters decoded from a range of bytes, every bad sequence reported. */
  static final class Slice implements CharSource {
    private final CharsetDecoder decoder;
    private ByteBuffer bytes = ByteBuffer.allocate(0);
    private boolean done;

    Slice(Charset charset) {
      this.decoder =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    void set(byte[] b, int from, int to) {
      bytes = ByteBuffer.wrap(b, from, to - from);
      decoder.reset();
      done = false;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (done) {
        return END;
      }
      CharBuffer out = CharBuffer.wrap(buf, off, len);
      CoderResult r = decoder.decode(bytes, out, true);
      int n = out.position() - off;
      if (r.isError()) {
        if (n > 0) {
          return n;
        }
        bytes.position(bytes.position() + r.length());
        return BAD_BYTES;
      }
      if (n > 0) {
        return n;
      }
      decoder.flush(out);
      done = true;
      n = out.position() - off;
      return n > 0 ? n : END;
    }
  }
}
