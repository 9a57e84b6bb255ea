package io.github.cmpt.estimate;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.report.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The account of the records behind a set of {@link Estimates}: how many were seen, accepted and
 * rejected (and why), and how many episodes are flagged for a second look, such as
 * {@code DataQuality[seen 3000, accepted 2988, rejected 12 (negative-minutes 3, unknown-kind 9),
 * episodes 310 (single-record 4, mixed-levels 1, outlier 7)]}.
 *
 * <p>Nothing is lost: {@code accepted + rejected = seen}, and each rejected record counts under
 * one {@link Rejection}, the first rule it breaks. Flagged episodes stay in the estimates. The
 * identifiers of the flagged episodes are available for follow-up through
 * {@link #flaggedEpisodes(EpisodeFlag)}; {@link #toString()} and {@link #toTable()} show counts
 * only.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class DataQuality {

  private final long seen;
  private final Map<Rejection, Long> rejected;
  private final int episodes;
  private final Map<EpisodeFlag, List<String>> flagged;

  DataQuality(
      long seen,
      Map<Rejection, Long> rejected,
      int episodes,
      Map<EpisodeFlag, List<String>> flagged) {
    Map<Rejection, Long> r = new EnumMap<>(Rejection.class);
    long total = 0;
    for (Rejection reason : Rejection.all()) {
      long count = rejected.getOrDefault(reason, 0L);
      if (count > 0) {
        r.put(reason, count);
        total += count;
      }
    }
    Checks.check(total <= seen, "rejected", "x <= seen " + seen, total);
    Map<EpisodeFlag, List<String>> f = new EnumMap<>(EpisodeFlag.class);
    for (EpisodeFlag flag : EpisodeFlag.values()) {
      List<String> ids = new ArrayList<>(flagged.getOrDefault(flag, List.of()));
      Collections.sort(ids);
      f.put(flag, Collections.unmodifiableList(ids));
    }
    this.seen = seen;
    this.rejected = Collections.unmodifiableMap(r);
    this.episodes = episodes;
    this.flagged = Collections.unmodifiableMap(f);
  }

  /**
   * Returns the number of records seen.
   *
   * @return the records seen
   */
  public long seen() {
    return seen;
  }

  /**
   * Returns the number of records accepted into the estimates, {@code seen - rejected}.
   *
   * @return the records accepted
   */
  public long accepted() {
    return seen - rejected();
  }

  /**
   * Returns the number of records rejected, for any reason.
   *
   * @return the records rejected
   */
  public long rejected() {
    long total = 0;
    for (long c : rejected.values()) {
      total += c;
    }
    return total;
  }

  /**
   * Returns the number of records rejected for one reason.
   *
   * @param reason the reason, not null
   * @return the records rejected for it
   */
  public long rejected(Rejection reason) {
    return rejected.getOrDefault(Checks.notNull(reason, "reason"), 0L);
  }

  /**
   * Returns the reasons with at least one rejected record, and their counts.
   *
   * @return an unmodifiable map in the order of the reasons
   */
  public Map<Rejection, Long> rejections() {
    return rejected;
  }

  /**
   * Returns the number of episodes with at least one accepted record.
   *
   * @return the episodes
   */
  public int episodes() {
    return episodes;
  }

  /**
   * Returns the number of episodes with a flag.
   *
   * @param flag the flag, not null
   * @return the flagged episodes
   */
  public int flagged(EpisodeFlag flag) {
    return flagged.get(Checks.notNull(flag, "flag")).size();
  }

  /**
   * Returns the identifiers of the episodes with a flag, in clear, so that someone can look at
   * their records again; keep them out of logs and reports.
   *
   * @param flag the flag, not null
   * @return an unmodifiable, sorted list of identifiers
   */
  public List<String> flaggedEpisodes(EpisodeFlag flag) {
    return flagged.get(Checks.notNull(flag, "flag"));
  }

  /**
   * Returns the account as a table: records seen, accepted and rejected for each reason, then
   * episodes and flagged episodes for each flag.
   *
   * @return the table
   */
  public Table toTable() {
    Table.Builder t = Table.builder("Data quality", "Item", "Count", "Rule");
    t.row("Records seen", seen, "");
    t.row("Records accepted", accepted(), "included in the estimates");
    t.row("Records rejected", rejected(), "not included");
    for (Rejection reason : Rejection.all()) {
      t.row("  " + reason.code(), rejected(reason), reason.description());
    }
    t.row("Episodes", episodes, "with at least one accepted record");
    t.row("  " + EpisodeFlag.SINGLE_RECORD.code(), flagged(EpisodeFlag.SINGLE_RECORD),
        "one accepted record; kept");
    t.row("  " + EpisodeFlag.MIXED_LEVELS.code(), flagged(EpisodeFlag.MIXED_LEVELS),
        "several levels; counted at the most complex; kept");
    t.row("  " + EpisodeFlag.OUTLIER.code(), flagged(EpisodeFlag.OUTLIER),
        "minutes outside Tukey's fences of the level; kept");
    return t.build();
  }

  /**
   * Returns whether another object is an account with the same counts and flagged episodes.
   *
   * @param obj the other object
   * @return true for an equal account
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof DataQuality)) {
      return false;
    }
    DataQuality q = (DataQuality) obj;
    return seen == q.seen
        && episodes == q.episodes
        && rejected.equals(q.rejected)
        && flagged.equals(q.flagged);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(seen, episodes, rejected, flagged);
  }

  /**
   * Returns the counts, such as {@code DataQuality[seen 3000, accepted 2988, rejected 12
   * (negative-minutes 3, unknown-kind 9), episodes 310 (single-record 4, mixed-levels 1,
   * outlier 7)]}; never an identifier.
   *
   * @return the account as text
   */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder("DataQuality[seen ")
            .append(seen)
            .append(", accepted ")
            .append(accepted())
            .append(", rejected ")
            .append(rejected());
    if (!rejected.isEmpty()) {
      sb.append(" (");
      String sep = "";
      for (Map.Entry<Rejection, Long> e : rejected.entrySet()) {
        sb.append(sep).append(e.getKey()).append(' ').append(e.getValue());
        sep = ", ";
      }
      sb.append(')');
    }
    sb.append(", episodes ").append(episodes).append(" (");
    String sep = "";
    for (EpisodeFlag flag : EpisodeFlag.values()) {
      sb.append(sep).append(flag).append(' ').append(flagged(flag));
      sep = ", ";
    }
    return sb.append(")]").toString();
  }
}
