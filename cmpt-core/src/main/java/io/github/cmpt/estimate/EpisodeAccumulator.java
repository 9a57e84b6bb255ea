package io.github.cmpt.estimate;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.vocabulary.Role;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Consumes activity records, of any number, and keeps one set of totals per episode: never the
 * records themselves. Produces {@link Estimates} per complexity level and the
 * {@link DataQuality} account.
 *
 * <p>Each record is checked against the {@link EstimationRules}, in the order of
 * {@link Rejection}: a level (known, when the rules name levels), a known kind, a known role,
 * minutes from 0 to the rules' maximum, a group size of at least 1, and a date inside the rules'
 * window. A record that passes is added to its episode; one that fails is counted under the first
 * rule it breaks. So {@code accepted + rejected = seen}, always.
 *
 * <p>Accumulators merge: {@link #merge(EpisodeAccumulator)} adds another accumulator's records
 * (an episode seen by both is combined), and the estimates of the records accumulated in parts
 * and merged, in any grouping and any order, equal those of the records accumulated in one pass.
 * So records can be read in parallel, one accumulator per part, as
 * {@link #toEstimates(EstimationRules)} does for a parallel stream.
 *
 * <p><b>Cost.</b> The memory is proportional to the number of episodes and of their activities,
 * not of records, and held in pages of primitive arrays (no array is ever copied to grow): an
 * episode's identifier is interned once, as its UTF-8 bytes, and found through a table of
 * well-mixed hashes; an episode is two {@code long}s (its identifier and cells, its first and
 * last dates, level and flags); per activity (kind and role) it has seen it holds one cell,
 * a single {@code int} while the activity's occurrences, minutes and group sizes are small (up to
 * 31 occurrences, up to 32,767 minutes under the standard kinds and roles, every session with
 * one client or a single group session), eight {@code int}s otherwise: about 16 bytes an
 * episode, its identifier's bytes, and 4 to 5 bytes an activity in all. The primitive
 * {@link #accept(CharSequence, ComplexityLevel, ActivityKind, Role, long, long, int)} and
 * {@link #accept(byte[], int, int, ComplexityLevel, ActivityKind, Role, long, long, int)}
 * allocate nothing for a record of an episode already seen: the identifier is looked up by its
 * bytes (a reader can pass one reused buffer), kinds, roles and levels by a short scan of the
 * rules' lists. {@link #estimates()} copies nothing: the estimates read the accumulator's
 * episodes as they are, and an accumulator that goes on accepting records copies them first;
 * so does one that {@linkplain #merge merged} into an empty accumulator, which shares the other's
 * episodes until either changes.
 *
 * <p><b>Limits.</b> Dates more than 8,388,607 days (22,900 years) apart, more than 512 distinct
 * levels, more than 67,108,862 episodes or more than 2 GB of identifiers in one accumulator
 * throw an {@link ArithmeticException}.
 *
 * <p><b>Exact shares.</b> The share of a group session, {@code minutes / group size}, is kept as a
 * whole number of units of {@code 1 / u} minute, where {@code u} is 840 (every group size up to 8
 * divides it) until a group size that does not divide it arrives: then {@code u} becomes the
 * least common multiple of both and every share is multiplied by the same factor; merging
 * accumulators with different units does the same. A share too large for a {@code long} is kept
 * as a {@link java.math.BigInteger}. So shares are exact for any group sizes whose least common
 * multiple is at most {@link Long#MAX_VALUE} (beyond, an {@link ArithmeticException}); the
 * decimal figures of the {@link Estimates} are worked out from these integers, each divided
 * once, and only when asked for.
 *
 * <pre>{@code
 * EpisodeAccumulator acc = new EpisodeAccumulator(rules);
 * acc.acceptAll(records);
 * Estimates estimates = acc.estimates();
 *
 * Estimates same = records.parallelStream().collect(EpisodeAccumulator.toEstimates(rules));
 * }</pre>
 *
 * @implSpec This class is mutable and not thread-safe; use one accumulator per thread and
 *     merge them.
 */
public final class EpisodeAccumulator {

  /** The version of the serial form that {@link #writeTo} writes: {@value}. */
  public static final int SERIAL_VERSION = 1;

  private static final int SERIAL_MAGIC = 0x434D5041;
  private static final Optional<Rejection> ACCEPTED = Optional.empty();
  private static final List<Optional<Rejection>> REASONS =
      Arrays.stream(Rejection.all()).map(Optional::of).collect(Collectors.toUnmodifiableList());

  private final EstimationRules rules;
  private final ActivityKind[] kinds;
  private final Role[] roles;
  private final ComplexityLevel[] levels;
  private final long maxMinutes;
  private final long firstDay;
  private final long lastDay;
  private EpisodeTable table;
  /**
   * Whether the table is shared with estimates or another accumulator: it is then copied before
   * it changes.
   */
  private boolean shared;
  private @Nullable ComplexityLevel lastLevel;
  private int lastLevelIndex;
  private final long[] rejected = new long[Rejection.all().length];
  private long seen;

  /**
   * Returns an empty accumulator under the {@linkplain EstimationRules#STANDARD default rules}.
   */
  public EpisodeAccumulator() {
    this(EstimationRules.STANDARD);
  }

  /**
   * Returns an empty accumulator under some rules.
   *
   * @param rules the rules, not null
   */
  public EpisodeAccumulator(EstimationRules rules) {
    this.rules = Checks.notNull(rules, "rules");
    this.kinds = rules.kinds().toArray(new ActivityKind[0]);
    this.roles = rules.roles().toArray(new Role[0]);
    this.levels = rules.levels().toArray(new ComplexityLevel[0]);
    this.maxMinutes = rules.maxMinutes();
    this.firstDay = rules.windowStart().map(d -> d.toEpochDay()).orElse(Long.MIN_VALUE);
    this.lastDay = rules.windowEnd().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
    this.table = new EpisodeTable(Math.multiplyExact(kinds.length, roles.length));
  }

  /** An empty accumulator whose cells are compacted once more than some ints are free. */
  EpisodeAccumulator(EstimationRules rules, long compactAbove) {
    this(rules);
    this.table = new EpisodeTable(Math.multiplyExact(kinds.length, roles.length), compactAbove);
  }

  /**
   * Returns a collector of records into estimates, one accumulator per part of a parallel stream,
   * merged.
   *
   * @param rules the rules, not null
   * @return the collector
   */
  public static Collector<ActivityRecord, ?, Estimates> toEstimates(EstimationRules rules) {
    Checks.notNull(rules, "rules");
    return Collector.of(
        () -> new EpisodeAccumulator(rules),
        EpisodeAccumulator::accept,
        EpisodeAccumulator::merge,
        EpisodeAccumulator::estimates,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns the rules this accumulator checks records against.
   *
   * @return the rules
   */
  public EstimationRules rules() {
    return rules;
  }

  /**
   * Adds a record, or counts it as rejected.
   *
   * @param record the record, not null
   * @return the rule the record breaks, or empty when it is accepted
   * @throws ArithmeticException when the totals of the record's episode overflow
   */
  public Optional<Rejection> accept(ActivityRecord record) {
    Checks.notNull(record, "record");
    return accept(
        record.episode(),
        record.level().orElse(null),
        record.kind(),
        record.role(),
        record.minutes(),
        record.date().toEpochDay(),
        record.groupSize().orElse(1));
  }

  /**
   * Adds a record given by its parts, or counts it as rejected: the allocation-free entry for
   * readers of large files. The identifier's characters are read during the call and not kept
   * unless the episode is new, so a reader can pass the same mutable buffer for every row.
   *
   * @param episode the identifier of the episode, not blank, not null
   * @param level the complexity level, or null when the record has none (then rejected as
   *     {@link Rejection#MISSING_LEVEL})
   * @param kind the activity kind, not null
   * @param role the role that performed it, not null
   * @param minutes the whole minutes; for a group session, its length
   * @param epochDay the date, as days since 1970-01-01 ({@link java.time.LocalDate#toEpochDay()})
   * @param groupSize the number of clients sharing the session, 1 for a session with one client
   * @return the rule the record breaks, or empty when it is accepted; no object is allocated
   *     for the answer
   * @throws IllegalArgumentException when the identifier is blank
   * @throws ArithmeticException when the totals of the episode overflow, or a limit of the
   *     accumulator is passed (see the class's Javadoc)
   */
  public Optional<Rejection> accept(
      CharSequence episode,
      @Nullable ComplexityLevel level,
      ActivityKind kind,
      Role role,
      long minutes,
      long epochDay,
      int groupSize) {
    Checks.notNull(episode, "episode");
    Checks.notNull(kind, "kind");
    Checks.notNull(role, "role");
    if (isBlank(episode)) {
      throw new IllegalArgumentException(
          Checks.invalid("episode", "non-blank", "a blank text of length " + episode.length()));
    }
    EpisodeTable t = writable();
    int n = t.encode(episode);
    return add(t.scratch(), 0, n, level, kind, role, minutes, epochDay, groupSize);
  }

  /**
   * Adds a record whose identifier is given as UTF-8 bytes, or counts it as rejected: the entry
   * for readers of bytes, such as {@code ActivityCsvReader}, which need not make a text of each
   * identifier. The record is the one of
   * {@link #accept(CharSequence, ComplexityLevel, ActivityKind, Role, long, long, int)} with the
   * identifier the bytes decode to; the bytes are read during the call and not kept unless the
   * episode is new.
   *
   * @param episode the bytes, holding the identifier as UTF-8 from {@code offset}, not null
   * @param offset where the identifier starts, {@code x >= 0}
   * @param length the number of bytes of the identifier, {@code x >= 1}
   * @param level the complexity level, or null when the record has none (then rejected as
   *     {@link Rejection#MISSING_LEVEL})
   * @param kind the activity kind, not null
   * @param role the role that performed it, not null
   * @param minutes the whole minutes; for a group session, its length
   * @param epochDay the date, as days since 1970-01-01 ({@link java.time.LocalDate#toEpochDay()})
   * @param groupSize the number of clients sharing the session, 1 for a session with one client
   * @return the rule the record breaks, or empty when it is accepted; no object is allocated
   *     for the answer
   * @throws IllegalArgumentException when the bytes are not valid UTF-8, the identifier is blank,
   *     or the offset and length are not inside the array
   * @throws ArithmeticException when the totals of the episode overflow
   */
  public Optional<Rejection> accept(
      byte[] episode,
      int offset,
      int length,
      @Nullable ComplexityLevel level,
      ActivityKind kind,
      Role role,
      long minutes,
      long epochDay,
      int groupSize) {
    Checks.notNull(episode, "episode");
    Checks.notNull(kind, "kind");
    Checks.notNull(role, "role");
    if (offset < 0 || length < 0 || length > episode.length - offset) {
      throw new IllegalArgumentException(
          Checks.invalid("offset and length", "inside the array of " + episode.length + " bytes",
              offset + " and " + length));
    }
    // an ASCII byte above the space is never white space
    boolean blank = true;
    int bits = 0;
    for (int i = offset; i < offset + length; i++) {
      byte b = episode[i];
      bits |= b;
      if (b > ' ') {
        blank = false;
      }
    }
    if (bits < 0) {
      // not ASCII: checked and encoded as text
      return accept(utf8(episode, offset, length), level, kind, role, minutes, epochDay,
          groupSize);
    }
    if (blank) {
      for (int i = offset; i < offset + length && blank; i++) {
        blank = Character.isWhitespace(episode[i]);
      }
    }
    if (blank) {
      throw new IllegalArgumentException(
          Checks.invalid("episode", "non-blank", "a blank text of length " + length));
    }
    return add(episode, offset, length, level, kind, role, minutes, epochDay, groupSize);
  }

  private static String utf8(byte[] b, int offset, int length) {
    try {
      return java.nio.charset.StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(b, offset, length))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException(
          Checks.invalid("episode", "valid UTF-8", "bytes that are not, of length " + length));
    }
  }

  /** Checks a record whose identifier is valid and not blank, and adds it or counts it. */
  private Optional<Rejection> add(
      byte[] id,
      int offset,
      int length,
      @Nullable ComplexityLevel level,
      ActivityKind kind,
      Role role,
      long minutes,
      long epochDay,
      int groupSize) {
    if (level == null) {
      return reject(Rejection.MISSING_LEVEL);
    }
    if (levels.length > 0 && indexOf(levels, level) < 0) {
      return reject(Rejection.UNKNOWN_LEVEL);
    }
    int k = indexOf(kinds, kind);
    if (k < 0) {
      return reject(Rejection.UNKNOWN_KIND);
    }
    int r = indexOf(roles, role);
    if (r < 0) {
      return reject(Rejection.UNKNOWN_ROLE);
    }
    if (minutes < 0) {
      return reject(Rejection.NEGATIVE_MINUTES);
    }
    if (minutes > maxMinutes) {
      return reject(Rejection.ABSURD_MINUTES);
    }
    if (groupSize < 1) {
      return reject(Rejection.INVALID_GROUP_SIZE);
    }
    if (epochDay < firstDay || epochDay > lastDay) {
      return reject(Rejection.DATE_OUTSIDE_WINDOW);
    }
    EpisodeTable t = writable();
    int l = levelIndex(level);
    int key = k * roles.length + r;
    int hash = EpisodeTable.hash(id, offset, length);
    int e = t.find(id, offset, length, hash);
    if (e < 0) {
      if (t.unit % groupSize != 0) {
        EpisodeTable.lcm(t.unit, groupSize); // throws before the episode is added
      }
      e = t.create(id, offset, length, hash, l, epochDay);
    }
    t.add(e, l, key, minutes, epochDay, groupSize);
    seen++;
    return ACCEPTED;
  }

  /** The number of times the cells were compacted, for tests. */
  int compactions() {
    return table.compactions;
  }

  /** Returns the table, copied first when it is shared. */
  private EpisodeTable writable() {
    if (shared) {
      table = table.copy();
      shared = false;
    }
    return table;
  }

  /**
   * Adds records, or counts them as rejected.
   *
   * @param records the records, none null
   * @return this accumulator
   * @throws ArithmeticException when the totals of an episode overflow
   */
  public EpisodeAccumulator acceptAll(Iterable<ActivityRecord> records) {
    for (ActivityRecord r : Checks.notNull(records, "records")) {
      accept(r);
    }
    return this;
  }

  /**
   * Counts a record that a reader rejected before it could become a record, such as a row with
   * a malformed date ({@link Rejection#MALFORMED}) or an unknown level code
   * ({@link Rejection#UNKNOWN_LEVEL}). A reader that checks level, kind and role itself must do so
   * in the order of {@link Rejection}, so that a record counts under the same reason whichever
   * way it arrives.
   *
   * @param reason the reason, not null
   */
  public void countRejected(Rejection reason) {
    reject(Checks.notNull(reason, "reason"));
  }

  private Optional<Rejection> reject(Rejection reason) {
    rejected[reason.ordinal()]++;
    seen++;
    return REASONS.get(reason.ordinal());
  }

  /**
   * Adds the records of another accumulator with the same rules: counts add up, and an episode
   * seen by both is combined. The other accumulator is unchanged.
   *
   * @param other another accumulator with equal rules, not this one, not null
   * @return this accumulator
   * @throws IllegalArgumentException when the rules differ or {@code other} is this accumulator
   * @throws ArithmeticException when the totals of an episode overflow
   */
  public EpisodeAccumulator merge(EpisodeAccumulator other) {
    Checks.notNull(other, "other");
    Checks.check(other != this, "other", "another accumulator", "this accumulator");
    Checks.check(
        rules.equals(other.rules), "other.rules", "equal to this accumulator's rules " + rules,
        other.rules);
    if (table.size() == 0 && table.unit == EpisodeTable.FIRST_UNIT) {
      // nothing to combine: share the other's table until either changes
      table = other.table;
      shared = true;
      other.shared = true;
      lastLevel = null;
    } else {
      writable().merge(other.table);
    }
    for (int i = 0; i < rejected.length; i++) {
      rejected[i] += other.rejected[i];
    }
    seen += other.seen;
    return this;
  }

  /**
   * Adds the records of another accumulator with the same rules, as {@link #merge} does, and
   * empties the other, giving back its memory while its episodes are added: for parts read in
   * parallel and merged once, so that the episodes of both are never held twice over. The other
   * accumulator is then as new.
   *
   * @param other another accumulator with equal rules, not this one, not null
   * @return this accumulator
   * @throws IllegalArgumentException when the rules differ or {@code other} is this accumulator
   * @throws ArithmeticException when the totals of an episode overflow; the other accumulator
   *     is then empty, and this one holds part of its episodes
   */
  public EpisodeAccumulator absorb(EpisodeAccumulator other) {
    Checks.notNull(other, "other");
    Checks.check(other != this, "other", "another accumulator", "this accumulator");
    Checks.check(
        rules.equals(other.rules), "other.rules", "equal to this accumulator's rules " + rules,
        other.rules);
    if (table.size() == 0 && table.unit == EpisodeTable.FIRST_UNIT) {
      // nothing to combine: take the other's episodes over
      table = other.table;
      shared = other.shared;
      lastLevel = null;
    } else if (other.shared) {
      // the other's episodes are shared with estimates or another accumulator: copy them
      writable().merge(other.table);
    } else {
      try {
        writable().absorb(other.table);
      } finally {
        other.table = new EpisodeTable(Math.multiplyExact(kinds.length, roles.length));
      }
    }
    for (int i = 0; i < rejected.length; i++) {
      rejected[i] += other.rejected[i];
    }
    seen += other.seen;
    Arrays.fill(other.rejected, 0);
    other.seen = 0;
    other.table = new EpisodeTable(Math.multiplyExact(kinds.length, roles.length));
    other.shared = false;
    other.lastLevel = null;
    return this;
  }

  /**
   * Returns the number of records seen, accepted or rejected.
   *
   * @return the records seen
   */
  public long seen() {
    return seen;
  }

  /**
   * Returns the number of records accepted.
   *
   * @return the records accepted
   */
  public long accepted() {
    long r = 0;
    for (long c : rejected) {
      r += c;
    }
    return seen - r;
  }

  /**
   * Returns the number of episodes with at least one accepted record.
   *
   * @return the episodes
   */
  public int episodes() {
    return table.size();
  }

  /**
   * Returns the estimates of the records accepted so far, and the data-quality account; the
   * accumulator can go on accepting records.
   *
   * @return the estimates
   */
  public Estimates estimates() {
    return estimates(1);
  }

  /**
   * Returns the estimates of the records accepted so far, working out the levels on up to a
   * number of threads of its own (one level per thread at a time), stopped before it returns. The
   * estimates are those of {@link #estimates()}. The accumulator must not change meanwhile.
   *
   * @param threads the number of threads, {@code 1 <= x <= 256}, such as
   *     {@code Runtime.getRuntime().availableProcessors()}; 1 works on the caller's thread
   * @return the estimates
   * @throws IllegalArgumentException when the number is out of range
   */
  public Estimates estimates(int threads) {
    Checks.check(threads >= 1 && threads <= 256, "threads", "1 <= x <= 256", threads);
    // the estimates read the table as it is now: it is copied before it changes again
    shared = true;
    EpisodeTable table = this.table;
    List<ComplexityLevel> seenLevels = List.copyOf(table.levels);
    int[] counts = new int[seenLevels.size()];
    int n = table.size();
    for (int e = 0; e < n; e++) {
      counts[table.level(e)]++;
    }
    int[][] byLevel = new int[counts.length][];
    for (int l = 0; l < counts.length; l++) {
      byLevel[l] = new int[counts[l]];
    }
    int[] filled = new int[counts.length];
    for (int e = 0; e < n; e++) {
      int l = table.level(e);
      byLevel[l][filled[l]++] = e;
    }
    List<Integer> order = new ArrayList<>();
    for (int l = 0; l < counts.length; l++) {
      if (counts[l] > 0) {
        order.add(l);
      }
    }
    order.sort((a, b) -> EpisodeTable.LEVEL_ORDER.compare(seenLevels.get(a), seenLevels.get(b)));
    List<Map<EpisodeFlag, List<String>>> flags = new ArrayList<>();
    List<Callable<LevelEstimate>> tasks = new ArrayList<>();
    for (int l : order) {
      Map<EpisodeFlag, List<String>> ids = new EnumMap<>(EpisodeFlag.class);
      flags.add(ids);
      tasks.add(
          () ->
              LevelEstimate.compute(
                  seenLevels.get(l),
                  table,
                  byLevel[l],
                  rules.kinds(),
                  rules.roles(),
                  rules.outlierFactor(),
                  ids));
    }
    List<LevelEstimate> out = run(tasks, Math.min(threads, tasks.size()));
    Map<EpisodeFlag, List<String>> flagged = new EnumMap<>(EpisodeFlag.class);
    for (Map<EpisodeFlag, List<String>> ids : flags) {
      for (Map.Entry<EpisodeFlag, List<String>> e : ids.entrySet()) {
        flagged.computeIfAbsent(e.getKey(), f -> new ArrayList<>()).addAll(e.getValue());
      }
    }
    Map<Rejection, Long> reasons = new EnumMap<>(Rejection.class);
    for (Rejection reason : Rejection.all()) {
      reasons.put(reason, rejected[reason.ordinal()]);
    }
    return new Estimates(rules, out, new DataQuality(seen, reasons, table.size(), flagged));
  }

  /** Runs tasks on the caller's thread, or on a pool of threads made for them, in order. */
  private static <T> List<T> run(List<Callable<T>> tasks, int threads) {
    List<T> out = new ArrayList<>(tasks.size());
    try {
      if (threads <= 1) {
        for (Callable<T> t : tasks) {
          out.add(t.call());
        }
        return out;
      }
      ExecutorService pool =
          Executors.newFixedThreadPool(
              threads,
              r -> {
                Thread t = new Thread(r, "cmpt-estimates");
                t.setDaemon(true);
                return t;
              });
      try {
        for (Future<T> f : pool.invokeAll(tasks)) {
          out.add(f.get());
        }
      } finally {
        pool.shutdownNow();
      }
      return out;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while working out estimates", e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private int levelIndex(ComplexityLevel level) {
    if (level == lastLevel) {
      return lastLevelIndex;
    }
    lastLevelIndex = table.levelIndex(level);
    lastLevel = level;
    return lastLevelIndex;
  }

  private static <T> int indexOf(T[] values, T value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i].equals(value)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isBlank(CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the levels the episodes of this accumulator count at (the most complex of each
   * episode's records): one level for an accumulator of one episode, none for one that holds only
   * rejected records.
   *
   * @return an unmodifiable set of levels, from the least to the most complex
   */
  public Set<ComplexityLevel> levels() {
    boolean[] used = new boolean[table.levels.size()];
    for (int e = 0; e < table.size(); e++) {
      used[table.level(e)] = true;
    }
    Set<ComplexityLevel> out = new TreeSet<>(EpisodeTable.LEVEL_ORDER);
    for (int l = 0; l < used.length; l++) {
      if (used[l]) {
        out.add(table.levels.get(l));
      }
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * Writes the state of this accumulator in its serial form, version {@value #SERIAL_VERSION}, so
   * that another process with equal rules can read it back ({@link #readFrom}) and merge it. The
   * form, all numbers big-endian as {@link DataOutput} writes them:
   * <ol>
   *   <li>{@code int} 0x434D5041 ({@code "CMPA"}), {@code byte} the version (1);</li>
   *   <li>{@code int} the number of the rules' kinds, of their roles and of their levels (checked
   *       when read: the cells are keyed by kind and role index);</li>
   *   <li>{@code long} records seen; {@code int} the number of {@link Rejection} reasons, then a
   *       {@code long} count per reason, in their order;</li>
   *   <li>{@code long} the unit of shares ({@code 1 / unit} minute, a multiple of 840);</li>
   *   <li>{@code int} the number of levels seen, then per level an {@code int}, its index in the
   *       rules' levels, or -1 followed by its code, name, rank and criteria (texts as an
   *       {@code int} length and UTF-8 bytes);</li>
   *   <li>{@code int} the number of episodes, then per episode: its identifier (an {@code int}
   *       length and UTF-16 {@code char}s), {@code int} level index, {@code boolean} mixed
   *       levels, {@code long} first and last epoch days, {@code int} records, {@code int} the
   *       number of cells, and per cell: {@code int} key (kind index x roles + role index),
   *       {@code int} occurrences, {@code long} minutes, {@code long} sum of group sizes, and the
   *       share in units: {@code byte} 0 and a {@code long}, or {@code byte} 1, an {@code int}
   *       length and the two's-complement bytes of a larger integer.</li>
   * </ol>
   * The form holds episode identifiers in clear: treat it as patient data.
   *
   * @param out where to write, not null
   * @throws IOException when writing fails
   */
  public void writeTo(DataOutput out) throws IOException {
    Checks.notNull(out, "out");
    out.writeInt(SERIAL_MAGIC);
    out.writeByte(SERIAL_VERSION);
    out.writeInt(kinds.length);
    out.writeInt(roles.length);
    out.writeInt(levels.length);
    out.writeLong(seen);
    out.writeInt(rejected.length);
    for (long r : rejected) {
      out.writeLong(r);
    }
    table.writeTo(out, rules.levels());
  }

  /**
   * Reads an accumulator from its serial form ({@link #writeTo}), under rules equal to those it
   * was written under.
   *
   * @param in where to read, not null
   * @param rules the rules, equal to those of the accumulator written, not null
   * @return the accumulator
   * @throws IOException when reading fails, the form is of another version, or does not fit the
   *     rules (a {@link java.io.StreamCorruptedException} names the value)
   */
  public static EpisodeAccumulator readFrom(DataInput in, EstimationRules rules)
      throws IOException {
    Checks.notNull(in, "in");
    EpisodeAccumulator acc = new EpisodeAccumulator(rules);
    int magic = in.readInt();
    int version = in.readByte();
    if (magic != SERIAL_MAGIC || version != SERIAL_VERSION) {
      throw new java.io.StreamCorruptedException(
          "Invalid value for serial form (valid values version " + SERIAL_VERSION
              + " of an accumulator): version " + version);
    }
    int k = in.readInt();
    int r = in.readInt();
    int l = in.readInt();
    if (k != acc.kinds.length || r != acc.roles.length || l != acc.levels.length) {
      throw new java.io.StreamCorruptedException(
          "Invalid value for rules (valid values " + acc.kinds.length + " kinds, "
              + acc.roles.length + " roles, " + acc.levels.length + " levels, as written): "
              + k + " kinds, " + r + " roles, " + l + " levels");
    }
    acc.seen = in.readLong();
    int reasons = in.readInt();
    if (reasons != acc.rejected.length) {
      throw new java.io.StreamCorruptedException(
          "Invalid value for number of rejection reasons: " + reasons);
    }
    for (int i = 0; i < reasons; i++) {
      acc.rejected[i] = in.readLong();
    }
    acc.table.readFrom(in, rules.levels(), k * r);
    return acc;
  }

  /**
   * Returns the counts, such as {@code EpisodeAccumulator[seen 3000, accepted 2988, episodes 310]}.
   *
   * @return the accumulator as text
   */
  @Override
  public String toString() {
    return "EpisodeAccumulator[seen " + seen + ", accepted " + accepted() + ", episodes "
        + table.size() + "]";
  }
}
