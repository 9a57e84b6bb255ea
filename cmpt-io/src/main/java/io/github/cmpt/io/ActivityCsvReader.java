package io.github.cmpt.io;

import io.github.cmpt.estimate.EpisodeAccumulator;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Reads activity records from a CSV file with a header, straight into an
 * {@link EpisodeAccumulator}, such as
 * {@code ActivityCsvReader[separator ',', UTF-8, on malformed rows fail]}.
 *
 * <p><b>Columns</b>, found by their name in the header (ignoring case, spaces, hyphens and
 * underscores, in any order; other columns are ignored):
 * <table class="striped">
 *   <caption>Columns of an activity file</caption>
 *   <thead>
 *     <tr><th scope="col">Column</th><th scope="col">Value</th><th scope="col">Example</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">{@code episode}</th><td>identifier of the episode of care (or
 *         client), not blank</td><td>{@code E-1042}</td></tr>
 *     <tr><th scope="row">{@code level}</th><td>code or name of one of the rules'
 *         {@linkplain io.github.cmpt.estimate.EstimationRules#levels() levels}, ignoring case;
 *         blank when not recorded</td><td>{@code M}</td></tr>
 *     <tr><th scope="row">{@code kind}</th><td>code or name of one of the rules' activity
 *         kinds, ignoring case, spaces or underscores for hyphens</td>
 *         <td>{@code group-intervention}</td></tr>
 *     <tr><th scope="row">{@code role}</th><td>code of one of the rules' roles, ignoring
 *         case</td><td>{@code PT}</td></tr>
 *     <tr><th scope="row">{@code minutes}</th><td>whole minutes, optionally signed; for a group
 *         session, its length</td><td>{@code 45}</td></tr>
 *     <tr><th scope="row">{@code date}</th><td>ISO-8601 calendar date, {@code yyyy-mm-dd}</td>
 *         <td>{@code 2025-03-04}</td></tr>
 *     <tr><th scope="row">{@code group_size}</th><td>optional column; number of clients in a
 *         group session, blank for a session with one client</td><td>{@code 6}</td></tr>
 *   </tbody>
 * </table>
 * Values are trimmed. Empty lines are skipped. A byte order mark at the start is ignored. Fields
 * are as RFC 4180, with the separator chosen: a field may be quoted, a quote inside it doubled,
 * and a quoted field may hold separators and line breaks.
 *
 * <p><b>Bad input.</b> A header without one of the six required columns, or with one twice,
 * throws a {@link CsvFormatException}. Every data row counts once, read into the accumulator or
 * rejected under the first {@link CsvRule} it breaks. A row that cannot be read is
 * <em>malformed</em>: bytes not valid in the character set (never replaced), a quoted field not
 * closed, a field longer than {@link Builder#maxFieldChars(int) the maximum}, fewer or more fields
 * than the header, a blank identifier, a number or date not in the format above. By default the
 * reader stops at the first with a {@link CsvFormatException} naming the line and column, such as
 * {@code visits.csv, line 12, column 5 (minutes): not a whole number of minutes (a value of 3
 * characters)}; with {@link OnMalformedRow#REJECT} it counts the row as
 * {@link io.github.cmpt.estimate.Rejection#MALFORMED} and goes on. A row that can be read but
 * breaks a rule of the estimator (no level, an unknown level, kind or role, negative or absurd
 * minutes, a group size below 1, a date outside the window) is counted by the accumulator under
 * its reason. For each rule, the report counts the rows and keeps the place of the first
 * {@link Builder#maxProblemsPerRule(int) few}.
 *
 * <p>Hostile files are read to the end: a quoted field that spans lines and is not closed
 * within the longest field allowed, before the end of the file, and followed by a separator or a
 * line break, rejects the row where it was opened, and the reading goes on from the next line, so
 * the rows it would swallow are read; a
 * field that is too long rejects its row, and is never held in memory. No message quotes a value
 * of the file: a value that breaks a rule may be an identifier shifted under another column, so a
 * message gives its length and the rule.
 *
 * <p><b>Cost.</b> A file given by its path in UTF-8, US-ASCII or ISO-8859-1, with an ASCII
 * separator and its header on the first line, is read as bytes, 1 MB at a time: a good row (all
 * printable ASCII, fields unquoted or quoted without a quote or line break inside, every value
 * good under the rules) goes from the bytes to
 * {@link EpisodeAccumulator#accept(byte[], int, int, io.github.cmpt.vocabulary.ComplexityLevel,
 * io.github.cmpt.vocabulary.ActivityKind, io.github.cmpt.vocabulary.Role, long, long, int)}
 * without a character decoded or an object made; any other row is decoded and read as below, so
 * that it counts and its problem is placed exactly as it would be. Otherwise the reader parses
 * the characters itself: the identifier is handed to the accumulator in a reused buffer, codes
 * are compared in place with the rules' levels, kinds and roles, numbers and dates are parsed in
 * place. No object is made for a good row of an episode already seen, and the memory used does
 * not depend on the file: a buffer, and at most the longest field allowed per column read.
 *
 * <pre>{@code
 * EpisodeAccumulator acc = new EpisodeAccumulator(rules);
 * CsvReadReport report = ActivityCsvReader.standard().read(Path.of("visits.csv"), acc);
 * Estimates estimates = acc.estimates();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe; each read uses its own state.
 */
public final class ActivityCsvReader {

  /** The default number of problems kept in a report for each rule: 10. */
  public static final int DEFAULT_MAX_PROBLEMS_PER_RULE = 10;

  /** The default length of the longest field, in characters: 65,536. */
  public static final int DEFAULT_MAX_FIELD_CHARS = 1 << 16;

  private static final ActivityCsvReader STANDARD = builder().build();

  private final char separator;
  private final Charset charset;
  private final OnMalformedRow onMalformedRow;
  private final int maxProblemsPerRule;
  private final int maxFieldChars;
  private final int threads;
  private final boolean byBytes;

  private ActivityCsvReader(Builder b) {
    this.threads = b.threads;
    this.byBytes = b.byBytes;
    this.separator = b.separator;
    this.charset = b.charset;
    this.onMalformedRow = b.onMalformedRow;
    this.maxProblemsPerRule = b.maxProblemsPerRule;
    this.maxFieldChars = b.maxFieldChars;
  }

  /**
   * Returns the reader of comma-separated UTF-8 files that stops at the first malformed row.
   *
   * @return the standard reader
   */
  public static ActivityCsvReader standard() {
    return STANDARD;
  }

  /**
   * Returns a builder, starting from the standard settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a file into an accumulator, decoding its bytes in the reader's character set; bytes
   * that are not valid in it break {@link CsvRule#ENCODING}. The source named in problems is the
   * file name.
   *
   * @param file the file, not null
   * @param into the accumulator, whose rules name the levels, not null
   * @return what was read
   * @throws IOException when the file cannot be read
   * @throws CsvFormatException when the header lacks a column, or a row is malformed and the
   *     reader stops at malformed rows; the accumulator then holds the rows before it
   * @throws IllegalArgumentException when the accumulator's rules name no level
   */
  public CsvReadReport read(Path file, EpisodeAccumulator into) throws IOException {
    Args.notNull(file, "file");
    Args.notNull(into, "into");
    if (threads > 1 && headerEnd(file) > 0) {
      return readInParts(file, into);
    }
    if (threads > 1 && splittable(charset)) {
      long size = Files.size(file);
      long[] starts = new long[threads];
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        for (int i = 1; i < threads; i++) {
          starts[i] = lineStart(channel, Math.max(size * i / threads, starts[i - 1]), size);
        }
      }
      return read(file, into, starts);
    }
    return readOnePass(file, into);
  }

  private CsvReadReport readOnePass(Path file, EpisodeAccumulator into) throws IOException {
    String source = sourceName(file);
    RowHandler handler = handler(source, into);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      if (byBytes && ByteRows.usable(charset, separator)) {
        long size = channel.size();
        byte[] head = new byte[(int) Math.min(size, HEADER_BYTES)];
        int end = ByteRows.headerEnd(channel, head);
        if (end > 0) {
          CsvScanner scanner =
              new CsvScanner(ByteRows.slice(charset, head, 0, end), source, separator,
                  maxFieldChars);
          handler.readHeader(scanner);
          ByteRows rows = new ByteRows(handler, scanner, charset, separator, maxFieldChars);
          rows.read(channel, end, size, scanner.line());
          return handler.problems().report(source, handler.rows());
        }
      }
      return read(handler, CharSource.of(channel, charset, Long.MAX_VALUE), source);
    }
  }

  /**
   * Reads a file that can be read by bytes on as many threads as asked, each reading the rows of
   * one part of the episodes (by a hash of their identifier's bytes) into an accumulator of its
   * own: the parts hold different episodes, so the merge is short, and each row is read once.
   * When a row cannot be read by one part alone, or a row is malformed and the reader stops at
   * malformed rows, the file is read again in one pass, so that the accumulator holds exactly
   * the rows before that one.
   */
  private CsvReadReport readInParts(Path file, EpisodeAccumulator into) throws IOException {
    String source = sourceName(file);
    RowHandler template = handler(source, into);
    long size;
    int end;
    byte[] head;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      size = channel.size();
      head = new byte[(int) Math.min(size, HEADER_BYTES)];
      end = ByteRows.headerEnd(channel, head);
    }
    if (end <= 0) {
      return readOnePass(file, into);
    }
    CsvScanner headerScanner =
        new CsvScanner(ByteRows.slice(charset, head, 0, end), source, separator, maxFieldChars);
    template.readHeader(headerScanner);
    long firstLine = headerScanner.line();
    int parts = threads;
    ExecutorService pool = Executors.newFixedThreadPool(parts, r -> {
      Thread t = new Thread(r, "cmpt-csv-part");
      t.setDaemon(true);
      return t;
    });
    List<EpisodeAccumulator> accumulators = new ArrayList<>();
    List<RowHandler> handlers = new ArrayList<>();
    boolean again = false;
    try {
      List<Future<ByteRows>> futures = new ArrayList<>();
      for (int i = 0; i < parts; i++) {
        EpisodeAccumulator acc = new EpisodeAccumulator(into.rules());
        RowHandler handler =
            new RowHandler(acc, source, onMalformedRow, maxFieldChars, maxProblemsPerRule);
        handler.useHeader(template);
        accumulators.add(acc);
        handlers.add(handler);
        int part = i;
        futures.add(pool.submit(() -> {
          try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            CsvScanner scanner =
                new CsvScanner(ByteRows.slice(charset, new byte[0], 0, 0), source, separator,
                    maxFieldChars);
            scanner.keep(handler.keep());
            ByteRows rows = new ByteRows(handler, scanner, charset, separator, maxFieldChars);
            rows.partOf(part, parts);
            rows.read(channel, end, size, firstLine);
            return rows;
          }
        }));
      }
      for (Future<ByteRows> f : futures) {
        try {
          again |= f.get().abandoned();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof CsvFormatException)) {
            throw e;
          }
          again = true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading " + source);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IOException(cause);
    } finally {
      pool.shutdownNow();
    }
    if (again) {
      return readOnePass(file, into);
    }
    // the other parts into the first, which the accumulator given then takes over
    EpisodeAccumulator first = accumulators.get(0);
    for (int i = 1; i < parts; i++) {
      first.absorb(accumulators.get(i));
      accumulators.set(i, null);
    }
    into.absorb(first);
    Problems problems = new Problems(maxProblemsPerRule);
    long rows = 0;
    for (RowHandler h : handlers) {
      problems.addByLine(h.problems());
      rows += h.rows();
    }
    return problems.report(source, rows);
  }

  /** The most bytes looked at for a header that can be read by bytes. */
  private static final int HEADER_BYTES = 1 << 20;

  /** Returns the position after the header when the file can be read by bytes, else -1. */
  private int headerEnd(Path file) throws IOException {
    if (!byBytes || !ByteRows.usable(charset, separator)) {
      return -1;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return ByteRows.headerEnd(channel, new byte[(int) Math.min(channel.size(), HEADER_BYTES)]);
    }
  }

  private static String sourceName(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }

  /** Whether a line feed byte is always a line feed character, so a file can be split there. */
  private static boolean splittable(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8)
        || charset.equals(StandardCharsets.US_ASCII)
        || charset.equals(StandardCharsets.ISO_8859_1);
  }

  /** Returns the position after the first line feed at or after a position, or the size. */
  private static long lineStart(FileChannel channel, long from, long size) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(1 << 12);
    long at = from;
    while (at < size) {
      b.clear();
      int n = channel.read(b, at);
      if (n <= 0) {
        break;
      }
      for (int i = 0; i < n; i++) {
        if (b.get(i) == '\n') {
          return at + i + 1;
        }
      }
      at += n;
    }
    return size;
  }

  /**
   * Reads a file in parts that start at the given byte positions (the first 0, each after a line
   * feed), one thread per part, into one accumulator per part, then merged in the order of the
   * file; when a quoted field holds a line break (a part may then start inside a field), reads the
   * file again in one pass.
   */
  CsvReadReport read(Path file, EpisodeAccumulator into, long[] starts) throws IOException {
    String source = sourceName(file);
    RowHandler template = handler(source, into);
    long size = Files.size(file);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      template.readHeader(
          new CsvScanner(CharSource.of(channel, charset, size), source, separator, maxFieldChars));
    }
    int parts = starts.length;
    int headerEnd = headerEnd(file);
    List<Part> done = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(parts, r -> {
      Thread t = new Thread(r, "cmpt-csv-part");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Part>> futures = new ArrayList<>();
      for (int i = 0; i < parts; i++) {
        long from = starts[i];
        long to = i + 1 < parts ? starts[i + 1] : size;
        boolean first = i == 0;
        futures.add(
            pool.submit(() -> part(file, source, into, template, from, to, first, headerEnd)));
      }
      for (Future<Part> f : futures) {
        done.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading " + source);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new IOException(cause);
    } finally {
      pool.shutdownNow();
    }
    for (Part p : done) {
      if (p.quotedLineBreaks && parts > 1) {
        return readOnePass(file, into);
      }
    }
    // the parts up to the first that failed, merged into the first from the last, each let go
    // once merged, so that at most two copies of the episodes are held at once
    int last = 0;
    while (last < parts - 1 && done.get(last).failure == null) {
      last++;
    }
    EpisodeAccumulator[] accumulators = new EpisodeAccumulator[parts];
    for (int i = 0; i < parts; i++) {
      accumulators[i] = done.get(i).take();
    }
    for (int i = last; i >= 1; i--) {
      accumulators[0].merge(accumulators[i]);
      accumulators[i] = null;
    }
    into.merge(accumulators[0]);
    accumulators[0] = null;
    Problems problems = new Problems(maxProblemsPerRule);
    long rows = 0;
    long lines = 0;
    for (Part p : done) {
      CsvFormatException failure = p.failure;
      if (failure != null) {
        // the problem at its line in the file; the part's own exception, with the line in its
        // part, is not kept as the cause
        Throwable cause = failure.getCause();
        throw cause == null
            ? new CsvFormatException(failure.problem().movedBy(lines))
            : new CsvFormatException(failure.problem().movedBy(lines), cause);
      }
      problems.addPart(p.handler.problems(), lines);
      rows += p.handler.rows();
      lines += p.lines;
    }
    return problems.report(source, rows);
  }

  /** What one thread read of a part of a file. */
  private static final class Part {
    /** Returns the accumulator of the part, once: the part lets go of it. */
    EpisodeAccumulator take() {
      EpisodeAccumulator a = java.util.Objects.requireNonNull(accumulator);
      accumulator = null;
      return a;
    }

    private @Nullable EpisodeAccumulator accumulator;
    final RowHandler handler;
    final long lines;
    final boolean quotedLineBreaks;
    final @Nullable CsvFormatException failure;

    Part(EpisodeAccumulator accumulator, RowHandler handler, long lines, boolean quotedLineBreaks,
        @Nullable CsvFormatException failure) {
      this.accumulator = accumulator;
      this.handler = handler;
      this.lines = lines;
      this.quotedLineBreaks = quotedLineBreaks;
      this.failure = failure;
    }
  }

  private Part part(
      Path file, String source, EpisodeAccumulator into, RowHandler template, long from, long to,
      boolean first, int headerEnd) throws IOException {
    EpisodeAccumulator acc = new EpisodeAccumulator(into.rules());
    RowHandler handler = new RowHandler(acc, source, onMalformedRow, maxFieldChars,
        maxProblemsPerRule);
    handler.useHeader(template);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      if (headerEnd > 0 && (!first || from == 0)) {
        CsvScanner scanner =
            new CsvScanner(ByteRows.slice(charset, new byte[0], 0, 0), source, separator,
                maxFieldChars);
        scanner.keep(handler.keep());
        ByteRows rows = new ByteRows(handler, scanner, charset, separator, maxFieldChars);
        CsvFormatException failure = null;
        try {
          rows.read(channel, first ? headerEnd : from, to, first ? 2 : 1);
        } catch (CsvFormatException e) {
          failure = e;
        }
        return new Part(acc, handler, rows.line() - 1, rows.sawQuotedLineBreaks(), failure);
      }
      channel.position(from);
      CsvScanner scanner =
          new CsvScanner(CharSource.of(channel, charset, to - from), source, separator,
              maxFieldChars);
      if (first) {
        scanner.next(); // the header, read already
      }
      scanner.keep(handler.keep());
      CsvFormatException failure = null;
      try {
        while (scanner.next()) {
          handler.row(scanner);
        }
      } catch (CsvFormatException e) {
        failure = e;
      }
      // a part that ends without a line feed ends its last line
      return new Part(acc, handler, scanner.lines(), scanner.sawQuotedLineBreaks(), failure);
    }
  }

  /**
   * Reads characters into an accumulator. The characters are decoded by the reader given: to
   * have bad bytes reported rather than replaced, give a reader whose decoder reports them (then
   * they throw a {@link CsvFormatException} naming the line).
   *
   * @param reader the characters, not closed by this method, not null
   * @param source the name of the source in problems, such as a file name, not null
   * @param into the accumulator, whose rules name the levels, not null
   * @return what was read
   * @throws IOException when the characters cannot be read
   * @throws CsvFormatException when the header lacks a column, or a row is malformed and the
   *     reader stops at malformed rows; the accumulator then holds the rows before it
   * @throws IllegalArgumentException when the accumulator's rules name no level
   */
  public CsvReadReport read(Reader reader, String source, EpisodeAccumulator into)
      throws IOException {
    Args.notNull(reader, "reader");
    RowHandler handler = handler(Args.notNull(source, "source"), into);
    return read(handler, CharSource.of(reader), source);
  }

  private RowHandler handler(String source, EpisodeAccumulator into) {
    Args.notNull(into, "into");
    Args.check(
        !into.rules().levels().isEmpty(),
        "into.rules().levels()",
        "at least one level, to look level codes up",
        "none");
    return new RowHandler(into, source, onMalformedRow, maxFieldChars, maxProblemsPerRule);
  }

  private CsvReadReport read(RowHandler handler, CharSource chars, String source)
      throws IOException {
    CsvScanner scanner = new CsvScanner(chars, source, separator, maxFieldChars);
    handler.readHeader(scanner);
    while (scanner.next()) {
      handler.row(scanner);
    }
    return handler.problems().report(source, handler.rows());
  }

  /**
   * Returns whether another object is a reader with the same settings.
   *
   * @param obj the other object
   * @return true for an equal reader
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof ActivityCsvReader)) {
      return false;
    }
    ActivityCsvReader r = (ActivityCsvReader) obj;
    return separator == r.separator
        && charset.equals(r.charset)
        && onMalformedRow == r.onMalformedRow
        && maxProblemsPerRule == r.maxProblemsPerRule
        && maxFieldChars == r.maxFieldChars
        && threads == r.threads;
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        separator, charset, onMalformedRow, maxProblemsPerRule, maxFieldChars, threads);
  }

  /**
   * Returns the settings, such as
   * {@code ActivityCsvReader[separator ',', UTF-8, on malformed rows fail]}.
   *
   * @return the reader as text
   */
  @Override
  public String toString() {
    return "ActivityCsvReader[separator '"
        + separator
        + "', "
        + charset
        + ", on malformed rows "
        + (onMalformedRow == OnMalformedRow.FAIL
            ? "fail"
            : "reject")
        + (maxProblemsPerRule == DEFAULT_MAX_PROBLEMS_PER_RULE
            ? ""
            : ", keep " + maxProblemsPerRule + " problems per rule")
        + (maxFieldChars == DEFAULT_MAX_FIELD_CHARS
            ? ""
            : ", fields up to " + maxFieldChars + " characters")
        + (threads == 1 ? "" : ", " + threads + " threads")
        + "]";
  }

  /**
   * Builds an {@link ActivityCsvReader}.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {
    private char separator = ',';
    private Charset charset = StandardCharsets.UTF_8;
    private OnMalformedRow onMalformedRow = OnMalformedRow.FAIL;
    private int maxProblemsPerRule = DEFAULT_MAX_PROBLEMS_PER_RULE;
    private int maxFieldChars = DEFAULT_MAX_FIELD_CHARS;
    private int threads = 1;
    private boolean byBytes = true;

    private Builder() {}

    /** Whether good rows are read straight from the bytes (true by default); for tests. */
    Builder byBytes(boolean byBytes) {
      this.byBytes = byBytes;
      return this;
    }

    /**
     * Sets the field separator, such as {@code ';'} for files of spreadsheets in locales with a
     * decimal comma.
     *
     * @param separator the separator, not a quote, line break or letter or digit
     * @return this builder
     * @throws IllegalArgumentException when the separator is not usable
     */
    public Builder separator(char separator) {
      Args.check(
          separator != '"' && separator != '\r' && separator != '\n'
              && !Character.isLetterOrDigit(separator),
          "separator",
          "not a quote, line break, letter or digit",
          "'" + separator + "'");
      this.separator = separator;
      return this;
    }

    /**
     * Sets the character set of files read from a path.
     *
     * @param charset the character set, not null
     * @return this builder
     */
    public Builder charset(Charset charset) {
      this.charset = Args.notNull(charset, "charset");
      return this;
    }

    /**
     * Sets what to do with a malformed row.
     *
     * @param onMalformedRow fail (the default) or reject and go on, not null
     * @return this builder
     */
    public Builder onMalformedRow(OnMalformedRow onMalformedRow) {
      this.onMalformedRow = Args.notNull(onMalformedRow, "onMalformedRow");
      return this;
    }

    /**
     * Sets how many problems a report keeps for each {@link CsvRule}, the first in the file; the
     * rows beyond are counted only.
     *
     * @param maxProblemsPerRule the number of problems kept per rule, {@code x >= 0}; 10 by
     *     default
     * @return this builder
     * @throws IllegalArgumentException when the number is negative
     */
    public Builder maxProblemsPerRule(int maxProblemsPerRule) {
      Args.check(maxProblemsPerRule >= 0, "maxProblemsPerRule", "x >= 0", maxProblemsPerRule);
      this.maxProblemsPerRule = maxProblemsPerRule;
      return this;
    }

    /**
     * Sets the length of the longest field, in characters: a longer field rejects its row
     * ({@link CsvRule#FIELD_TOO_LONG}) and is never held in memory, and a quoted field that spans
     * lines must close within it ({@link CsvRule#UNCLOSED_QUOTE}).
     *
     * @param maxFieldChars the longest field, {@code x >= 1}; 65,536 by default
     * @return this builder
     * @throws IllegalArgumentException when the length is below 1
     */
    public Builder maxFieldChars(int maxFieldChars) {
      Args.check(maxFieldChars >= 1, "maxFieldChars", "x >= 1", maxFieldChars);
      this.maxFieldChars = maxFieldChars;
      return this;
    }

    /**
     * Sets how many threads read a file given by its path. A file that can be read by bytes
     * (UTF-8, US-ASCII or ISO-8859-1, an ASCII separator, the header on its first line) is read
     * by each thread whole, each reading only the rows of its part of the episodes, chosen by a
     * hash of the bytes of the identifier field, into an accumulator of its own: the parts hold
     * different episodes, so their merge is short. A row that one part cannot read alone (a
     * quoted field that may span lines, a lone carriage return) makes the file be read again in
     * one pass; so does a malformed row under {@link OnMalformedRow#FAIL}, so that the
     * accumulator then holds the rows before it, as after one pass. Another file is split into
     * as many parts, each starting after a line feed, read into one accumulator each and merged
     * in the order of the file; a file with a quoted field that holds a line break (a part could
     * start inside it) is read again in one pass, and so is a file in a character set other
     * than UTF-8, US-ASCII or ISO-8859-1, where a line feed byte may be part of another
     * character; under {@link OnMalformedRow#FAIL}, the accumulator then holds the rows of the
     * parts before the one with the first malformed row, and the rows before it in its part.
     * Either way the result is the one of a single pass: the same estimates, counts and
     * problems, lines counted from the start of the file. Readers of characters
     * ({@link ActivityCsvReader#read(Reader, String, EpisodeAccumulator)}) read on the caller's
     * thread.
     *
     * @param threads the number of threads, {@code 1 <= x <= 256}; 1 by default, such as
     *     {@code Runtime.getRuntime().availableProcessors()} for all cores
     * @return this builder
     * @throws IllegalArgumentException when the number is out of range
     */
    public Builder threads(int threads) {
      Args.check(threads >= 1 && threads <= 256, "threads", "1 <= x <= 256", threads);
      this.threads = threads;
      return this;
    }

    /**
     * Returns the reader.
     *
     * @return the reader
     */
    public ActivityCsvReader build() {
      return new ActivityCsvReader(this);
    }
  }
}
