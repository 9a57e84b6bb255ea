package io.github.cmpt.io;

import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.estimate.Rejection;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the rows of a {@link CsvScanner} into calls of the accumulator: identifiers are handed
 * over in a reused buffer, codes are matched against the rules' levels, kinds and roles in place,
 * numbers and dates are parsed in place. Nothing is allocated for a good row of an episode
 * already seen. Each rejected row is counted under the first rule it breaks, with its place.
 */
final class RowHandler {

  static final int EPISODE = 0;
  static final int LEVEL = 1;
  static final int KIND = 2;
  static final int ROLE = 3;
  static final int MINUTES = 4;
  static final int DATE = 5;
  static final int GROUP_SIZE = 6;

  /** The column names, normalised (lower case, no spaces, hyphens or underscores). */
  private static final String[] NAMES = {
    "episode", "level", "kind", "role", "minutes", "date", "groupsize"
  };

  private static final int REQUIRED = 6;
  private static final int BLANK = -1;
  private static final int UNKNOWN = -2;

  private final EpisodeAccumulator accumulator;
  private final String source;
  private final OnMalformedRow onMalformedRow;
  private final int maxField;
  private final Problems problems;
  private final ComplexityLevel[] levels;
  private final ActivityKind[] kinds;
  private final String[][] kindForms;
  private final Role[] roles;
  private final String window;

  private final List<String> header = new ArrayList<>();
  private final int[] fieldOf = new int[NAMES.length];
  private int[] columnOf = new int[0];

  private final Chars episode = new Chars();
  private char[] scratch = new char[64];
  private long rows;

  RowHandler(
      EpisodeAccumulator accumulator, String source, OnMalformedRow onMalformedRow, int maxField,
      int problemsPerRule) {
    this.accumulator = accumulator;
    this.source = source;
    this.onMalformedRow = onMalformedRow;
    this.maxField = maxField;
    this.problems = new Problems(problemsPerRule);
    EstimationRules rules = accumulator.rules();
    this.levels = rules.levels().toArray(new ComplexityLevel[0]);
    this.kinds = rules.kinds().toArray(new ActivityKind[0]);
    this.roles = rules.roles().toArray(new Role[0]);
    this.kindForms = new String[kinds.length][];
    for (int i = 0; i < kinds.length; i++) {
      kindForms[i] = new String[] {kinds[i].code(), normalKind(kinds[i].name())};
    }
    this.window =
        rules.windowStart().map(Object::toString).orElse("any date")
            + " to "
            + rules.windowEnd().map(Object::toString).orElse("any date");
  }

  long rows() {
    return rows;
  }

  /** Counts rows read by another path straight into the accumulator. */
  void countRows(long n) {
    rows += n;
  }

  /** The header's names, as read. */
  List<String> header() {
    return header;
  }

  /** The column (one of {@link #EPISODE} to {@link #GROUP_SIZE}) of each field, -1 for none. */
  int[] columns() {
    return columnOf.clone();
  }

  EpisodeAccumulator accumulator() {
    return accumulator;
  }

  Problems problems() {
    return problems;
  }

  /**
   * Reads the header from a scanner; the header is the first row that is not empty.
   *
   * @throws CsvFormatException when the header is missing or does not name each required column
   *     once
   */
  void readHeader(CsvScanner scanner) throws IOException {
    if (!scanner.next()) {
      throw new CsvFormatException(
          new CsvProblem(source, 1, 0, null, CsvRule.HEADER, "no header row"));
    }
    CsvRule made = scanner.problem();
    if (made != null) {
      throw new CsvFormatException(
          new CsvProblem(source, scanner.problemLine(), scanner.problemColumn(), null, made,
              describe(made) + " in the header"));
    }
    char[] d = scanner.data();
    for (int i = 0; i < scanner.fieldCount(); i++) {
      header.add(new String(d, scanner.start(i), scanner.end(i) - scanner.start(i)));
    }
    useHeader(scanner.rowLine());
    scanner.keep(keep());
  }

  /** Takes over the header read by another handler of the same file. */
  void useHeader(RowHandler other) throws CsvFormatException {
    header.addAll(other.header);
    useHeader(1);
  }

  /** The number of fields of a row the handler reads: up to the last column it uses. */
  int keep() {
    int last = 0;
    for (int c : fieldOf) {
      last = Math.max(last, c + 1);
    }
    return last;
  }

  private void useHeader(long line) throws CsvFormatException {
    Arrays.fill(fieldOf, -1);
    columnOf = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      String name = normalName(header.get(i));
      columnOf[i] = -1;
      for (int c = 0; c < NAMES.length; c++) {
        if (NAMES[c].equals(name)) {
          if (fieldOf[c] >= 0) {
            throw new CsvFormatException(
                new CsvProblem(source, line, i + 1, header.get(i).trim(), CsvRule.HEADER,
                    "column \"" + NAMES[c] + "\" appears twice, also in column "
                        + (fieldOf[c] + 1)));
          }
          fieldOf[c] = i;
          columnOf[i] = c;
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (int c = 0; c < REQUIRED; c++) {
      if (fieldOf[c] < 0) {
        missing.add(NAMES[c]);
      }
    }
    if (!missing.isEmpty()) {
      throw new CsvFormatException(
          new CsvProblem(source, line, 0, null, CsvRule.HEADER,
              "missing column" + (missing.size() > 1 ? "s " : " ") + quoted(missing)
                  + "; the header has " + quoted(header)));
    }
  }

  /**
   * Handles the scanner's current row: into the accumulator, or counted under the rule it
   * breaks.
   *
   * @throws CsvFormatException when the row is malformed and the reader stops at malformed rows
   */
  void row(CsvScanner s) throws CsvFormatException {
    rows++;
    CsvRule made = s.problem();
    if (made != null) {
      int column = s.problemColumn();
      malformed(s.problemLine(), column, made, describe(made));
      return;
    }
    if (s.fieldCount() != header.size()) {
      // reported as such even when a field fails to parse: the values may have shifted columns
      malformed(s.rowLine(), 0, CsvRule.FIELD_COUNT,
          s.fieldCount() + " fields where the header has " + header.size());
      return;
    }
    char[] d = s.data();
    int level = BLANK;
    int kind = UNKNOWN;
    int role = UNKNOWN;
    long minutes = 0;
    long day = 0;
    int groupSize = 1;
    int kindField = -1;
    int roleField = -1;
    int levelField = -1;
    int kindLength = 0;
    int roleLength = 0;
    int levelLength = 0;
    // values in the order of the columns, the first malformed one rejects the row
    for (int f = 0; f < s.kept(); f++) {
      int column = f < columnOf.length ? columnOf[f] : -1;
      if (column < 0) {
        continue;
      }
      int off = s.start(f);
      int end = s.end(f);
      while (off < end && Character.isWhitespace(d[off])) {
        off++;
      }
      while (end > off && Character.isWhitespace(d[end - 1])) {
        end--;
      }
      int n = end - off;
      switch (column) {
        case EPISODE:
          if (n == 0) {
            malformed(s.line(f), f + 1, CsvRule.NO_EPISODE, "no episode identifier");
            return;
          }
          episode.set(d, off, n);
          break;
        case LEVEL:
          level = n == 0 ? BLANK : findLevel(d, off, n);
          levelField = f;
          levelLength = n;
          break;
        case KIND:
          kind = findKind(d, off, n);
          kindField = f;
          kindLength = n;
          break;
        case ROLE:
          role = findRole(d, off, n);
          roleField = f;
          roleLength = n;
          break;
        case MINUTES:
          minutes = Fields.parseLong(d, off, n);
          if (minutes == Fields.INVALID) {
            malformed(s.line(f), f + 1, CsvRule.MINUTES_FORMAT,
                n == 0 ? "no minutes" : "not a whole number of minutes" + length(n));
            return;
          }
          break;
        case DATE:
          day = Fields.parseEpochDay(d, off, n);
          if (day == Fields.INVALID) {
            malformed(s.line(f), f + 1, CsvRule.DATE_FORMAT,
                n == 0 ? "no date" : "not an ISO-8601 date, yyyy-mm-dd" + length(n));
            return;
          }
          break;
        default:
          if (n > 0) {
            long g = Fields.parseLong(d, off, n);
            if (g == Fields.INVALID || g < Integer.MIN_VALUE || g > Integer.MAX_VALUE) {
              malformed(s.line(f), f + 1, CsvRule.GROUP_SIZE_FORMAT,
                  "not a whole number of clients" + length(n));
              return;
            }
            groupSize = (int) g;
          }
          break;
      }
    }
    // The reasons the reader can tell, in the order the accumulator checks them.
    if (level == BLANK) {
      rejected(s, levelField, Rejection.MISSING_LEVEL, "no complexity level");
    } else if (level == UNKNOWN) {
      rejected(s, levelField, Rejection.UNKNOWN_LEVEL,
          "not one of the rules' levels" + length(levelLength));
    } else if (kind == UNKNOWN) {
      rejected(s, kindField, Rejection.UNKNOWN_KIND,
          kindLength == 0 ? "no activity kind"
              : "not one of the rules' activity kinds" + length(kindLength));
    } else if (role == UNKNOWN) {
      rejected(s, roleField, Rejection.UNKNOWN_ROLE,
          roleLength == 0 ? "no role" : "not one of the rules' roles" + length(roleLength));
    } else {
      Optional<Rejection> r =
          accumulator.accept(
              episode, levels[level], kinds[kind], roles[role], minutes, day, groupSize);
      if (r.isPresent()) {
        located(s, r.get());
      }
    }
  }

  /** Locates a rejection that the accumulator found, in its column. */
  private void located(CsvScanner s, Rejection reason) {
    CsvRule rule = CsvRule.of(reason);
    if (!problems.keeps(rule)) {
      problems.count(rule);
      return;
    }
    int field;
    String message;
    switch (reason) {
      case NEGATIVE_MINUTES:
        field = fieldOf[MINUTES];
        message = "minutes < 0";
        break;
      case ABSURD_MINUTES:
        field = fieldOf[MINUTES];
        message = "minutes above the rules' maximum of " + accumulator.rules().maxMinutes();
        break;
      case INVALID_GROUP_SIZE:
        field = fieldOf[GROUP_SIZE];
        message = "a group size < 1";
        break;
      case DATE_OUTSIDE_WINDOW:
        field = fieldOf[DATE];
        message = "a date outside the rules' window, " + window;
        break;
      default:
        field = -1;
        message = reason.description();
        break;
    }
    problems.add(problem(s, field, rule, message));
  }

  private void rejected(CsvScanner s, int field, Rejection reason, String message) {
    accumulator.countRejected(reason);
    CsvRule rule = CsvRule.of(reason);
    if (problems.keeps(rule)) {
      problems.add(problem(s, field, rule, message));
    } else {
      problems.count(rule);
    }
  }

  private CsvProblem problem(CsvScanner s, int field, CsvRule rule, String message) {
    long line = field >= 0 && field < s.kept() ? s.line(field) : s.rowLine();
    return new CsvProblem(source, line, field + 1, columnName(field + 1), rule, message);
  }

  private void malformed(long line, int column, CsvRule rule, String message)
      throws CsvFormatException {
    if (onMalformedRow == OnMalformedRow.FAIL) {
      throw new CsvFormatException(
          new CsvProblem(source, line, column, columnName(column), rule, message));
    }
    accumulator.countRejected(Rejection.MALFORMED);
    if (problems.keeps(rule)) {
      problems.add(new CsvProblem(source, line, column, columnName(column), rule, message));
    } else {
      problems.count(rule);
    }
  }

  private @Nullable String columnName(int column) {
    return column > 0 && column <= header.size() ? header.get(column - 1).trim() : null;
  }

  private String describe(CsvRule rule) {
    switch (rule) {
      case ENCODING:
        return "bytes that are not valid text in the file's character set";
      case UNCLOSED_QUOTE:
        return "a quoted field opened here is not closed before the end of the file or within "
            + maxField + " characters";
      case FIELD_TOO_LONG:
        return "a field longer than " + maxField + " characters";
      default:
        return rule.description();
    }
  }

  private static String length(int n) {
    return " (a value of " + n + (n == 1 ? " character)" : " characters)");
  }

  private int findLevel(char[] buf, int off, int n) {
    for (int i = 0; i < levels.length; i++) {
      if (sameChars(levels[i].code(), buf, off, n)) {
        return i;
      }
    }
    for (int i = 0; i < levels.length; i++) {
      if (equalsIgnoreCase(levels[i].code(), buf, off, n)) {
        return i;
      }
    }
    for (int i = 0; i < levels.length; i++) {
      if (equalsIgnoreCase(levels[i].name(), buf, off, n)) {
        return i;
      }
    }
    return UNKNOWN;
  }

  private int findRole(char[] buf, int off, int n) {
    for (int i = 0; i < roles.length; i++) {
      if (sameChars(roles[i].code(), buf, off, n)) {
        return i;
      }
    }
    for (int i = 0; i < roles.length; i++) {
      if (equalsIgnoreCase(roles[i].code(), buf, off, n)) {
        return i;
      }
    }
    return UNKNOWN;
  }

  /** Finds a kind by code or name, after the normalisation of {@link ActivityKind#of}. */
  private int findKind(char[] buf, int off, int n) {
    for (int k = 0; k < kinds.length; k++) {
      if (sameChars(kindForms[k][0], buf, off, n)) {
        return k;
      }
    }
    if (scratch.length < n) {
      scratch = new char[Math.max(n, 2 * scratch.length)];
    }
    int len = 0;
    boolean space = false;
    for (int i = off; i < off + n; i++) {
      char c = buf[i];
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space) {
        scratch[len++] = '-';
        space = false;
      }
      scratch[len++] = c == '_' ? '-' : Character.toLowerCase(c);
    }
    for (int k = 0; k < kindForms.length; k++) {
      for (String form : kindForms[k]) {
        if (sameChars(form, scratch, len)) {
          return k;
        }
      }
    }
    return UNKNOWN;
  }

  private static boolean sameChars(String s, char[] buf, int off, int n) {
    if (s.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) != buf[off + i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameChars(String s, char[] buf, int n) {
    if (s.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) != buf[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean equalsIgnoreCase(String s, char[] buf, int off, int n) {
    if (s.length() != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char a = s.charAt(i);
      char b = buf[off + i];
      if (a != b
          && Character.toUpperCase(a) != Character.toUpperCase(b)
          && Character.toLowerCase(a) != Character.toLowerCase(b)) {
        return false;
      }
    }
    return true;
  }

  static String normalName(String name) {
    StringBuilder sb = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (!Character.isWhitespace(c) && c != '_' && c != '-' && c != '\uFEFF') {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  private static String normalKind(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("\\s+", "-");
  }

  private static String quoted(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (String s : names) {
      sb.append(sb.length() == 0 ? "" : ", ").append('"').append(s.trim()).append('"');
    }
    return sb.toString();
  }
}
