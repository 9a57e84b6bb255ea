package io.github.cmpt.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rejected rows of one read, or of one part of a file read in parts: a count per rule and
 * the first problems of each rule.
 */
final class Problems {

  private final int keepPerRule;
  private final long[] counts = new long[CsvRule.all().length];
  private final List<List<CsvProblem>> kept = new ArrayList<>();

  Problems(int keepPerRule) {
    this.keepPerRule = keepPerRule;
    for (int i = 0; i < counts.length; i++) {
      kept.add(new ArrayList<>());
    }
  }

  /** Counts a rejected row and keeps its problem if fewer than the limit of its rule are kept. */
  void add(CsvProblem problem) {
    int r = problem.rule().ordinal();
    counts[r]++;
    List<CsvProblem> list = kept.get(r);
    if (list.size() < keepPerRule) {
      list.add(problem);
    }
  }

  /** Whether another problem of a rule would be kept. */
  boolean keeps(CsvRule rule) {
    return kept.get(rule.ordinal()).size() < keepPerRule;
  }

  /** Counts a rejected row whose problem is not kept. */
  void count(CsvRule rule) {
    counts[rule.ordinal()]++;
  }

  /** Adds the problems of the next part of the file, whose lines start after {@code lines}. */
  void addPart(Problems part, long lines) {
    for (int r = 0; r < counts.length; r++) {
      counts[r] += part.counts[r];
      List<CsvProblem> list = kept.get(r);
      for (CsvProblem p : part.kept.get(r)) {
        if (list.size() < keepPerRule) {
          list.add(p.movedBy(lines));
        }
      }
    }
  }

  /**
   * Adds the problems of rows of the same file read by another handler (rows of other episodes,
   * on the same lines): the first kept of each rule are the first by line of both.
   */
  void addByLine(Problems other) {
    Comparator<CsvProblem> order =
        Comparator.comparingLong(CsvProblem::line).thenComparingInt(CsvProblem::columnNumber);
    for (int r = 0; r < counts.length; r++) {
      counts[r] += other.counts[r];
      List<CsvProblem> list = kept.get(r);
      list.addAll(other.kept.get(r));
      list.sort(order);
      while (list.size() > keepPerRule) {
        list.remove(list.size() - 1);
      }
    }
  }

  CsvReadReport report(String source, long rows) {
    Map<CsvRule, Long> map = new EnumMap<>(CsvRule.class);
    List<CsvProblem> all = new ArrayList<>();
    for (CsvRule rule : CsvRule.all()) {
      map.put(rule, counts[rule.ordinal()]);
      all.addAll(kept.get(rule.ordinal()));
    }
    all.sort(Comparator.comparingLong(CsvProblem::line).thenComparingInt(CsvProblem::columnNumber));
    return new CsvReadReport(source, rows, map, all);
  }
}
