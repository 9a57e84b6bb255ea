package io.github.cmpt.io;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits characters into rows of fields, as RFC 4180 with a chosen separator: fields may be
 * quoted, a quote inside a quoted field is doubled, a quoted field may hold separators and line
 * breaks; line breaks are LF, CR LF or CR; empty lines are skipped; a byte order mark at the start
 * is dropped. A quote inside an unquoted field, or text after the closing quote, is kept as text.
 *
 * <p>Hostile input never stops the scanner nor makes it hold more than a bounded amount of text:
 * a field longer than the maximum is counted but not kept ({@link CsvRule#FIELD_TOO_LONG});
 * bytes that are not valid in the character set are skipped ({@link CsvRule#ENCODING}); a quoted
 * field that spans lines and is not closed within the maximum, or before the end of the input,
 * ends its row at the line where it was opened ({@link CsvRule#UNCLOSED_QUOTE}), and the scanner
 * reads again from the line after that one, so that the rows it swallowed are not lost. Each
 * row carries the first such problem; the caller decides what to do with it.
 *
 * <p>Only the first {@link #keep(int)} fields of a row are kept (those the reader uses); the
 * others are counted.
 */
final class CsvScanner {

  private static final int SEPARATOR = 0;
  private static final int ROW_END = 1;
  private static final int BUFFER = 1 << 16;

  /**
   * Stands for bytes that are not valid in the character set, where they were: the noncharacter
   * U+FFFF, itself never valid text, so a file that holds it breaks the same rule.
   */
  private static final char BAD = '\uFFFF';

  private CharSource source;
  private final String name;
  private final char separator;
  private final int maxField;

  private char[] buf = new char[BUFFER];
  private int pos;
  private int limit;
  private boolean ended;
  private long line = 1;
  private boolean atStart = true;
  private boolean quotedLineBreaks;

  private int keep = Integer.MAX_VALUE;
  private char[] data = new char[256];
  private int dataLength;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private long[] lines = new long[16];
  private long rowLine;
  private int fieldCount;
  private int fieldLength;

  private @Nullable CsvRule problem;
  private int problemColumn;
  private long problemLine;

  /** The characters of a quoted field after its first line break, to read again if unclosed. */
  private char[] replay = new char[0];

  private int replayLength;
  private long replayLine;

  CsvScanner(CharSource source, String name, char separator, int maxField) {
    this.source = source;
    this.name = name;
    this.separator = separator;
    this.maxField = maxField;
  }

  /**
   * Reads from another source from now on, as if it started at a line of the file and not at
   * its start (no byte order mark is looked for); what is left of the former source is dropped.
   */
  void restart(CharSource next, long atLine) {
    source = next;
    pos = 0;
    limit = 0;
    ended = false;
    atStart = false;
    line = atLine;
    if (buf.length > BUFFER) {
      buf = new char[BUFFER];
    }
  }

  /** The line the scanner is at: the line of the next row, unless empty lines come first. */
  long line() {
    return line;
  }

  /** Keeps the first {@code n} fields of each row from now on. */
  void keep(int n) {
    keep = n;
  }

  /** Whether a quoted field held a line break, or was unclosed at the end of the input. */
  boolean sawQuotedLineBreaks() {
    return quotedLineBreaks;
  }

  /** The number of lines read, the last one counted even without a line break. */
  long lines() {
    return line - 1;
  }

  long rowLine() {
    return rowLine;
  }

  int fieldCount() {
    return fieldCount;
  }

  /** The number of fields kept, at most {@link #keep(int)}. */
  int kept() {
    return Math.min(fieldCount, keep);
  }

  char[] data() {
    return data;
  }

  int start(int field) {
    return starts[field];
  }

  int end(int field) {
    return ends[field];
  }

  /** The line where a kept field starts. */
  long line(int field) {
    return lines[field];
  }

  /** The first problem of the row in how it was made, or null. */
  @Nullable CsvRule problem() {
    return problem;
  }

  /** The column, from 1, of the row's problem. */
  int problemColumn() {
    return problemColumn;
  }

  /** The line of the row's problem. */
  long problemLine() {
    return problemLine;
  }

  /**
   * Reads the next row that is not an empty line.
   *
   * @return false at the end of the input
   * @throws IOException when the source cannot be read, or a reader's decoder reports bad input
   */
  boolean next() throws IOException {
    problem = null;
    fieldCount = 0;
    while (true) {
      if (pos >= limit && !fill()) {
        return false;
      }
      char c = buf[pos];
      if (c == BAD) {
        break;
      }
      if (atStart) {
        atStart = false;
        if (c == '\uFEFF') {
          pos++;
          continue;
        }
      }
      if (c == '\n') {
        pos++;
        line++;
      } else if (c == '\r') {
        pos++;
        line++;
        skipLineFeed();
      } else {
        break;
      }
    }
    rowLine = line;
    fieldCount = 0;
    dataLength = 0;
    problem = null;
    while (field() == SEPARATOR) {
      // next field
    }
    return true;
  }

  private int field() throws IOException {
    int index = fieldCount++;
    boolean kept = index < keep;
    if (kept && index >= starts.length) {
      int n = Math.max(index + 1, 2 * starts.length);
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      lines = Arrays.copyOf(lines, n);
    }
    int start = dataLength;
    fieldLength = 0;
    long fieldLine = line;
    if (kept) {
      starts[index] = start;
      lines[index] = fieldLine;
    }
    if (pos >= limit) {
      fill();
    }
    int result;
    if (pos < limit && buf[pos] == '"') {
      pos++;
      result = quoted(index, kept, start, fieldLine);
    } else {
      result = unquoted(index, kept, start);
    }
    if (kept) {
      ends[index] = dataLength;
    }
    return result;
  }

  private int unquoted(int index, boolean kept, int start) throws IOException {
    while (true) {
      if (pos >= limit && !fill()) {
        return ROW_END;
      }
      char c = buf[pos++];
      if (c == separator) {
        return SEPARATOR;
      }
      if (c == '\n') {
        line++;
        return ROW_END;
      }
      if (c == '\r') {
        line++;
        skipLineFeed();
        return ROW_END;
      }
      append(c, index, kept, start);
    }
  }

  private int quoted(int index, boolean kept, int start, long quoteLine) throws IOException {
    boolean multiLine = false;
    while (true) {
      if (pos >= limit && !fill()) {
        quotedLineBreaks = true;
        return unclosed(index, quoteLine, multiLine);
      }
      char c = buf[pos++];
      if (multiLine && !keepForReplay(c)) {
        pos--;
        return unclosed(index, quoteLine, true);
      }
      if (c == '"') {
        if (pos >= limit) {
          fill();
        }
        if (pos < limit && buf[pos] == '"') {
          pos++;
          if (multiLine && !keepForReplay('"')) {
            pos--;
            return unclosed(index, quoteLine, true);
          }
          append('"', index, kept, start);
          continue;
        }
        if (multiLine && pos < limit && !endsField(buf[pos])) {
          // text after the closing quote of a field that spans lines: this quote opens a field
          // of a later row, and the quote of this field was never closed
          return unclosed(index, quoteLine, true);
        }
        return unquoted(index, kept, start); // text after the closing quote is kept as text
      }
      if (c == '\n' || c == '\r') {
        line++;
        if (c == '\r') {
          if (pos >= limit) {
            fill();
          }
          if (pos < limit && buf[pos] == '\n') {
            pos++;
            if (multiLine && !keepForReplay('\n')) {
              pos--;
              return unclosed(index, quoteLine, true);
            }
          }
        }
        if (!multiLine) {
          multiLine = true;
          quotedLineBreaks = true;
          replayLength = 0;
          replayLine = line;
        }
        append('\n', index, kept, start);
        continue;
      }
      append(c, index, kept, start);
    }
  }

  private boolean endsField(char c) {
    return c == separator || c == '\n' || c == '\r';
  }

  /** Keeps a character of a quoted field after its first line break; false when too many. */
  private boolean keepForReplay(char c) {
    if (replayLength >= maxField) {
      return false;
    }
    if (replayLength == replay.length) {
      replay = Arrays.copyOf(replay, Math.min(maxField, Math.max(256, 2 * replay.length)));
    }
    replay[replayLength++] = c;
    return true;
  }

  /**
   * Ends the row at an unclosed quote; when the field spans lines, reads again from the line
   * after the one where it was opened.
   */
  private int unclosed(int index, long quoteLine, boolean multiLine) {
    problem(CsvRule.UNCLOSED_QUOTE, index, quoteLine);
    if (multiLine) {
      int rest = limit - pos;
      char[] b = new char[Math.max(BUFFER, replayLength + rest)];
      System.arraycopy(replay, 0, b, 0, replayLength);
      System.arraycopy(buf, pos, b, replayLength, rest);
      buf = b;
      pos = 0;
      limit = replayLength + rest;
      line = replayLine;
      replayLength = 0;
      if (replay.length > BUFFER) {
        replay = new char[0];
      }
    }
    return ROW_END;
  }

  private void append(char c, int index, boolean kept, int start) {
    if (c == BAD) {
      problem(CsvRule.ENCODING, index, line);
      return;
    }
    if (fieldLength++ >= maxField) {
      if (fieldLength == maxField + 1) {
        problem(CsvRule.FIELD_TOO_LONG, index, line);
      }
      return;
    }
    if (!kept) {
      return;
    }
    if (dataLength == data.length) {
      data = Arrays.copyOf(data, 2 * data.length);
    }
    data[dataLength++] = c;
  }

  private void problem(CsvRule rule, int index, long at) {
    if (problem == null
        || (rule == CsvRule.UNCLOSED_QUOTE && problem != CsvRule.UNCLOSED_QUOTE)) {
      problem = rule;
      problemColumn = index + 1;
      problemLine = at;
    }
  }

  private void skipLineFeed() throws IOException {
    if (pos >= limit) {
      fill();
    }
    if (pos < limit && buf[pos] == '\n') {
      pos++;
    }
  }

  /** Refills the buffer once it is all read; false at the end of the input. */
  private boolean fill() throws IOException {
    if (pos < limit) {
      return true;
    }
    if (ended) {
      return false;
    }
    if (buf.length > BUFFER) {
      buf = new char[BUFFER];
    }
    pos = 0;
    limit = 0;
    while (true) {
      int n;
      try {
        n = source.read(buf, 0, buf.length);
      } catch (CharacterCodingException e) {
        throw new CsvFormatException(
            new CsvProblem(name, line, 0, null, CsvRule.ENCODING,
                "characters that the reader could not decode"),
            e);
      }
      if (n > 0) {
        limit = n;
        return true;
      }
      if (n == CharSource.BAD_BYTES) {
        buf[0] = BAD;
        limit = 1;
        return true;
      }
      if (n == 0) {
        continue;
      }
      ended = true;
      return false;
    }
  }
}
