package io.github.cmpt.report;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A titled table of a worksheet, such as the Step 1 lines of a team, that renders as plain text,
 * Markdown or CSV, with figures that add up as shown.
 *
 * <p><b>Cells.</b> Cells keep their values: {@link Hours}, {@link Fte}, {@link Percentage}, whole
 * numbers ({@link Long}, {@link Integer}), other decimals ({@link Fraction}, {@link BigDecimal}:
 * ratios, factors, days) or text; {@code ""} is an empty cell. The first column is the row label.
 * Columns whose cells are all numbers (or empty) are right-aligned, the others left-aligned.
 *
 * <p><b>Decimals for reading.</b> Plain text and Markdown show hours and percentages to one decimal,
 * FTE to two and whole numbers as they are. The other decimals (ratios, factors, days) of a column
 * all get one number of decimals, the fewest (at most two) that shows each of them exactly, so a
 * column never mixes {@code 0.9} and {@code 0.85}; in a column that mixes kinds of figures (a
 * table whose rows are figures, such as FTE, hours and a ratio for each role), the decimals of a
 * row share one number instead. A cell is first rounded half away from zero.
 *
 * <p><b>Figures that add up as shown.</b> A table knows which of its lines are parts of which total
 * ({@link Builder#rowTotal}, {@link Builder#columnTotal}) and which are differences
 * ({@link Builder#rowDifference}, {@link Builder#columnDifference}), and the rounding for reading
 * keeps these relations between the numbers shown, in this order:
 * <ol>
 *   <li>in each column, a row total keeps its own rounding and its parts share it out by largest
 *       remainder: each part is rounded down, and the units of the last digit still missing go one
 *       each to the parts with the largest remainders; among equal remainders the larger part
 *       (which keeps the main figure of a line, such as client-care hours, at its own rounding
 *       when it ties with a smaller one), then the first. A part that is a total
 *       itself then shares out its own shown value, so nested totals (paid hours = leave + worked
 *       hours, worked hours = non-client + client-care) add up at every level. Each part shown is its
 *       exact value rounded down or up;</li>
 *   <li>a row difference is the difference of the two rows as shown;</li>
 *   <li>a column total is the sum of the part columns as shown, in each row where they all hold an
 *       amount of one kind (hours, FTE or a whole number: shares and ratios do not add across
 *       columns); a column difference is the difference of the two columns as shown, in every row
 *       where both hold numbers of one kind.</li>
 * </ol>
 * A total or difference shown by steps 2 and 3 is within half a unit of its last digit of its exact
 * value for each figure it is made of (a team of four clinicians: within two units), so it may
 * differ from its own exact value rounded, and from the same figure in another table. A relation
 * applies to the cells where the total and its parts
 * are numbers of one kind, and is checked against the exact values when the table is built.
 *
 * <p><b>Hierarchy.</b> A label indented by two spaces per level (such as {@code "  Leave: Sick"}
 * under {@code "Total leave"}) keeps its indentation in text and CSV; Markdown, which trims the
 * spaces of a cell, writes {@code "↳ "} for the first level and two no-break spaces more for each
 * further level, so that a detail line never reads as a total.
 *
 * <p><b>CSV.</b> {@link #toCsv()} writes exact values, to at most {@value #EXACT_DECIMALS}
 * decimals (half-even beyond), without units in the cells: the unit goes into the heading of a
 * column whose numbers share one ({@code Hours/week (h)}, {@code Share (%)}), or else into the
 * label of a row whose numbers share one ({@code Workload pressure (%)}); a heading that already
 * names the unit is left as it is. {@link #toLongCsv()} writes one figure per record (table,
 * line, row, column, value, unit), the tidy form pandas and R read directly.
 *
 * <p><b>Escaping.</b> Markdown escapes backslashes and pipes ({@code \\}, {@code \|}) and writes
 * a line break inside a cell as a space; CSV quotes a field holding a comma, a quote or a line
 * break, doubling its quotes (RFC 4180).
 *
 * <pre>{@code
 * Table table = Table.builder("Hours", "Line", "Year")
 *     .row("Paid hours", Hours.of(1950))
 *     .row("  Leave", Hours.of("232.45"))
 *     .row("  Worked hours", Hours.of("1717.55"))
 *     .rowTotal("Paid hours", List.of("Leave", "Worked hours"))
 *     .build();
 * String text = table.toText();   // 1950.0 = 232.4 + 1717.6
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Table {

  /** The most decimals of an exact value in CSV: {@value}. */
  public static final int EXACT_DECIMALS = 12;

  /** How close, in absolute value, the exact figures of a relation must be: 10^-9. */
  private static final Fraction RELATION_TOLERANCE = Fraction.of(1, 1_000_000_000);

  private static final String NEWLINE = "\n";

  private final String title;
  private final List<String> columns;
  private final List<List<Object>> rows;
  private final List<String> notes;
  private final List<Relation> relations;

  private Table(
      String title,
      List<String> columns,
      List<List<Object>> rows,
      List<String> notes,
      List<Relation> relations) {
    this.title = title;
    this.columns = columns;
    this.rows = rows;
    this.notes = notes;
    this.relations = relations;
  }

  /** The direction of a {@link Relation}: between rows (within each column) or between columns. */
  public enum Axis {
    /** A relation between rows, such as a total line, holding in each column. */
    ROWS,
    /** A relation between columns, such as a team column, holding in each row. */
    COLUMNS
  }

  /**
   * A relation between lines of a table: {@code total = sum of plus - sum of minus}, such as
   * {@code Total leave = Leave: Vacation + Leave: Sick} (a total) or
   * {@code Gap = Supply - Demand} (a difference). Lines are named by their row label (without its
   * indentation) or their column heading.
   *
   * @param axis whether the lines are rows or columns
   * @param total the line that holds the total or the difference
   * @param plus the lines added
   * @param minus the lines subtracted, empty for a total
   */
  public record Relation(Axis axis, String total, List<String> plus, List<String> minus) {

    /**
     * Returns a relation.
     *
     * @param axis whether the lines are rows or columns, not null
     * @param total the line of the total, not null
     * @param plus the lines added, at least one, none null
     * @param minus the lines subtracted, none null
     * @throws NullPointerException when an argument or a line is null
     */
    public Relation {
      Checks.notNull(axis, "axis");
      Checks.notNull(total, "total");
      noneNull(plus, "plus");
      noneNull(minus, "minus");
      plus = List.copyOf(plus);
      minus = List.copyOf(minus);
      Checks.check(!plus.isEmpty(), "plus", "at least one line", "none");
    }

    /**
     * Returns the relation as a formula, such as {@code Total leave = Vacation + Sick}.
     *
     * @return the formula
     */
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(total).append(" = ").append(String.join(" + ", plus));
      for (String m : minus) {
        sb.append(" - ").append(m);
      }
      return sb.toString();
    }
  }

  /**
   * Returns a builder of a table with the given title and column headings.
   *
   * @param title the title, not null
   * @param columns the column headings, the first one for the row labels, at least one
   * @return a builder
   * @throws IllegalArgumentException when no column is given
   * @throws NullPointerException when the title, the columns or a column is null
   */
  public static Builder builder(String title, String... columns) {
    return builder(title, Arrays.asList(Checks.notNull(columns, "columns")));
  }

  /**
   * Returns a builder of a table with the given title and column headings.
   *
   * @param title the title, not null
   * @param columns the column headings, the first one for the row labels, at least one
   * @return a builder
   * @throws IllegalArgumentException when no column is given
   * @throws NullPointerException when the title, the columns or a column is null
   */
  public static Builder builder(String title, List<String> columns) {
    Checks.notNull(title, "title");
    noneNull(columns, "columns");
    Checks.check(!columns.isEmpty(), "columns", "at least one column", "none");
    return new Builder(title, List.copyOf(columns));
  }

  /**
   * Returns the title.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns a copy of this table with another title, such as when a report puts it under a step.
   *
   * @param newTitle the title, not null
   * @return the copy
   */
  public Table withTitle(String newTitle) {
    return new Table(Checks.notNull(newTitle, "newTitle"), columns, rows, notes, relations);
  }

  /**
   * Returns the column headings.
   *
   * @return an unmodifiable list of headings
   */
  public List<String> columns() {
    return columns;
  }

  /**
   * Returns the rows, each with one value for each column.
   *
   * @return an unmodifiable list of rows
   */
  public List<List<Object>> rows() {
    return rows;
  }

  /**
   * Returns the notes printed under the table, such as the assumptions behind it.
   *
   * @return an unmodifiable list of notes
   */
  public List<String> notes() {
    return notes;
  }

  /**
   * Returns the totals and differences the rounding for reading keeps, in the order declared.
   *
   * @return an unmodifiable list of relations
   */
  public List<Relation> relations() {
    return relations;
  }

  /**
   * Returns the value in a row and column.
   *
   * @param row the row index, from 0
   * @param column the column index, from 0 (the label)
   * @return the value
   * @throws IndexOutOfBoundsException when there is no such cell
   */
  public Object cell(int row, int column) {
    return rows.get(row).get(column);
  }

  /**
   * Returns the index of the one row with a label, ignoring the label's indentation.
   *
   * @param label the label, not null
   * @return the row index, from 0
   * @throws IllegalArgumentException when no row or more than one row has this label
   */
  public int rowIndex(String label) {
    Checks.notNull(label, "label");
    int found = -1;
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).get(0).toString().strip().equals(label.strip())) {
        Checks.check(found < 0, "label", "the label of one row of " + title, label);
        found = r;
      }
    }
    Checks.check(found >= 0, "label", "the label of a row of " + title, label);
    return found;
  }

  /**
   * Returns the index of the one column with a heading.
   *
   * @param heading the heading, not null
   * @return the column index, from 0 (the labels)
   * @throws IllegalArgumentException when no column or more than one column has this heading
   */
  public int columnIndex(String heading) {
    Checks.notNull(heading, "heading");
    int found = columns.indexOf(heading);
    Checks.check(
        found >= 0 && columns.lastIndexOf(heading) == found,
        "heading",
        "the heading of one column of " + title,
        heading);
    return found;
  }

  /**
   * Returns the cells as text and Markdown show them: numbers rounded for reading so that the
   * relations hold (see the class description), with a {@code %} sign for percentages; labels
   * and text as they are.
   *
   * @return one list of cells for each row, without the headings
   */
  public List<List<String>> shownCells() {
    return Display.shown(this);
  }

  /**
   * Renders the table as aligned plain text: the title underlined, the headings, a rule, then the
   * rows, numbers right-aligned, two spaces between columns.
   *
   * @return the table as text, ending with a line break
   */
  public String toText() {
    List<List<String>> cells = new ArrayList<>();
    cells.add(columns);
    for (List<String> r : Display.shown(this)) {
      List<String> flat = new ArrayList<>(r.size());
      r.forEach(s -> flat.add(oneLine(s)));
      cells.add(flat);
    }
    boolean[] right = rightAligned();
    int[] widths = new int[columns.size()];
    for (List<String> r : cells) {
      for (int i = 0; i < r.size(); i++) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(oneLine(title)).append(NEWLINE).append("=".repeat(title.length())).append(NEWLINE);
    for (int r = 0; r < cells.size(); r++) {
      List<String> row = cells.get(r);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          line.append("  ");
        }
        String s = row.get(i);
        String pad = " ".repeat(widths[i] - s.length());
        line.append(right[i] ? pad + s : s + pad);
      }
      out.append(stripEnd(line)).append(NEWLINE);
      if (r == 0) {
        int total = 0;
        for (int w : widths) {
          total += w;
        }
        out.append("-".repeat(total + 2 * (widths.length - 1))).append(NEWLINE);
      }
    }
    for (String note : notes) {
      out.append(note).append(NEWLINE);
    }
    return out.toString();
  }

  /**
   * Renders the table as a Markdown (GitHub-flavoured) table under a level-3 heading, with the
   * indentation of labels written as {@code "↳ "} (see the class description) and backslashes,
   * pipes and line breaks in cells escaped.
   *
   * @return the table as Markdown, ending with a line break
   */
  public String toMarkdown() {
    List<List<String>> cells = new ArrayList<>();
    cells.add(columns);
    cells.addAll(Display.shown(this));
    boolean[] right = rightAligned();
    StringBuilder out = new StringBuilder();
    out.append("### ").append(oneLine(title)).append(NEWLINE).append(NEWLINE);
    for (int r = 0; r < cells.size(); r++) {
      out.append('|');
      List<String> row = cells.get(r);
      for (int i = 0; i < row.size(); i++) {
        String s = row.get(i);
        if (i == 0 && r > 0) {
          s = markdownIndent(s);
        }
        out.append(' ').append(markdownCell(s)).append(" |");
      }
      out.append(NEWLINE);
      if (r == 0) {
        out.append('|');
        for (boolean alignRight : right) {
          out.append(alignRight ? " ---: |" : " --- |");
        }
        out.append(NEWLINE);
      }
    }
    if (!notes.isEmpty()) {
      out.append(NEWLINE);
      for (String note : notes) {
        out.append(note).append(NEWLINE);
      }
    }
    return out.toString();
  }

  /**
   * Renders the table as CSV (RFC 4180: comma-separated, fields quoted when needed, CRLF line
   * breaks), with the headings as the first record and exact values without units in the cells,
   * the units in the headings or the row labels (see the class description).
   *
   * @return the table as CSV
   */
  public String toCsv() {
    List<String> headings = new ArrayList<>(columns);
    String[] columnUnits = new String[columns.size()];
    for (int c = 1; c < columns.size(); c++) {
      columnUnits[c] = sharedUnit(c, true);
      if (columnUnits[c] != null) {
        headings.set(c, withUnit(columns.get(c), columnUnits[c]));
      }
    }
    boolean anyColumnUnit = false;
    for (int c = 1; c < columns.size(); c++) {
      anyColumnUnit |= columnUnits[c] != null;
    }
    StringBuilder out = new StringBuilder();
    record(out, headings);
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      List<String> fields = new ArrayList<>(row.size());
      String label =
          row.get(0) instanceof String ? (String) row.get(0) : Display.exactText(row.get(0));
      String rowUnit = anyColumnUnit ? null : sharedUnit(r, false);
      fields.add(rowUnit == null ? label : withUnit(label, rowUnit));
      for (int c = 1; c < row.size(); c++) {
        fields.add(Display.exactText(row.get(c)));
      }
      record(out, fields);
    }
    return out.toString();
  }

  /**
   * Renders the table as tidy CSV, one figure per record: the headings {@code
   * table,line,row,column,value,unit}, then for each number of the table its table title, row
   * number (from 1), row label (without its indentation), column heading, exact value (see
   * {@link #toCsv()}) and unit ({@code h}, {@code FTE}, {@code %} or empty). Text cells are left
   * out; use {@link Worksheet#toLongCsv()} for the tables of a worksheet in one file.
   *
   * @return the table as tidy CSV
   */
  public String toLongCsv() {
    StringBuilder out = new StringBuilder();
    record(out, List.of("table", "line", "row", "column", "value", "unit"));
    appendLong(out, List.of());
    return out.toString();
  }

  /** Appends the figures of this table as tidy records, each starting with the given fields. */
  void appendLong(StringBuilder out, List<String> prefix) {
    for (int r = 0; r < rows.size(); r++) {
      List<Object> row = rows.get(r);
      for (int c = 1; c < row.size(); c++) {
        Display.Kind k = Display.kind(row.get(c));
        if (k.isNumber()) {
          List<String> fields = new ArrayList<>(prefix);
          fields.add(title);
          fields.add(Integer.toString(r + 1));
          fields.add(row.get(0).toString().strip());
          fields.add(columns.get(c));
          fields.add(Display.exactText(row.get(c)));
          fields.add(k.unit);
          record(out, fields);
        }
      }
    }
  }

  /**
   * The unit shared by the numbers of a column (or a row), text cells aside, or null when they do
   * not share one.
   */
  private @Nullable String sharedUnit(int index, boolean column) {
    String unit = null;
    int count = column ? rows.size() : columns.size() - 1;
    for (int i = 0; i < count; i++) {
      Object value = column ? rows.get(i).get(index) : rows.get(index).get(i + 1);
      Display.Kind k = Display.kind(value);
      if (k == Display.Kind.EMPTY || k == Display.Kind.OTHER) {
        continue;
      }
      if (k.unit.isEmpty() || (unit != null && !unit.equals(k.unit))) {
        return null;
      }
      unit = k.unit;
    }
    return unit;
  }

  /** A heading or label with its unit, unless it already names it. */
  private static String withUnit(String name, String unit) {
    if (unit.equals("%") ? name.contains("%") : name.matches("(?s).*\\b" + unit + "\\b.*")) {
      return name;
    }
    return name + " (" + unit + ")";
  }

  private static void record(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(csvField(fields.get(i)));
    }
    out.append("\r\n");
  }

  /** Which columns are right-aligned: those after the label whose cells are all numbers or empty. */
  private boolean[] rightAligned() {
    boolean[] right = new boolean[columns.size()];
    for (int i = 1; i < columns.size(); i++) {
      right[i] = true;
      for (List<Object> row : rows) {
        right[i] &= isNumeric(row.get(i));
      }
    }
    return right;
  }

  /** Whether a cell lets its column be right-aligned: a number, or an empty cell. */
  private static boolean isNumeric(Object value) {
    return "".equals(value) || value instanceof Number || Display.kind(value).isNumber();
  }

  /** A Markdown label: two leading spaces per level become an arrow and no-break spaces. */
  static String markdownIndent(String label) {
    int spaces = 0;
    while (spaces < label.length() && label.charAt(spaces) == ' ') {
      spaces++;
    }
    int level = spaces / 2;
    if (level == 0) {
      return label;
    }
    return "\u00a0\u00a0".repeat(level - 1) + "\u21b3 " + label.substring(spaces);
  }

  /** A Markdown cell: backslashes and pipes escaped, line breaks as spaces. */
  static String markdownCell(String s) {
    return oneLine(s).replace("\\", "\\\\").replace("|", "\\|");
  }

  private static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }

  static String csvField(String s) {
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  private static void noneNull(List<?> values, String name) {
    Checks.notNull(values, name);
    for (int i = 0; i < values.size(); i++) {
      Checks.notNull(values.get(i), name + "[" + i + "]");
    }
  }

  private static String stripEnd(CharSequence s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.subSequence(0, end).toString();
  }

  /**
   * Returns whether another object is a table with the same title, columns, rows, notes and
   * relations.
   *
   * @param obj the other object
   * @return true for an equal table
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof Table)) {
      return false;
    }
    Table t = (Table) obj;
    return title.equals(t.title)
        && columns.equals(t.columns)
        && rows.equals(t.rows)
        && notes.equals(t.notes)
        && relations.equals(t.relations);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(title, columns, rows, notes, relations);
  }

  /**
   * Returns the title and size, such as {@code Table[Step 1, 12x5]}; use {@link #toText()} for the
   * content.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Table[" + title + ", " + rows.size() + "x" + columns.size() + "]";
  }

  /**
   * Collects the rows of a {@link Table} and the relations between them.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {
    private final String title;
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();

    private Builder(String title, List<String> columns) {
      this.title = title;
      this.columns = columns;
    }

    /**
     * Adds a row: a label and one value for each remaining column.
     *
     * @param label the row label, not null; two leading spaces per level of detail
     * @param values the values, as many as the columns after the label; an empty cell is {@code ""}
     * @return this builder
     * @throws IllegalArgumentException when the number of values does not match the columns
     * @throws NullPointerException when the label, the values or a value is null
     */
    public Builder row(String label, Object... values) {
      Checks.notNull(label, "label");
      noneNull(Arrays.asList(Checks.notNull(values, "values")), "values");
      List<Object> values1 = new ArrayList<>(values.length + 1);
      values1.add(label);
      Collections.addAll(values1, values);
      return row(values1);
    }

    /**
     * Adds a row of cells, the first being the label.
     *
     * @param cells the cells, one for each column, none null
     * @return this builder
     * @throws IllegalArgumentException when the number of cells does not match the columns
     * @throws NullPointerException when the cells or a cell is null
     */
    public Builder row(List<?> cells) {
      noneNull(cells, "cells");
      Checks.check(
          cells.size() == columns.size(),
          "row",
          "one cell for each of the " + columns.size() + " columns",
          cells.size() + " cells");
      rows.add(List.copyOf(cells));
      return this;
    }

    /**
     * Adds a note printed under the table.
     *
     * @param note the note, not null
     * @return this builder
     * @throws NullPointerException when {@code note} is null
     */
    public Builder note(String note) {
      notes.add(Checks.notNull(note, "note"));
      return this;
    }

    /**
     * Declares that, in every column, a row is the total of other rows, such as
     * {@code Total leave} of the leave lines. For reading, the total keeps its rounding and the
     * parts share it out by largest remainder. A row is the total of at most one sum and a part of
     * at most one sum.
     *
     * @param total the label of the total row, not null
     * @param parts the labels of the part rows, at least one, none null
     * @return this builder
     * @throws NullPointerException when an argument or a part is null
     */
    public Builder rowTotal(String total, List<String> parts) {
      relations.add(new Relation(Axis.ROWS, total, parts, List.of()));
      return this;
    }

    /**
     * Declares that, in every column, a row is the difference of two others, such as
     * {@code Gap = Supply - Demand}; for reading it is the difference of the two as shown.
     *
     * @param difference the label of the row of the difference, not null
     * @param from the label of the row subtracted from, not null
     * @param subtracted the label of the row subtracted, not null
     * @return this builder
     * @throws NullPointerException when an argument is null
     */
    public Builder rowDifference(String difference, String from, String subtracted) {
      relations.add(
          new Relation(
              Axis.ROWS,
              difference,
              List.of(Checks.notNull(from, "from")),
              List.of(Checks.notNull(subtracted, "subtracted"))));
      return this;
    }

    /**
     * Declares that a column is the total of other columns, such as a team of its clinicians, in
     * every row where they all hold amounts of one kind (hours, FTE or whole numbers); for reading
     * it is the sum of the part columns as shown.
     *
     * @param total the heading of the total column, not null
     * @param parts the headings of the part columns, at least one, none null
     * @return this builder
     * @throws NullPointerException when an argument or a part is null
     */
    public Builder columnTotal(String total, List<String> parts) {
      relations.add(new Relation(Axis.COLUMNS, total, parts, List.of()));
      return this;
    }

    /**
     * Declares that a column is the difference of two others, such as {@code Scenario - base}, in
     * every row where they hold numbers of one kind; for reading it is the difference of the two
     * as shown, so that {@code after - before = difference} holds for the figures shown.
     *
     * @param difference the heading of the column of the difference, not null
     * @param from the heading of the column subtracted from, not null
     * @param subtracted the heading of the column subtracted, not null
     * @return this builder
     * @throws NullPointerException when an argument is null
     */
    public Builder columnDifference(String difference, String from, String subtracted) {
      relations.add(
          new Relation(
              Axis.COLUMNS,
              difference,
              List.of(Checks.notNull(from, "from")),
              List.of(Checks.notNull(subtracted, "subtracted"))));
      return this;
    }

    /**
     * Returns the table.
     *
     * @return the table
     * @throws IllegalArgumentException when a relation names a line that is not in the table (or
     *     is not unique), a row is a part of two sums, a line is computed by two relations, a row
     *     difference is a line of a sum, or the exact values of a relation do not add up (to
     *     within 10^-9)
     */
    public Table build() {
      Table t = new Table(title, columns, List.copyOf(rows), List.copyOf(notes), List.copyOf(relations));
      check(t);
      return t;
    }

    private static void check(Table t) {
      java.util.Set<Integer> totals = new java.util.HashSet<>();
      java.util.Set<Integer> parts = new java.util.HashSet<>();
      java.util.Set<String> computed = new java.util.HashSet<>();
      for (Relation rel : t.relations) {
        boolean byRow = rel.axis() == Axis.ROWS;
        int total = byRow ? t.rowIndex(rel.total()) : t.columnIndex(rel.total());
        Checks.check(
            computed.add(rel.axis() + ":" + total),
            "relations",
            "each line computed by at most one relation",
            rel);
        List<Integer> lines = new ArrayList<>();
        for (String p : rel.plus()) {
          lines.add(byRow ? t.rowIndex(p) : t.columnIndex(p));
        }
        for (String m : rel.minus()) {
          lines.add(byRow ? t.rowIndex(m) : t.columnIndex(m));
        }
        Checks.check(!lines.contains(total), "relations", "a total that is not its own part", rel);
        if (byRow && rel.minus().isEmpty()) {
          totals.add(total);
          for (int p : lines) {
            Checks.check(parts.add(p), "relations", "each row a part of at most one sum", rel);
          }
        }
        checkExact(t, rel, total, lines, byRow);
      }
      for (Relation rel : t.relations) {
        if (rel.axis() == Axis.ROWS && !rel.minus().isEmpty()) {
          int result = t.rowIndex(rel.total());
          Checks.check(
              !totals.contains(result) && !parts.contains(result),
              "relations",
              "a row difference that is not a line of a sum",
              rel);
        }
      }
    }

    private static void checkExact(Table t, Relation rel, int total, List<Integer> lines, boolean byRow) {
      int across = byRow ? t.columns.size() : t.rows.size();
      int nPlus = rel.plus().size();
      for (int x = byRow ? 1 : 0; x < across; x++) {
        Object totalCell = byRow ? t.cell(total, x) : t.cell(x, total);
        Display.Kind kind = Display.kind(totalCell);
        boolean amountsOnly = !byRow && rel.minus().isEmpty();
        if (!kind.isNumber() || (amountsOnly && !kind.isAmount())) {
          continue;
        }
        boolean same = true;
        Fraction sum = Fraction.ZERO;
        for (int i = 0; i < lines.size(); i++) {
          Object cell = byRow ? t.cell(lines.get(i), x) : t.cell(x, lines.get(i));
          if (Display.kind(cell) != kind) {
            same = false;
            break;
          }
          Fraction v = Display.exact(cell);
          sum = i < nPlus ? sum.plus(v) : sum.minus(v);
        }
        if (!same) {
          continue;
        }
        Fraction off = sum.minus(Display.exact(totalCell));
        if (off.signum() < 0) {
          off = off.negated();
        }
        Checks.check(
            off.compareTo(RELATION_TOLERANCE) <= 0,
            "relations",
            "exact values that add up",
            rel + " at " + (byRow ? t.columns.get(x) : t.cell(x, 0)));
      }
    }
  }
}
