package io.github.cmpt.report;

import io.github.cmpt.internal.Checks;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A titled sequence of {@link Table}s, such as the Step 1 worksheet of a team, rendered as plain
 * text, Markdown or CSV.
 *
 * <pre>{@code
 * Worksheet sheet = Step1Worksheet.of(TeamTime.of(team));
 * String text = sheet.toText();
 * Files.writeString(Path.of("step1.csv"), sheet.toCsv());
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Worksheet {

  private final String title;
  private final List<Table> tables;

  private Worksheet(String title, List<Table> tables) {
    this.title = title;
    this.tables = tables;
  }

  /**
   * Returns a worksheet of tables.
   *
   * @param title the title, not null
   * @param tables the tables in order, none null
   * @return the worksheet
   * @throws NullPointerException when the title, the tables or a table is null, naming it
   */
  public static Worksheet of(String title, List<Table> tables) {
    return new Worksheet(Checks.notNull(title, "title"), Checks.noneNull(tables, "tables"));
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
   * Returns the tables in order.
   *
   * @return an unmodifiable list
   */
  public List<Table> tables() {
    return tables;
  }

  /**
   * Returns the table with a title.
   *
   * @param tableTitle the title of a table, not null
   * @return the table
   * @throws IllegalArgumentException when no table has this title
   */
  public Table table(String tableTitle) {
    Checks.notNull(tableTitle, "tableTitle");
    for (Table t : tables) {
      if (t.title().equals(tableTitle)) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        Checks.invalid("tableTitle", "a table of " + title, tableTitle));
  }

  /**
   * Renders the worksheet as plain text: the title in capitals, then each table separated by a blank
   * line.
   *
   * @return the worksheet as text
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(title).append('\n').append("#".repeat(title.length())).append('\n');
    for (Table t : tables) {
      out.append('\n').append(t.toText());
    }
    return out.toString();
  }

  /**
   * Renders the worksheet as Markdown: a level-2 heading, then each table.
   *
   * @return the worksheet as Markdown
   */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(title).append('\n');
    for (Table t : tables) {
      out.append('\n').append(t.toMarkdown());
    }
    return out.toString();
  }

  /**
   * Renders the worksheet as CSV: for each table, a record holding its title alone, then the table
   * (see {@link Table#toCsv()}), then an empty line. Use {@link Table#toCsv()} for a single table.
   *
   * @return the worksheet as CSV
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder();
    for (Table t : tables) {
      out.append(Table.csvField(t.title())).append("\r\n");
      out.append(t.toCsv()).append("\r\n");
    }
    return out.toString();
  }

  /**
   * Renders the worksheet as tidy CSV, one figure per record, for pandas ({@code read_csv}) and R
   * ({@code read.csv}): the headings {@code sheet,table,line,row,column,value,unit}, then for each
   * number of each table the worksheet's title, the table's title, the row number (from 1), the row
   * label, the column heading, the exact value and its unit (see {@link Table#toLongCsv()}).
   *
   * @return the worksheet as tidy CSV
   */
  public String toLongCsv() {
    StringBuilder out = new StringBuilder("sheet,table,line,row,column,value,unit\r\n");
    for (Table t : tables) {
      t.appendLong(out, List.of(title));
    }
    return out.toString();
  }

  /**
   * Returns whether another object is a worksheet with the same title and tables.
   *
   * @param obj the other object
   * @return true for equal worksheets
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Worksheet
        && title.equals(((Worksheet) obj).title)
        && tables.equals(((Worksheet) obj).tables);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(title, tables);
  }

  /**
   * Returns the title and the number of tables, such as {@code Worksheet[Step 1, 3 tables]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Worksheet[" + title + ", " + tables.size() + " tables]";
  }
}
