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
 * Markdown or CSV.
 *
 * <p>Cells keep their values: {@link Hours}, {@link Fte}, {@link Percentage}, other numbers or
 * text. Plain text and Markdown round for reading (hours and percentages to one decimal, FTE to two,
 * half-up; other decimals to at most two decimals, without trailing zeros; whole numbers as they are); CSV writes the exact values, so a spreadsheet or R
 * gets every digit. The first column is the row label. Columns whose cells are all numbers (or empty)
 * are right-aligned, the others left-aligned; a caller who wants a number rounded in every form rounds it
 * before putting it in a cell.
 *
 * <pre>{@code
 * Table table = Table.builder("Hours", "Line", "Year")
 *     .row("Paid hours", Hours.of(1950))
 *     .build();
 * String text = table.toText();
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Table {

  private static final String NEWLINE = "\n";

  private final String title;
  private final List<String> columns;
  private final List<List<Object>> rows;
  private final List<String> notes;

  private Table(String title, List<String> columns, List<List<Object>> rows, List<String> notes) {
    this.title = title;
    this.columns = columns;
    this.rows = rows;
    this.notes = notes;
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
    return new Table(Checks.notNull(newTitle, "newTitle"), columns, rows, notes);
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
   * Renders the table as aligned plain text, with the title underlined and numbers right-aligned.
   *
   * @return the table as text, ending with a line break
   */
  public String toText() {
    List<List<String>> cells = formatted(false);
    boolean[] right = rightAligned();
    int[] widths = new int[columns.size()];
    for (List<String> r : cells) {
      for (int i = 0; i < r.size(); i++) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(title).append(NEWLINE).append("=".repeat(title.length())).append(NEWLINE);
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
   * Renders the table as a Markdown (GitHub-flavoured) table under a level-3 heading.
   *
   * @return the table as Markdown, ending with a line break
   */
  public String toMarkdown() {
    List<List<String>> cells = formatted(false);
    boolean[] right = rightAligned();
    StringBuilder out = new StringBuilder();
    out.append("### ").append(title).append(NEWLINE).append(NEWLINE);
    for (int r = 0; r < cells.size(); r++) {
      out.append('|');
      for (String s : cells.get(r)) {
        out.append(' ').append(s.replace("|", "\\|")).append(" |");
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
   * breaks), with the headings as the first record and exact, unrounded numbers without units.
   *
   * @return the table as CSV
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder();
    for (List<String> row : formatted(true)) {
      for (int i = 0; i < row.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(csvField(row.get(i)));
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  private List<List<String>> formatted(boolean exact) {
    List<List<String>> out = new ArrayList<>();
    out.add(columns);
    for (List<Object> row : rows) {
      List<String> r = new ArrayList<>(row.size());
      for (Object o : row) {
        r.add(format(o, exact));
      }
      out.add(r);
    }
    return out;
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
    return "".equals(value)
        || value instanceof Hours
        || value instanceof Fte
        || value instanceof Percentage
        || value instanceof Fraction
        || value instanceof Number;
  }

  static String format(@Nullable Object value, boolean exact) {
    if (value == null) {
      return "";
    }
    if (value instanceof Hours) {
      BigDecimal h = ((Hours) value).toBigDecimal();
      return exact ? Checks.plain(h) : h.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
    if (value instanceof Fte) {
      BigDecimal f = ((Fte) value).toBigDecimal();
      return exact ? Checks.plain(f) : f.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
    if (value instanceof Percentage) {
      BigDecimal p = ((Percentage) value).toPercent();
      return exact ? Checks.plain(p) : p.setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }
    if (value instanceof Fraction) {
      Fraction f = (Fraction) value;
      return Checks.plain(exact ? f.toBigDecimal() : f.toBigDecimal(2, RoundingMode.HALF_UP));
    }
    if (value instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) value;
      return Checks.plain(exact ? d : d.setScale(2, RoundingMode.HALF_UP));
    }
    return value.toString();
  }

  static String csvField(String s) {
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  private static void noneNull(List<?> values, String name) {
    Checks.notNull(values, name);
    for (Object value : values) {
      Checks.notNull(value, name);
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
   * Returns whether another object is a table with the same title, columns, rows and notes.
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
        && notes.equals(t.notes);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(title, columns, rows, notes);
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
   * Collects the rows of a {@link Table}.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder {
    private final String title;
    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Builder(String title, List<String> columns) {
      this.title = title;
      this.columns = columns;
    }

    /**
     * Adds a row: a label and one value for each remaining column.
     *
     * @param label the row label, not null
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
     * Returns the table.
     *
     * @return the table
     */
    public Table build() {
      return new Table(title, columns, List.copyOf(rows), List.copyOf(notes));
    }
  }
}
