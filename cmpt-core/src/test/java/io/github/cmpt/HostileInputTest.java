package io.github.cmpt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.cmpt.demand.Figure;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Fte;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import io.github.cmpt.time.PeriodicHours;
import io.github.cmpt.time.WorkPattern;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue of hostile inputs: each is rejected with an {@code IllegalArgumentException} naming
 * the field, within a bounded time (a test of termination, not of speed) and memory.
 */
class HostileInputTest {

  private static final BigDecimal HUGE = new BigDecimal("1e999999999");
  private static final BigDecimal TINY = new BigDecimal("1e-999999999");
  private static final BigDecimal WIDE = BigDecimal.ONE.movePointLeft(1_000_000);
  private static final String LONG_TEXT = "1".repeat(10 * 1024 * 1024);
  // Built once, outside the timed calls: making them is the test's cost, not the library's.
  private static final BigDecimal FIFTY_TWO_WIDE = new BigDecimal("52").add(WIDE);
  private static final BigDecimal POINT_EIGHT_WIDE = new BigDecimal("0.8").add(WIDE);
  private static final BigDecimal SIXTY_WIDE = BigDecimal.valueOf(60).add(WIDE);
  private static final BigInteger TEN_TO_THE_MILLION = BigInteger.TEN.pow(1_000_000);

  /** A decimal whose value changes after it is checked. */
  private static final class Shifty extends BigDecimal {
    private static final long serialVersionUID = 1L;
    private int calls;

    Shifty() {
      super("1950");
    }

    @Override
    public int signum() {
      return ++calls > 1 ? -1 : 1;
    }
  }

  private static io.github.cmpt.supply.Clinician clinician(String id) {
    return io.github.cmpt.supply.Clinician.builder()
        .id(id)
        .role(io.github.cmpt.vocabulary.Role.OCCUPATIONAL_THERAPIST)
        .workHours(
            io.github.cmpt.supply.WorkHours.of(
                WorkPattern.of(Hours.of("37.5"), 5, 52), io.github.cmpt.time.Fte.ONE))
        .build();
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        // names and identifiers shown in tables
        hostile("id", "a clinician id of one no-break space", () -> clinician("\u00a0")),
        hostile("id", "a clinician id with a line break and a bar", () -> clinician("ot\n|1")),
        hostile(
            "name",
            "a team name of 10 MB",
            () ->
                io.github.cmpt.supply.Team.builder()
                    .name(LONG_TEXT)
                    .addClinician(clinician("ot-1"))
                    .build()),
        hostile(
            "leaveType",
            "a leave type with a control character",
            () -> io.github.cmpt.vocabulary.LeaveType.of("Union\u0007business")),
        // counts of the demand and days of leave
        hostile(
            "weeksPerYear",
            "a service year of 1e-999999999 weeks",
            () ->
                io.github.cmpt.demand.ServiceDemand.builder()
                    .weeksPerYear(TINY)
                    .addLevel(
                        io.github.cmpt.demand.InterventionProfile.of(
                            io.github.cmpt.demand.ComplexityScale.ofThreeLevels().level("1"),
                            Figure.ofJudgment(4, "hostile"),
                            InterventionActivity.of(
                                io.github.cmpt.vocabulary.ActivityKind.ASSESSMENT,
                                io.github.cmpt.vocabulary.Role.OCCUPATIONAL_THERAPIST,
                                Figure.ofJudgment(60, "hostile"),
                                io.github.cmpt.demand.Frequency.ONCE,
                                io.github.cmpt.demand.Provenance.ofJudgment("hostile"))),
                        io.github.cmpt.demand.Volume.ofEpisodesPerYear(10))
                    .build()),
        hostile(
            "timesPerWeek",
            "100,000 sessions a week",
            () -> io.github.cmpt.demand.Frequency.ofPerWeek(100_000, 4)),
        hostile(
            "timesPerEpisode",
            "1e999999999 sessions an episode",
            () -> io.github.cmpt.demand.Frequency.ofPerEpisode(HUGE)),
        hostile(
            "weeks",
            "sessions for 1e-999999999 weeks",
            () -> io.github.cmpt.demand.Frequency.ofPerWeek(BigDecimal.ONE, TINY)),
        hostile(
            "concurrent",
            "1e999999999 clients at a time",
            () -> io.github.cmpt.demand.Volume.ofConcurrent(HUGE)),
        hostile(
            "episodesPerYear",
            "episodes of a scale of 1e6",
            () -> io.github.cmpt.demand.Volume.ofEpisodesPerYear(WIDE)),
        hostile(
            "leave days (Vacation)",
            "1e-99999999 days of vacation",
            () ->
                io.github.cmpt.supply.Leave.ofDays(
                    io.github.cmpt.vocabulary.LeaveType.VACATION, new BigDecimal("1e-99999999"))),
        hostile(
            "leave days (Vacation)",
            "400 days of vacation a year",
            () ->
                io.github.cmpt.supply.Leave.ofDays(
                    io.github.cmpt.vocabulary.LeaveType.VACATION, 400)),
        // the cases found when the bounds were introduced
        hostile("hours", "Hours.of(1e999999999)", () -> Hours.of(HUGE)),
        hostile("hours", "Hours.of(\"1e999999999\")", () -> Hours.of("1e999999999")),
        hostile(
            "hours",
            "WorkPattern.of(Hours.of(1e999999999), 5, 52)",
            () -> WorkPattern.of(Hours.of("1e999999999"), 5, 52)),
        hostile("hours", "Hours.of(1e-99999999)", () -> Hours.of("1e-99999999")),
        hostile(
            "members",
            "splitMinutes(60, Integer.MAX_VALUE)",
            () -> InterventionActivity.splitMinutes(BigDecimal.valueOf(60), Integer.MAX_VALUE)),
        hostile(
            "value",
            "activity minutes of 1e-40",
            () -> Figure.ofJudgment(new BigDecimal("1e-40"), "hostile")),
        hostile(
            "value",
            "a session of 1e30 minutes",
            () -> Figure.ofJudgment(new BigDecimal("1e30"), "hostile")),
        // exponents of +-1e9
        hostile("hours", "Hours.of(1e-999999999)", () -> Hours.of(TINY)),
        hostile("minutes", "Hours.ofMinutes(1e999999999)", () -> Hours.ofMinutes(HUGE)),
        hostile("fte", "Fte.of(1e999999999)", () -> Fte.of(HUGE)),
        hostile("fte", "Fte.of(1e-999999999)", () -> Fte.of(TINY)),
        hostile("percent", "Percentage.ofPercent(1e999999999)", () -> Percentage.ofPercent(HUGE)),
        hostile("fraction", "Percentage.ofFraction(1e-999999999)", () -> Percentage.ofFraction(TINY)),
        hostile("value", "Fraction.of(1e999999999)", () -> Fraction.of(HUGE)),
        hostile("value", "Fraction.of(1e-999999999)", () -> Fraction.of(TINY)),
        hostile("fraction", "Fraction.parse(1e999999999)", () -> Fraction.parse("1e999999999")),
        hostile("factor", "Hours x 1e999999999", () -> Hours.of(1).multipliedBy(HUGE)),
        hostile("divisor", "Hours / 1e-999999999", () -> Hours.of(1).dividedBy(TINY)),
        hostile(
            "weeksPerYear",
            "weeks per year of 52 + 1e-999999999",
            () -> WorkPattern.of(Hours.of(40), 5, FIFTY_TWO_WIDE)),
        hostile(
            "workingDaysPerWeek",
            "days per week of 1e-999999999",
            () -> WorkPattern.of(Hours.of(40), TINY, BigDecimal.valueOf(52))),
        // scales of 1e6
        hostile("hours", "Hours.of(1e-1000000)", () -> Hours.of(WIDE)),
        hostile("fte", "Fte.of(0.8 + 1e-1000000)", () -> Fte.of(POINT_EIGHT_WIDE)),
        hostile(
            "sessionMinutes",
            "splitMinutes(60 + 1e-1000000, 2)",
            () -> InterventionActivity.splitMinutes(SIXTY_WIDE, 2)),
        hostile(
            "numerator",
            "Fraction.of(10^1000000, 1)",
            () -> Fraction.of(TEN_TO_THE_MILLION, BigInteger.ONE)),
        hostile("scale", "Fraction.toBigDecimal(10^9 places)", () -> Fraction.ONE.toBigDecimal(
            1_000_000_000, java.math.RoundingMode.HALF_EVEN)),
        // whole numbers
        hostile("hours", "Hours.of(Long.MAX_VALUE)", () -> Hours.of(Long.MAX_VALUE)),
        hostile("minutes", "Hours.ofMinutes(Long.MIN_VALUE)", () -> Hours.ofMinutes(Long.MIN_VALUE)),
        hostile("percent", "Percentage.ofPercent(Long.MAX_VALUE)", () -> Percentage.ofPercent(
            Long.MAX_VALUE)),
        // strings of 10 MB
        hostile("hours", "Hours.parse(10 MB)", () -> Hours.parse(LONG_TEXT)),
        hostile("hours", "Hours.of(10 MB)", () -> Hours.of(LONG_TEXT)),
        hostile("fte", "Fte.parse(10 MB)", () -> Fte.parse(LONG_TEXT)),
        hostile("percent", "Percentage.parse(10 MB)", () -> Percentage.parse(LONG_TEXT)),
        hostile("fraction", "Fraction.parse(10 MB)", () -> Fraction.parse(LONG_TEXT)),
        hostile("hours", "PeriodicHours.parse(10 MB)", () -> PeriodicHours.parse(LONG_TEXT + "h/week")));
  }

  private static Arguments hostile(String field, String name, Executable call) {
    return Arguments.of(field, name, call);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("hostile")
  void isRejectedInBoundedTimeNamingTheField(String field, String name, Executable call) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(2),
        () ->
            assertThatIllegalArgumentException()
                .isThrownBy(call::execute)
                .withMessageStartingWith("Invalid value for " + field + " ")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(400)));
  }

  @org.junit.jupiter.api.Test
  void theRejectionQuotesAHugeValueByItsForm() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Hours.of("1e999999999"))
        .withMessage(
            "Invalid value for hours (valid values |x| < 10^12, at most 12 decimal places):"
                + " 1E+999999999");
  }

  @org.junit.jupiter.api.Test
  void aSubclassOfBigDecimalIsCopiedBeforeUse() {
    Hours h = Hours.of(new Shifty());
    assertThat(h).isEqualTo(Hours.of(1950));
    assertThat(h.toBigDecimal().getClass()).isEqualTo(BigDecimal.class);
    assertThat(h.toBigDecimal().signum()).isEqualTo(1);
  }
}
