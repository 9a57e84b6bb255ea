package io.github.cmpt.examples;

import io.github.cmpt.plan.PlanResult;
import io.github.cmpt.worksheet.PlanReport;
import io.github.cmpt.report.Worksheet;
import java.util.ArrayList;
import java.util.List;

/**
 * The main example of cmpt: three services planned with the CMPT and printed as full plan reports.
 *
 * <ol>
 *   <li>{@link SchoolSpeechLanguage}: a school-based speech-language pathology service;</li>
 *   <li>{@link HospitalPhysiotherapy}: a hospital inpatient physiotherapy team;</li>
 *   <li>{@link CommunityOccupationalTherapy}: a community occupational therapy program with a
 *       waitlist, followed by what-if comparisons of clearing it.</li>
 * </ol>
 *
 * <p>Each service gets a short header, then the report of its plan (Step 1, Step 2, Step 3 and the
 * WISN view of each role). The figures are illustrations, not norms. Run with
 * {@code mvn -q -B -DskipTests package exec:java}, adding {@code -Dexec.args=markdown},
 * {@code -Dexec.args=csv} or {@code -Dexec.args=tidy} (one figure per record) for those forms, and
 * {@code --out FILE} to save the report to a file without the terminal's escape codes
 * ({@code -Dexec.args="markdown --out report.md"}); see {@link ReportOutput}.
 */
public final class Flagship {

  private static final String TITLE =
      "cmpt - three services planned with the Caseload Management Planning Tool";

  private static final String INTRODUCTION =
      "Three fictional services, each planned in the CMPT's three steps: the time the team has for"
          + " client care (Step 1), the time the clients need (Step 2), and the match between them"
          + " (Step 3). Every figure is an illustration chosen to look realistic, not a norm, a"
          + " benchmark or a recommendation; the sources shown for the Step 2 figures (records,"
          + " judgment, blend) are invented too.";

  private static final String ILLUSTRATIONS = "Figures are illustrations, not norms.";

  private static final int TEXT_WIDTH = 100;

  private Flagship() {}

  /** A service: its heading, what it is, its report, and any what-if worksheets. */
  private static final class Service {
    final String heading;
    final String description;
    final Worksheet report;
    final List<Worksheet> whatIfs;

    Service(String heading, String description, Worksheet report, List<Worksheet> whatIfs) {
      this.heading = heading;
      this.description = description;
      this.report = report;
      this.whatIfs = whatIfs;
    }
  }

  private static List<Service> services() {
    return List.of(
        new Service(
            "School-based speech-language pathology",
            "Three speech-language pathologists (2.4 FTE) and a communication disorders assistant"
                + " (0.6 FTE) in the schools of a district, over a 40-week school year. Most"
                + " students are followed through their teachers; a block of small groups is run"
                + " partly by the assistant.",
            PlanReport.of(PlanResult.of(SchoolSpeechLanguage.plan())),
            List.of()),
        new Service(
            "Hospital inpatient physiotherapy",
            "Four physiotherapists (3.8 FTE) and two PT assistants (1.5 FTE) on medicine and"
                + " surgery wards. Stays of one to three weeks with daily therapy; weekends are"
                + " covered by a Wednesday-to-Sunday rotation; demand is the admissions referred"
                + " in a year.",
            PlanReport.of(PlanResult.of(HospitalPhysiotherapy.plan())),
            List.of()),
        new Service(
            "Community occupational therapy",
            "Four occupational therapists (3.4 FTE) and two OT assistants (1.4 FTE) visiting"
                + " clients at home, with travel for every visit, and British Columbia's statutory"
                + " holidays. The report plans the year's new referrals. 80 clients are waiting"
                + " at the start of the year: the what-if after the report adds them (40 low, 30"
                + " moderate, 10 high) as episodes of the year, then raises the two part-time"
                + " therapists to full time for the year; the projection after it follows the"
                + " list week by week (seasonal referrals, vacations and holidays on their dates)"
                + " for both, and finds the time it takes to clear the list by the end of June.",
            PlanReport.of(PlanResult.of(CommunityOccupationalTherapy.plan())),
            List.of(CommunityOccupationalTherapy.whatIf(), CommunityOccupationalTherapy.projection())));
  }

  /**
   * Prints the reports of the three services, or writes them to a file.
   *
   * @param args optionally {@code text} (the default), {@code markdown}, {@code csv} or
   *     {@code tidy}, and {@code --out FILE}
   * @throws IllegalArgumentException when the arguments are not of this form
   */
  public static void main(String[] args) {
    ReportOutput output = ReportOutput.parse(args);
    output.write(report(output.form()));
  }

  /**
   * Returns the reports of the three services in a form.
   *
   * @param form {@code text}, {@code markdown}, {@code csv} or {@code tidy}
   * @return the reports
   * @throws IllegalArgumentException when the form is another word
   */
  public static String report(String form) {
    List<Service> services = services();
    StringBuilder out = new StringBuilder();
    switch (form) {
      case "text":
        text(out, services);
        break;
      case "markdown":
        markdown(out, services);
        break;
      case "csv":
        csv(out, services);
        break;
      case "tidy":
        tidy(out, services);
        break;
      default:
        throw new IllegalArgumentException(
            "Invalid value for form (valid values " + String.join(", ", ReportOutput.FORMS) + "): "
                + form);
    }
    return out.toString();
  }

  /**
   * Returns the worksheets of the three services: each plan report, then the what-if worksheets.
   *
   * @return the worksheets in the order printed
   */
  public static List<Worksheet> worksheets() {
    List<Worksheet> all = new ArrayList<>();
    for (Service s : services()) {
      all.addAll(worksheets(s));
    }
    return all;
  }

  private static void tidy(StringBuilder out, List<Service> services) {
    out.append("sheet,table,line,row,column,value,unit\r\n");
    for (Service s : services) {
      for (Worksheet w : worksheets(s)) {
        String csv = w.toLongCsv();
        out.append(csv, csv.indexOf("\r\n") + 2, csv.length());
      }
    }
  }

  private static void text(StringBuilder out, List<Service> services) {
    out.append(TITLE).append('\n').append("=".repeat(TITLE.length())).append('\n');
    out.append(wrap(INTRODUCTION));
    int n = 0;
    for (Service s : services) {
      String rule = "*".repeat(TEXT_WIDTH);
      out.append("\n\n").append(rule).append('\n').append(heading(++n, services.size(), s));
      out.append('\n').append(rule).append('\n');
      out.append(wrap(s.description + " " + ILLUSTRATIONS)).append('\n');
      out.append(s.report.toText());
      for (Worksheet w : s.whatIfs) {
        out.append('\n').append(w.toText());
      }
    }
  }

  private static void markdown(StringBuilder out, List<Service> services) {
    out.append("# ").append(TITLE).append("\n\n").append(INTRODUCTION).append('\n');
    int n = 0;
    for (Service s : services) {
      out.append("\n**").append(heading(++n, services.size(), s)).append(".** ");
      out.append(s.description).append(' ').append(ILLUSTRATIONS).append("\n\n");
      out.append(s.report.toMarkdown());
      for (Worksheet w : s.whatIfs) {
        out.append('\n').append(w.toMarkdown());
      }
    }
  }

  private static void csv(StringBuilder out, List<Service> services) {
    int n = 0;
    for (Service s : services) {
      out.append(csvRecord(heading(++n, services.size(), s) + " - " + ILLUSTRATIONS));
      for (Worksheet w : worksheets(s)) {
        out.append(csvRecord(w.title())).append(w.toCsv());
      }
    }
  }

  private static List<Worksheet> worksheets(Service s) {
    List<Worksheet> all = new ArrayList<>();
    all.add(s.report);
    all.addAll(s.whatIfs);
    return all;
  }

  /** Breaks a paragraph into lines of at most {@link #TEXT_WIDTH} characters, at spaces. */
  private static String wrap(String paragraph) {
    StringBuilder out = new StringBuilder();
    int lineStart = 0;
    for (String word : paragraph.split(" ")) {
      if (out.length() > lineStart && out.length() - lineStart + 1 + word.length() > TEXT_WIDTH) {
        out.append('\n');
        lineStart = out.length();
      } else if (out.length() > lineStart) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.append('\n').toString();
  }

  private static String heading(int n, int of, Service s) {
    return "Service " + n + " of " + of + ": " + s.heading;
  }

  private static String csvRecord(String field) {
    boolean quote = field.contains(",") || field.contains("\"");
    return (quote ? '"' + field.replace("\"", "\"\"") + '"' : field) + "\r\n";
  }
}
