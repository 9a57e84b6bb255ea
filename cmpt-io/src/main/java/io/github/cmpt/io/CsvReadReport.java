package io.github.cmpt.io;

import io.github.cmpt.estimate.Rejection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link ActivityCsvReader} read from one source: the data rows, the rows it rejected,
 * counted under the {@link CsvRule} each breaks first, and the first problems of each rule with
 * their place, such as {@code CsvReadReport[visits.csv, 3016 rows, 14 rejected (minutes-format 2,
 * unknown-kind 12)]}.
 *
 * <p>Every data row counts once: read into the estimator (accepted), or rejected under one rule.
 * The rows rejected under the estimator's rules are also in the accumulator's
 * {@link io.github.cmpt.estimate.DataQuality} account, under the same {@link Rejection}; the
 * rows rejected under the rules of the format count there as {@link Rejection#MALFORMED}.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class CsvReadReport {

  private final String source;
  private final long rows;
  private final Map<CsvRule, Long> rejected;
  private final List<CsvProblem> problems;

  CsvReadReport(String source, long rows, Map<CsvRule, Long> rejected, List<CsvProblem> problems) {
    Map<CsvRule, Long> r = new EnumMap<>(CsvRule.class);
    for (Map.Entry<CsvRule, Long> e : rejected.entrySet()) {
      if (e.getValue() > 0) {
        r.put(e.getKey(), e.getValue());
      }
    }
    this.source = source;
    this.rows = rows;
    this.rejected = Collections.unmodifiableMap(r);
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the name of the file or other source read.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * Returns the number of data rows read, not counting the header and empty lines.
   *
   * @return the rows
   */
  public long rows() {
    return rows;
  }

  /**
   * Returns the number of rows rejected under a rule of the format, counted as
   * {@link Rejection#MALFORMED} by the estimator.
   *
   * @return the malformed rows
   */
  public long malformed() {
    return rejected(Rejection.MALFORMED);
  }

  /**
   * Returns the number of rows rejected, under any rule.
   *
   * @return the rejected rows
   */
  public long rejected() {
    long total = 0;
    for (long c : rejected.values()) {
      total += c;
    }
    return total;
  }

  /**
   * Returns the number of rows rejected under one rule.
   *
   * @param rule the rule, not null
   * @return the rows rejected under it
   */
  public long rejected(CsvRule rule) {
    return rejected.getOrDefault(Args.notNull(rule, "rule"), 0L);
  }

  /**
   * Returns the number of rows rejected under the rules that count as one reason of the
   * estimator.
   *
   * @param reason the reason, not null
   * @return the rows rejected for it
   */
  public long rejected(Rejection reason) {
    Args.notNull(reason, "reason");
    long total = 0;
    for (Map.Entry<CsvRule, Long> e : rejected.entrySet()) {
      if (e.getKey().rejection().orElse(null) == reason) {
        total += e.getValue();
      }
    }
    return total;
  }

  /**
   * Returns the rules with at least one rejected row, and their counts.
   *
   * @return an unmodifiable map in the order of the rules
   */
  public Map<CsvRule, Long> rejections() {
    return rejected;
  }

  /**
   * Returns the problems kept: the first of each rule, as many as the reader keeps per rule.
   *
   * @return an unmodifiable list of problems, in the order of the file
   */
  public List<CsvProblem> problems() {
    return problems;
  }

  /**
   * Returns the problems kept of one rule: the first rows that broke it.
   *
   * @param rule the rule, not null
   * @return an unmodifiable list of problems, in the order of the file
   */
  public List<CsvProblem> problems(CsvRule rule) {
    Args.notNull(rule, "rule");
    List<CsvProblem> out = new ArrayList<>();
    for (CsvProblem p : problems) {
      if (p.rule() == rule) {
        out.add(p);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns whether another object is a report with the same counts and problems.
   *
   * @param obj the other object
   * @return true for an equal report
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof CsvReadReport)) {
      return false;
    }
    CsvReadReport r = (CsvReadReport) obj;
    return source.equals(r.source)
        && rows == r.rows
        && rejected.equals(r.rejected)
        && problems.equals(r.problems);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(source, rows, rejected, problems);
  }

  /**
   * Returns the source and counts, such as {@code CsvReadReport[visits.csv, 3016 rows, 14
   * rejected (minutes-format 2, unknown-kind 12)]}.
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder("CsvReadReport[")
            .append(source)
            .append(", ")
            .append(rows)
            .append(" rows, ")
            .append(rejected())
            .append(" rejected");
    if (!rejected.isEmpty()) {
      String sep = " (";
      for (Map.Entry<CsvRule, Long> e : rejected.entrySet()) {
        sb.append(sep).append(e.getKey()).append(' ').append(e.getValue());
        sep = ", ";
      }
      sb.append(')');
    }
    return sb.append(']').toString();
  }
}
