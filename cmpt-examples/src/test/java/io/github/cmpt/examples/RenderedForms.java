package io.github.cmpt.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * Strict readers of the rendered forms of a table, written from the formats' rules rather than
 * from the renderer: CSV by RFC 4180, Markdown by the GitHub table rules, text by column widths.
 */
final class RenderedForms {

  private RenderedForms() {}

  /**
   * Parses CSV strictly by RFC 4180: records end with CRLF, a field is either plain (no comma,
   * quote, CR or LF) or quoted with doubled quotes inside; anything else fails.
   */
  static List<List<String>> csv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (c == '"') {
        if (field.length() > 0) {
          throw new IllegalArgumentException("quote inside a plain field at " + i);
        }
        i++;
        while (true) {
          if (i >= n) {
            throw new IllegalArgumentException("unterminated quoted field");
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < n && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
            } else {
              i++;
              break;
            }
          } else {
            field.append(q);
            i++;
          }
        }
        if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r') {
          throw new IllegalArgumentException("text after a closing quote at " + i);
        }
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r') {
        if (i + 1 >= n || text.charAt(i + 1) != '\n') {
          throw new IllegalArgumentException("CR without LF at " + i);
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i += 2;
      } else if (c == '\n') {
        throw new IllegalArgumentException("LF without CR at " + i);
      } else {
        field.append(c);
        i++;
      }
    }
    if (field.length() > 0 || !record.isEmpty()) {
      throw new IllegalArgumentException("last record without CRLF");
    }
    return records;
  }

  /** The number of pipes of a Markdown table line that are not escaped by a backslash. */
  static int unescapedPipes(String line) {
    int count = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        count++;
      }
    }
    return count;
  }

  /** The cells of a Markdown table line, split at unescaped pipes, unescaped and trimmed. */
  static List<String> markdownCells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        cell.append(line.charAt(++i));
      } else if (c == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    // the text before the first pipe and after the last one are not cells
    return cells.subList(1, cells.size());
  }

  /**
   * The Markdown table under a level-3 heading: its header, separator and rows, each checked to
   * have as many unescaped pipes as the header.
   */
  static List<List<String>> markdownTable(String markdown) {
    String[] lines = markdown.split("\n", -1);
    if (!lines[0].startsWith("### ") || !lines[1].isEmpty()) {
      throw new IllegalArgumentException("no heading and blank line: " + lines[0]);
    }
    int pipes = unescapedPipes(lines[2]);
    if (!lines[3].matches("\\|( ---:? \\|)+")) {
      throw new IllegalArgumentException("no separator row: " + lines[3]);
    }
    if (unescapedPipes(lines[3]) != pipes) {
      throw new IllegalArgumentException("separator of another width: " + lines[3]);
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 4; i < lines.length && lines[i].startsWith("|"); i++) {
      if (unescapedPipes(lines[i]) != pipes) {
        throw new IllegalArgumentException("row of another width: " + lines[i]);
      }
      rows.add(markdownCells(lines[i]));
    }
    return rows;
  }

  /**
   * The rows of a plain-text table, cut at the given column widths with two spaces between
   * columns, each cell trimmed.
   */
  static List<List<String>> textTable(String text, int[] widths) {
    String[] lines = text.split("\n", -1);
    List<List<String>> rows = new ArrayList<>();
    // title, underline, headings, rule, then the rows until the notes
    for (int i = 4; i < lines.length; i++) {
      rows.add(cut(lines[i], widths));
    }
    return rows;
  }

  private static List<String> cut(String line, int[] widths) {
    List<String> cells = new ArrayList<>();
    int at = 0;
    for (int w : widths) {
      int end = Math.min(line.length(), at + w);
      cells.add(at < line.length() ? line.substring(at, end).strip() : "");
      at += w + 2;
    }
    return cells;
  }
}
