package io.github.cmpt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmpt.supply.TeamTime;
import io.github.cmpt.supply.TimeBreakdown;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Period;
import io.github.cmpt.vocabulary.LeaveType;
import io.github.cmpt.vocabulary.Role;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

/** The Step 1 example runs, and its figures are the ones worked out by hand. */
class CommunityRehabStep1Test {

  private static String run(String... args) {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      CommunityRehabStep1.main(args);
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void ontarioHas9StatutoryHolidaysIn2026WithBoxingDayOnASaturday() {
    assertThat(ProvincialHolidays.of("ON").holidays(Year.of(2026)))
        .hasSize(9)
        .contains(LocalDate.of(2026, 12, 26))
        .doesNotContain(LocalDate.of(2026, 8, 3)); // the Civic Holiday is not statutory
    assertThat(ProvincialHolidays.of("ON").withSubstituteDays().holidays(Year.of(2026)))
        .containsExactly(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 4, 3),
            LocalDate.of(2026, 5, 18),
            LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 9, 7),
            LocalDate.of(2026, 10, 12),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28));
  }

  @Test
  void teamFiguresByHand() {
    TeamTime time = TeamTime.of(CommunityRehabStep1.team());
    TimeBreakdown team = time.total(Period.YEAR);
    // 37.5 h x 52 x (1 + 0.6 + 0.8 + 1 + 0.5) FTE
    assertThat(team.fte()).isEqualTo(Fte.of("3.9"));
    assertThat(team.paidHours()).isEqualTo(Hours.of(7605));
    // 9 holidays x 7.5 h x 3.9 FTE
    assertThat(team.leave(LeaveType.STATUTORY_HOLIDAYS)).isEqualTo(Hours.of("263.25"));
    // pt-2: 975 paid - (9 + 8 + 20) days x 7.5 h x 0.5 = 836.25 worked; travel 0.5 h a worked day
    TimeBreakdown pt2 = time.member("pt-2").perYear();
    assertThat(pt2.workedHours()).isEqualTo(Hours.of("836.25"));
    assertThat(pt2.nonClient(io.github.cmpt.vocabulary.NonClientCategory.NON_CLIENT_TRAVEL))
        .isEqualTo(Hours.of("55.75"));
    assertThat(time.byRole(Period.YEAR).keySet())
        .containsExactly(Role.OCCUPATIONAL_THERAPIST, Role.PHYSIOTHERAPIST);
  }

  @Test
  void printsTheWorksheetInEachForm() {
    String text = run();
    assertThat(text)
        .startsWith("Step 1 - Riverside Community Rehabilitation (Ontario, 2026)")
        .contains("Client-care hours")
        .contains("Per 1.0 FTE")
        .contains("Leave: Statutory holidays");
    assertThat(run("markdown")).startsWith("## Step 1 - Riverside").contains("| --- |");
    String csv = run("csv");
    assertThat(csv).contains("Paid hours (h),1950,1170,1560,1950,975,4680,2925,7605,1950\r\n");
  }
}
