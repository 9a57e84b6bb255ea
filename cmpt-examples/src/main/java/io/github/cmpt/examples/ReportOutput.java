package io.github.cmpt.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line of the examples that print a report: an optional form ({@code text},
 * {@code markdown}, {@code csv} or {@code tidy}, the one-figure-per-record CSV) and an optional
 * {@code --out FILE}, which writes the report to the file (UTF-8) instead of the standard output,
 * so that it is saved without the escape codes and log lines of a terminal or of Maven.
 *
 * <pre>{@code
 * ReportOutput out = ReportOutput.parse(new String[] {"markdown", "--out", "report.md"});
 * out.form();   // "markdown"
 * }</pre>
 *
 * @param form the form, in lower case
 * @param file the file to write, if any
 */
public record ReportOutput(String form, Optional<Path> file) {

  /** The forms a report can be printed in. */
  public static final List<String> FORMS = List.of("text", "markdown", "csv", "tidy");

  /**
   * Returns the command line: a form (the first word that is not an option, {@code text} when
   * none) and {@code --out FILE}.
   *
   * @param args the arguments of {@code main}, not null
   * @return the form and file
   * @throws IllegalArgumentException when the form is not one of {@link #FORMS}, {@code --out}
   *     has no file, or an argument is left over
   * @throws NullPointerException when {@code args} or an argument is null
   */
  public static ReportOutput parse(String[] args) {
    List<String> words = new ArrayList<>();
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      String a = java.util.Objects.requireNonNull(args[i], "args[" + i + "]");
      if (a.equals("--out")) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(
              "Invalid value for --out (valid values a file name after --out): none");
        }
        file = Path.of(args[++i]);
      } else {
        words.add(a);
      }
    }
    if (words.size() > 1) {
      throw new IllegalArgumentException(
          "Invalid value for args (valid values a form and --out FILE): " + words);
    }
    String form = words.isEmpty() ? "text" : words.get(0).toLowerCase(Locale.ROOT);
    if (!FORMS.contains(form)) {
      throw new IllegalArgumentException(
          "Invalid value for form (valid values " + String.join(", ", FORMS) + "): " + words.get(0));
    }
    return new ReportOutput(form, Optional.ofNullable(file));
  }

  /**
   * Writes a report to the file, or prints it to the standard output when there is none.
   *
   * @param report the report, not null
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(String report) {
    if (file.isPresent()) {
      try {
        Files.writeString(file.get(), report, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      System.out.print(report);
    }
  }
}
