package io.github.cmpt.io;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.RecordType;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.estimate.Rejection;
import io.github.cmpt.vocabulary.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns the fields of each CSV row, as FastCSV finds them in its buffer, into one call of the
 * accumulator: identifiers are copied into a reused buffer, codes are matched against the rules'
 * levels, kinds and roles in place, numbers and dates are parsed in place. Nothing is allocated for
 * a good row of an episode already seen.
 *
 * <p>{@link #buildRecord()} returns null for every row handled, so FastCSV goes on to the next row
 * without returning; it returns a problem only to stop the reading: a bad header, or a malformed
 * row under {@link OnMalformedRow#FAIL}.
 */
final class RowHandler extends AbstractBaseCsvCallbackHandler<CsvProblem> {

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
  private final int maxProblems;
  private final ComplexityLevel[] levels;
  private final ActivityKind[] kinds;
  private final String[][] kindForms;
  private final Role[] roles;

  private boolean headerRead;
  private final List<String> header = new ArrayList<>();
  private int[] columnOf = new int[0];
  private final int[] fieldOf = new int[NAMES.length];

  private final Chars episode = new Chars();
  private char[] scratch = new char[64];
  private int level;
  private int kind;
  private int role;
  private long minutes;
  private long day;
  private int groupSize;
  private @Nullable CsvProblem problem;

  private long rows;
  private long malformed;
  private final List<CsvProblem> problems = new ArrayList<>();

  RowHandler(
      EpisodeAccumulator accumulator, String source, OnMalformedRow onMalformedRow,
      int maxProblems) {
    this.accumulator = accumulator;
    this.source = source;
    this.onMalformedRow = onMalformedRow;
    this.maxProblems = maxProblems;
    EstimationRules rules = accumulator.rules();
    this.levels = rules.levels().toArray(new ComplexityLevel[0]);
    this.kinds = rules.kinds().toArray(new ActivityKind[0]);
    this.roles = rules.roles().toArray(new Role[0]);
    this.kindForms = new String[kinds.length][];
    for (int i = 0; i < kinds.length; i++) {
      kindForms[i] = new String[] {kinds[i].code(), normalKind(kinds[i].name())};
    }
  }

  boolean headerRead() {
    return headerRead;
  }

  CsvReadReport report() {
    return new CsvReadReport(source, rows, malformed, problems);
  }

  /** Returns a problem at the line of the current row. */
  CsvProblem problemHere(String message) {
    return new CsvProblem(source, getStartingLineNumber(), 0, null, message);
  }

  @Override
  protected void handleBegin(long startingLineNumber) {
    episode.clear();
    level = BLANK;
    kind = UNKNOWN;
    role = UNKNOWN;
    minutes = 0;
    day = 0;
    groupSize = 1;
    problem = null;
  }

  @Override
  protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
    if (!headerRead) {
      header.add(new String(buf, offset, len));
      return;
    }
    if (fieldIdx >= columnOf.length || columnOf[fieldIdx] < 0 || problem != null) {
      return;
    }
    int off = offset;
    int end = offset + len;
    while (off < end && Character.isWhitespace(buf[off])) {
      off++;
    }
    while (end > off && Character.isWhitespace(buf[end - 1])) {
      end--;
    }
    int n = end - off;
    int column = columnOf[fieldIdx];
    switch (column) {
      case EPISODE:
        if (n == 0) {
          fail(fieldIdx, "no episode identifier");
        } else {
          episode.set(buf, off, n);
        }
        break;
      case LEVEL:
        level = n == 0 ? BLANK : findLevel(buf, off, n);
        break;
      case KIND:
        kind = findKind(buf, off, n);
        break;
      case ROLE:
        role = findRole(buf, off, n);
        break;
      case MINUTES:
        minutes = Fields.parseLong(buf, off, n);
        if (minutes == Fields.INVALID) {
          fail(fieldIdx, n == 0 ? "no minutes" : "not a whole number of minutes: "
              + quote(buf, off, n));
        }
        break;
      case DATE:
        day = Fields.parseEpochDay(buf, off, n);
        if (day == Fields.INVALID) {
          fail(fieldIdx, n == 0 ? "no date" : "not an ISO-8601 date (yyyy-mm-dd): "
              + quote(buf, off, n));
        }
        break;
      default:
        if (n > 0) {
          long g = Fields.parseLong(buf, off, n);
          if (g == Fields.INVALID || g < Integer.MIN_VALUE || g > Integer.MAX_VALUE) {
            fail(fieldIdx, "not a whole number of clients: " + quote(buf, off, n));
          } else {
            groupSize = (int) g;
          }
        }
        break;
    }
  }

  private void fail(int fieldIdx, String message) {
    problem =
        new CsvProblem(source, getStartingLineNumber(), fieldIdx + 1, header.get(fieldIdx).trim(),
            message);
  }

  @Override
  protected @Nullable CsvProblem buildRecord() {
    if (getRecordType() != RecordType.DATA) {
      return null;
    }
    if (!headerRead) {
      return readHeader();
    }
    rows++;
    int fields = getFieldCount();
    if (fields != header.size()) {
      // a row with too few or too many fields is reported as such, even when a field failed to
      // parse: its values may have shifted columns, and a value quoted under the wrong column
      // could be an identifier
      problem = problemHere(fields + " fields where the header has " + header.size());
    }
    CsvProblem p = problem;
    if (p != null) {
      if (onMalformedRow == OnMalformedRow.FAIL) {
        return p;
      }
      malformed++;
      if (problems.size() < maxProblems) {
        problems.add(p);
      }
      accumulator.countRejected(Rejection.MALFORMED);
      return null;
    }
    // The reasons the reader can tell, in the order the accumulator checks them.
    if (level == BLANK) {
      accumulator.countRejected(Rejection.MISSING_LEVEL);
    } else if (level == UNKNOWN) {
      accumulator.countRejected(Rejection.UNKNOWN_LEVEL);
    } else if (kind == UNKNOWN) {
      accumulator.countRejected(Rejection.UNKNOWN_KIND);
    } else if (role == UNKNOWN) {
      accumulator.countRejected(Rejection.UNKNOWN_ROLE);
    } else {
      accumulator.accept(
          episode, levels[level], kinds[kind], roles[role], minutes, day, groupSize);
    }
    return null;
  }

  private @Nullable CsvProblem readHeader() {
    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
      header.set(0, header.get(0).substring(1));
    }
    headerRead = true;
    Arrays.fill(fieldOf, -1);
    columnOf = new int[header.size()];
    for (int i = 0; i < header.size(); i++) {
      String name = normalName(header.get(i));
      columnOf[i] = -1;
      for (int c = 0; c < NAMES.length; c++) {
        if (NAMES[c].equals(name)) {
          if (fieldOf[c] >= 0) {
            return new CsvProblem(source, getStartingLineNumber(), i + 1, header.get(i).trim(),
                "column \"" + NAMES[c] + "\" appears twice, also in column " + (fieldOf[c] + 1));
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
      return problemHere(
          "missing column" + (missing.size() > 1 ? "s " : " ") + quoted(missing)
              + "; the header has " + quoted(header));
    }
    return null;
  }

  private int findLevel(char[] buf, int off, int n) {
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
      if (equalsIgnoreCase(roles[i].code(), buf, off, n)) {
        return i;
      }
    }
    return UNKNOWN;
  }

  /** Finds a kind by code or name, after the normalisation of {@link ActivityKind#of}. */
  private int findKind(char[] buf, int off, int n) {
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
      if (!Character.isWhitespace(c) && c != '_' && c != '-') {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  private static String normalKind(String name) {
    return name.trim().toLowerCase(Locale.ROOT).replace('_', '-').replaceAll("\\s+", "-");
  }

  private static String quote(char[] buf, int off, int n) {
    int shown = Math.min(n, 40);
    return "\"" + new String(buf, off, shown) + (shown < n ? "...\"" : "\"");
  }

  private static String quoted(List<String> names) {
    StringBuilder sb = new StringBuilder();
    for (String s : names) {
      sb.append(sb.length() == 0 ? "" : ", ").append('"').append(s.trim()).append('"');
    }
    return sb.toString();
  }
}
