package io.github.cmpt.estimate;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.demand.Figure;
import io.github.cmpt.demand.Frequency;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.Provenance;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Hours;
import io.github.cmpt.report.Table;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What the records say about the episodes of one complexity level: their number, and the
 * distributions of minutes, sessions and weeks per episode, overall, per activity kind and per
 * activity (kind and role), such as
 * {@code LevelEstimate[ComplexityLevel[2 Moderate], 52 episodes, minutes mean 412.5 median 390,
 * sessions mean 9.1, weeks mean 7.4]}.
 *
 * <p>Definitions, for each episode:
 * <ul>
 *   <li><b>minutes</b>: the episode's share of the minutes of its accepted records, each record
 *       counting {@code minutes / group size} (a record without a group size counts whole);
 *       per activity kind, the same over the records of that kind, zero for an episode without
 *       it, so that the kinds add up to the whole;</li>
 *   <li><b>sessions</b>: the number of accepted records, one occurrence of one activity each;</li>
 *   <li><b>weeks</b>: {@code (last date - first date + 1 day) / 7}, so an episode of a single day
 *       lasts {@code 1/7} week and one from a Monday to the Friday of the next week lasts
 *       {@code 12/7} weeks.</li>
 * </ul>
 * An episode whose records carry several levels counts at the most complex of them (and is
 * flagged {@link EpisodeFlag#MIXED_LEVELS}).
 *
 * <p>Tukey's fences of the level, {@link #lowerFence()} and {@link #upperFence()}, are computed
 * on the minutes per episode: {@code Q1 - k x IQR} and {@code Q3 + k x IQR}, with {@code Q1},
 * {@code Q3} the 25th and 75th percentiles and {@code k} the rules' outlier factor.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class LevelEstimate {

  private static final BigDecimal P25 = BigDecimal.valueOf(25);
  private static final BigDecimal P75 = BigDecimal.valueOf(75);
  private static final long DAYS_PER_WEEK = 7;
  private static final BigDecimal MIN_GROUP = new BigDecimal("1.5");

  private final ComplexityLevel level;
  private final LevelData data;
  private final List<ActivityKind> kinds;
  private final int roleCount;
  private final Summary minutes;
  /** Summaries of sessions and weeks per episode, made when first asked for. */
  private volatile @Nullable Summary sessions;
  private volatile @Nullable Summary weeks;
  private final List<ActivityEstimate> activities;
  private final BigDecimal lowerFence;
  private final BigDecimal upperFence;
  private final Map<EpisodeFlag, Integer> flagged;
  /** The kinds recorded at this level, by index in the rules' kinds. */
  private final boolean[] kindRecorded;
  /** Summaries of minutes and sessions per kind, made when first asked for. */
  private final @Nullable Summary[] kindMinutes;
  private final @Nullable Summary[] kindSessions;

  private LevelEstimate(
      ComplexityLevel level,
      LevelData data,
      List<ActivityKind> kinds,
      int roleCount,
      Summary minutes,
      boolean[] kindRecorded,
      List<ActivityEstimate> activities,
      BigDecimal lowerFence,
      BigDecimal upperFence,
      Map<EpisodeFlag, Integer> flagged) {
    this.level = level;
    this.data = data;
    this.kinds = kinds;
    this.roleCount = roleCount;
    this.minutes = minutes;
    this.kindRecorded = kindRecorded;
    this.activities = List.copyOf(activities);
    this.lowerFence = lowerFence;
    this.upperFence = upperFence;
    this.flagged = Collections.unmodifiableMap(flagged);
    this.kindMinutes = new Summary[kinds.size()];
    this.kindSessions = new Summary[kinds.size()];
  }

  /**
   * Computes the estimate of a level from its episodes in a table, and adds the identifiers of
   * the flagged episodes to {@code flaggedIds}. Only the figures the estimate needs at once (the
   * minutes per episode, for the fences and outliers; the totals of each activity) are worked out
   * here; the other distributions are made from the level's data when first asked for.
   */
  static LevelEstimate compute(
      ComplexityLevel level,
      EpisodeTable table,
      int[] episodes,
      List<ActivityKind> kinds,
      List<Role> roles,
      BigDecimal outlierFactor,
      Map<EpisodeFlag, List<String>> flaggedIds) {
    LevelData data = new LevelData(table, episodes);
    int n = data.n;
    int roleCount = roles.size();
    Map<EpisodeFlag, Integer> flags = new EnumMap<>(EpisodeFlag.class);
    for (EpisodeFlag f : EpisodeFlag.values()) {
      flags.put(f, 0);
    }
    // the totals of each activity, and the records of each episode, in one pass over the cells
    Map<Integer, long[]> totals = new TreeMap<>();
    long[][] byKey = new long[kinds.size() * roleCount][];
    boolean[] kindRecorded = new boolean[kinds.size()];
    // and the share of each episode, in units: long while it fits, else a big integer
    long[] units = new long[n];
    java.math.BigInteger[] bigUnits = null;
    EpisodeTable.Cursor c = data.cursor();
    for (int i = 0; i < n; i++) {
      int e = episodes[i];
      c.of(e);
      long records = 0;
      long sum = 0;
      java.math.BigInteger big = null;
      while (c.next()) {
        long[] t = byKey[c.key];
        if (t == null) {
          t = new long[4];
          byKey[c.key] = t;
          totals.put(c.key, t);
          kindRecorded[c.key / roleCount] = true;
        }
        t[0]++;
        t[1] += c.count;
        t[2] += c.minutes;
        t[3] += c.groupSum;
        records += c.count;
        c.share();
        if (big == null && c.big == null) {
          long next = sum + c.share;
          if (((sum ^ next) & (c.share ^ next)) >= 0) {
            sum = next;
            continue;
          }
        }
        big = (big == null ? java.math.BigInteger.valueOf(sum) : big).add(c.shareBig());
      }
      units[i] = sum;
      if (big != null) {
        if (bigUnits == null) {
          bigUnits = new java.math.BigInteger[n];
        }
        bigUnits[i] = big;
      }
      if (records == 1) {
        flag(flags, flaggedIds, EpisodeFlag.SINGLE_RECORD, table.id(e));
      }
      if (table.mixed(e)) {
        flag(flags, flaggedIds, EpisodeFlag.MIXED_LEVELS, table.id(e));
      }
    }
    LevelData.Units shares = new LevelData.Units(units, bigUnits, data.unit);
    Summary minutes = shares.toSummary();
    BigDecimal q1 = minutes.percentile(P25);
    BigDecimal q3 = minutes.percentile(P75);
    BigDecimal iqr = q3.subtract(q1);
    BigDecimal lower = Fractions.normal(q1.subtract(outlierFactor.multiply(iqr)));
    BigDecimal upper = Fractions.normal(q3.add(outlierFactor.multiply(iqr)));
    Summary perEpisode = minutes;
    boolean[] outside = shares.outside(lower, upper);
    for (int i = 0; i < n; i++) {
      if (outside[i]) {
        flag(flags, flaggedIds, EpisodeFlag.OUTLIER, table.id(episodes[i]));
      }
    }
    List<ActivityEstimate> activities = new ArrayList<>(totals.size());
    for (Map.Entry<Integer, long[]> entry : totals.entrySet()) {
      int key = entry.getKey();
      long[] t = entry.getValue();
      activities.add(
          new ActivityEstimate(
              kinds.get(key / roleCount),
              roles.get(key % roleCount),
              Math.toIntExact(t[0]),
              t[1],
              t[2],
              t[3],
              data,
              key));
    }
    return new LevelEstimate(
        level, data, kinds, roleCount, perEpisode, kindRecorded, activities, lower, upper, flags);
  }

  private static void flag(
      Map<EpisodeFlag, Integer> counts,
      Map<EpisodeFlag, List<String>> ids,
      EpisodeFlag flag,
      String id) {
    counts.merge(flag, 1, Integer::sum);
    ids.computeIfAbsent(flag, f -> new ArrayList<>()).add(id);
  }

  private Summary kindMinutes(int k) {
    Summary s = kindMinutes[k];
    if (s == null) {
      s = data.shares(key -> key / roleCount == k);
      kindMinutes[k] = s;
    }
    return s;
  }

  private Summary kindSessions(int k) {
    Summary s = kindSessions[k];
    if (s == null) {
      s = data.occurrences(key -> key / roleCount == k);
      kindSessions[k] = s;
    }
    return s;
  }

  /**
   * Returns the complexity level.
   *
   * @return the level
   */
  public ComplexityLevel level() {
    return level;
  }

  /**
   * Returns the number of episodes at this level.
   *
   * @return the episodes, at least 1
   */
  public int episodes() {
    return data.n;
  }

  /**
   * Returns the minutes per episode: each episode's share of the minutes of its records.
   *
   * @return the distribution over the episodes
   */
  public Summary minutesPerEpisode() {
    return minutes;
  }

  /**
   * Returns the minutes per episode of one activity kind, zero for an episode without it.
   *
   * @param kind the activity kind, not null
   * @return the distribution over all episodes of the level; all zeros for a kind never recorded
   */
  public Summary minutesPerEpisode(ActivityKind kind) {
    int k = kinds.indexOf(Checks.notNull(kind, "kind"));
    return k >= 0 && kindRecorded[k] ? kindMinutes(k) : zeros();
  }

  /**
   * Returns the minutes per episode of each activity kind recorded at this level.
   *
   * @return an unmodifiable map in the order of the rules' kinds
   */
  public Map<ActivityKind, Summary> minutesPerEpisodeByKind() {
    Map<ActivityKind, Summary> out = new LinkedHashMap<>();
    for (int k = 0; k < kinds.size(); k++) {
      if (kindRecorded[k]) {
        out.put(kinds.get(k), kindMinutes(k));
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the sessions (accepted records) per episode.
   *
   * @return the distribution over the episodes
   */
  public Summary sessionsPerEpisode() {
    Summary s = sessions;
    if (s == null) {
      s = Summary.ofUnits(data.sessions(), 1);
      sessions = s;
    }
    return s;
  }

  /**
   * Returns the sessions per episode of one activity kind, zero for an episode without it.
   *
   * @param kind the activity kind, not null
   * @return the distribution over all episodes of the level; all zeros for a kind never recorded
   */
  public Summary sessionsPerEpisode(ActivityKind kind) {
    int k = kinds.indexOf(Checks.notNull(kind, "kind"));
    return k >= 0 && kindRecorded[k] ? kindSessions(k) : zeros();
  }

  /**
   * Returns the length of the episodes in weeks, {@code (last date - first date + 1 day) / 7}.
   *
   * @return the distribution over the episodes
   */
  public Summary episodeWeeks() {
    Summary s = weeks;
    if (s == null) {
      s = Summary.ofUnits(data.days(), DAYS_PER_WEEK);
      weeks = s;
    }
    return s;
  }

  /**
   * Returns the activities (kind and role) recorded at this level.
   *
   * @return an unmodifiable list in the order of the rules' kinds, then roles
   */
  public List<ActivityEstimate> activities() {
    return activities;
  }

  /**
   * Returns the estimate of one activity, if recorded at this level.
   *
   * @param kind the activity kind, not null
   * @param role the role, not null
   * @return the estimate, or empty
   */
  public Optional<ActivityEstimate> activity(ActivityKind kind, Role role) {
    Checks.notNull(kind, "kind");
    Checks.notNull(role, "role");
    for (ActivityEstimate a : activities) {
      if (a.kind().equals(kind) && a.role().equals(role)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the lower Tukey fence of minutes per episode, {@code Q1 - k x IQR}.
   *
   * @return the lower fence, possibly negative
   */
  public BigDecimal lowerFence() {
    return lowerFence;
  }

  /**
   * Returns the upper Tukey fence of minutes per episode, {@code Q3 + k x IQR}.
   *
   * @return the upper fence
   */
  public BigDecimal upperFence() {
    return upperFence;
  }

  /**
   * Returns the number of episodes of this level with a flag.
   *
   * @param flag the flag, not null
   * @return the number of flagged episodes
   */
  public int flagged(EpisodeFlag flag) {
    return flagged.get(Checks.notNull(flag, "flag"));
  }

  /**
   * Returns the intervention profile that the records give for this level under a statistic: one
   * activity per kind and role recorded, each figure with a {@link Provenance.Records} provenance
   * naming the number of episodes and the statistic. Judgment can then replace or blend any
   * figure ({@link Figure#replacedBy}, {@link Figure#blendedWith},
   * {@link InterventionActivity#withMinutes}, {@link InterventionProfile#withEpisodeWeeks}).
   *
   * <p>With {@code n} the episodes of the level, for each {@link ActivityEstimate activity}:
   * <ul>
   *   <li><b>frequency</b>, per episode, over the {@code n} episodes (zero for an episode without
   *       the activity): for the mean, {@code occurrences / n}; for a percentile, the percentile
   *       of {@link ActivityEstimate#occurrencesPerEpisode()};</li>
   *   <li><b>minutes</b> per occurrence (a whole session for a group), over the episodes with the
   *       activity: for the mean, {@link ActivityEstimate#averageMinutesPerOccurrence()} (all
   *       minutes over all occurrences, so that minutes x frequency is the mean minutes per
   *       episode); for a percentile, the percentile of
   *       {@link ActivityEstimate#minutesPerOccurrence()};</li>
   *   <li><b>group size</b>, for a {@linkplain ActivityKind#GROUP_INTERVENTION group
   *       intervention}: {@link ActivityEstimate#effectiveGroupSize()} rounded half up to a whole
   *       number of clients, so that with the mean the hours of the profile are the recorded
   *       shares, but for that rounding. Another kind recorded with group sizes (a group
   *       assessment, say) has none in a profile: its minutes are the client's share, divided by
   *       the effective group size.</li>
   * </ul>
   * An activity whose frequency or minutes the statistic puts at zero (a median of an activity
   * most episodes lack) is left out. The episode length is the statistic of
   * {@link #episodeWeeks()}.
   *
   * @param statistic the statistic, not null
   * @return the profile
   * @throws IllegalArgumentException when the group sessions of a group intervention have an
   *     effective group size below 1.5 (group sizes not recorded), or the statistic leaves no
   *     activity
   */
  public InterventionProfile toProfile(Statistic statistic) {
    Checks.notNull(statistic, "statistic");
    String name = statistic.toString();
    InterventionProfile.Builder profile = InterventionProfile.builder();
    profile.level(level).episodeWeeks(Figure.ofRecords(statistic.applyTo(episodeWeeks()), data.n, name));
    int added = 0;
    for (ActivityEstimate a : activities) {
      BigDecimal times =
          statistic.isMean()
              ? Fractions.value(a.occurrences(), data.n)
              : statistic.applyTo(a.occurrencesPerEpisode());
      BigDecimal minutes =
          statistic.isMean()
              ? a.averageMinutesPerOccurrence()
              : statistic.applyTo(a.minutesPerOccurrence());
      if (times.signum() == 0 || minutes.signum() == 0) {
        continue;
      }
      InterventionActivity.Builder activity = InterventionActivity.builder();
      activity
          .kind(a.kind())
          .role(a.role())
          .frequency(Frequency.ofPerEpisode(times))
          .frequencyProvenance(Provenance.ofRecords(data.n, name));
      if (a.kind().equals(ActivityKind.GROUP_INTERVENTION)) {
        BigDecimal size = a.effectiveGroupSize();
        Checks.check(
            size.compareTo(MIN_GROUP) >= 0,
            "groupSize of " + a.kind() + " by " + a.role() + " at " + level,
            "an effective group size of at least 1.5 clients, from recorded group sizes",
            size.setScale(2, RoundingMode.HALF_UP));
        activity.groupSize(size.setScale(0, RoundingMode.HALF_UP).intValueExact());
      } else if (a.hasGroupSizes()) {
        minutes = Fractions.normal(minutes.divide(a.effectiveGroupSize(), Hours.MATH_CONTEXT));
      }
      profile.addActivity(activity.minutes(Figure.ofRecords(minutes, a.episodes(), name)).build());
      added++;
    }
    Checks.check(
        added > 0,
        "activities of " + level,
        "at least one activity with minutes and a frequency above zero under the " + name,
        "none");
    return profile.build();
  }

  private Summary zeros() {
    return Summary.ofUnits(new long[data.n], 1);
  }

  /**
   * Returns a table of the minutes per episode of this level, overall and per activity kind,
   * with the sessions per episode.
   *
   * @return the table
   */
  public Table toTable() {
    Table.Builder t =
        Table.builder(
            "Minutes per episode, " + level.code() + " " + level.name() + " (" + data.n
                + " episodes)",
            "Activity",
            "Mean",
            "Median",
            "P80",
            "P90",
            "SD",
            "Min",
            "Max",
            "Sessions");
    for (Map.Entry<ActivityKind, Summary> e : minutesPerEpisodeByKind().entrySet()) {
      t.row(row(e.getKey().name(), e.getValue(), sessionsPerEpisode(e.getKey())));
    }
    t.row(row("All activities", minutes, sessionsPerEpisode()));
    t.note(
        "Minutes: an episode's share of its records (group sessions divided by group size);"
            + " percentiles as PERCENTILE.INC; SD: sample (n - 1); sessions: mean per episode.");
    return t.build();
  }

  static List<Object> row(String label, Summary s, @Nullable Summary sessions) {
    List<Object> r = new ArrayList<>();
    r.add(label);
    r.add(s.mean());
    r.add(s.median());
    r.add(s.p80());
    r.add(s.p90());
    r.add(s.standardDeviation().<Object>map(d -> d).orElse(""));
    r.add(s.min());
    r.add(s.max());
    r.add(sessions == null ? "" : sessions.mean());
    return r;
  }

  private Map<ActivityKind, Summary> sessionsByKind() {
    Map<ActivityKind, Summary> out = new LinkedHashMap<>();
    for (int k = 0; k < kinds.size(); k++) {
      if (kindRecorded[k]) {
        out.put(kinds.get(k), kindSessions(k));
      }
    }
    return out;
  }

  /**
   * Returns whether another object is an estimate of the same level with the same figures.
   *
   * @param obj the other object
   * @return true for an equal estimate
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof LevelEstimate)) {
      return false;
    }
    LevelEstimate l = (LevelEstimate) obj;
    return level.equals(l.level)
        && data.n == l.data.n
        && minutes.equals(l.minutes)
        && minutesPerEpisodeByKind().equals(l.minutesPerEpisodeByKind())
        && sessionsPerEpisode().equals(l.sessionsPerEpisode())
        && sessionsByKind().equals(l.sessionsByKind())
        && episodeWeeks().equals(l.episodeWeeks())
        && activities.equals(l.activities)
        && lowerFence.compareTo(l.lowerFence) == 0
        && upperFence.compareTo(l.upperFence) == 0
        && flagged.equals(l.flagged);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(level, data.n, minutes, sessionsPerEpisode(), episodeWeeks(), activities);
  }

  /**
   * Returns the level and main figures rounded for reading, such as
   * {@code LevelEstimate[ComplexityLevel[2 Moderate], 52 episodes, minutes mean 412.5 median 390,
   * sessions mean 9.1, weeks mean 7.4]}.
   *
   * @return the estimate as text
   */
  @Override
  public String toString() {
    return "LevelEstimate["
        + level
        + ", "
        + data.n
        + " episodes, minutes mean "
        + Summary.shown(minutes.mean())
        + " median "
        + Summary.shown(minutes.median())
        + ", sessions mean "
        + Summary.shown(sessionsPerEpisode().mean())
        + ", weeks mean "
        + Summary.shown(episodeWeeks().mean())
        + "]";
  }
}
