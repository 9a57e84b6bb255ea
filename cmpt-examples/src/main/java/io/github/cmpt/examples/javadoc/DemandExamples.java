package io.github.cmpt.examples.javadoc;

import io.github.cmpt.demand.InterventionTime;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.demand.ComplexityScale;
import io.github.cmpt.demand.Figure;
import io.github.cmpt.demand.Frequency;
import io.github.cmpt.demand.InterventionActivity;
import io.github.cmpt.demand.InterventionProfile;
import io.github.cmpt.demand.LevelDemand;
import io.github.cmpt.demand.Provenance;
import io.github.cmpt.demand.ServiceDemand;
import io.github.cmpt.worksheet.Step2Worksheet;
import io.github.cmpt.demand.Volume;
import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.time.Hours;
import io.github.cmpt.time.Percentage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The examples of the Javadoc of package {@code io.github.cmpt.demand} (Step 2), compiled: each
 * method holds the code of one example and returns the value the example is about.
 */
public final class DemandExamples {

  private DemandExamples() {}



  /**
   * The example of {@link ComplexityScale}: the three-level scale with criteria, and its level 2.
   *
   * @return {@code ComplexityLevel[2 Moderate]}
   */
  public static ComplexityLevel complexityScale() {
    ComplexityScale scale =
        ComplexityScale.ofThreeLevels(
            "One goal, family carries over the program",
            "Two or more goals",
            "Multiple goals, medical fragility, team coordination");
    ComplexityLevel moderate = scale.level("2"); // ComplexityLevel[2 Moderate]
    return moderate;
  }

  /**
   * The example of {@link Figure}: a mean of 40 from records blended with a judgment of 50 at a
   * weight of 30%.
   *
   * @return the blended figure as text, {@code 43 [blend 30% judgment / 70% records (n=42,
   *     mean)]}
   */
  public static String figure() {
    Figure data = Figure.ofRecords(new BigDecimal("40"), 42, "mean");
    Figure blended = data.blendedWith(new BigDecimal("50"), new BigDecimal("0.3"), "new protocol");
    return blended.toString(); // 43 [blend 30% judgment / 70% records (n=42, mean)]
  }

  /**
   * What the example of {@link Frequency} states: the occurrences in an episode, and whether the
   * frequency parsed from its text is equal to it.
   *
   * @param occurrencesPerEpisode the occurrences of {@code 2/week x 6 weeks} in an episode
   * @param parsedIsEqual whether {@code Frequency.parse("2/week x 6 weeks")} equals it
   */
  public record FrequencyFigures(BigDecimal occurrencesPerEpisode, boolean parsedIsEqual) {}

  /**
   * The example of {@link Frequency}: twice a week for 6 weeks.
   *
   * @return 12 occurrences, and {@code true}
   */
  public static FrequencyFigures frequency() {
    Frequency weekly = Frequency.ofPerWeek(2, 6);
    BigDecimal occurrences = weekly.occurrencesPerEpisode(); // 12
    boolean equal = Frequency.parse("2/week x 6 weeks").equals(weekly); // true
    return new FrequencyFigures(occurrences, equal);
  }

  /**
   * The example of {@link InterventionActivity}: a group session of 60 minutes twice a week for
   * 6 weeks, shared by 4 members.
   *
   * @return the hours of one member's episode, {@code 3h}
   */
  public static Hours interventionActivity() {
    InterventionActivity group =
        InterventionActivity.builder()
            .kind(ActivityKind.GROUP_INTERVENTION)
            .role(Role.OCCUPATIONAL_THERAPIST)
            .minutes(Figure.ofRecords(new BigDecimal("60"), 42, "median"))
            .frequency(Frequency.ofPerWeek(2, 6))
            .frequencyProvenance(Provenance.ofJudgment("program design"))
            .groupSize(4)
            .build();
    return group.hoursPerEpisode(); // 3h: 60 min x 12 sessions / 60 / 4 members
  }

  /**
   * What the example of {@link InterventionProfile} states.
   *
   * @param hoursPerEpisode the hours of an episode, all activities
   * @param hoursPerEpisodeByRole the hours of an episode by role
   */
  public record ProfileFigures(Hours hoursPerEpisode, Map<Role, Hours> hoursPerEpisodeByRole) {}

  /**
   * The example of {@link InterventionProfile}: level 2 of a three-level scale, 8-week episodes,
   * an assessment by an occupational therapist (90 minutes once, 1.5 hours) and treatment by an
   * OT assistant (45 minutes once a week for 8 weeks, 6 hours).
   *
   * @return {@code 7.5h} an episode, of which {@code OT=1.5h, OTA=6h}
   */
  public static ProfileFigures interventionProfile() {
    ComplexityScale scale = Fixtures.scale();
    InterventionActivity assessment = Fixtures.assessment();
    InterventionActivity treatment = Fixtures.treatment();
    InterventionProfile moderate =
        InterventionProfile.builder()
            .level(scale.level("2"))
            .episodeWeeks(Figure.ofRecords(new BigDecimal("8"), 42, "median"))
            .addActivity(assessment)
            .addActivity(treatment)
            .build();
    return new ProfileFigures(
        moderate.hoursPerEpisode(), // the sum over the activities
        moderate.hoursPerEpisodeByRole()); // {OT=..., OTA=...}
  }

  /**
   * The example of {@link LevelDemand}: the profile of level 2 (8-week episodes) for 12 clients
   * at a time.
   *
   * @return the level's demand
   */
  public static LevelDemand levelDemand() {
    InterventionProfile moderateProfile = Fixtures.moderateProfile();
    LevelDemand moderate = LevelDemand.of(moderateProfile, Volume.ofConcurrent(12));
    return moderate;
  }

  /**
   * What the example of {@link Provenance} states.
   *
   * @param data the provenance of a figure from records
   * @param team the provenance of a figure from judgment
   * @param mix the text of the provenance of a blend of the two
   */
  public record Provenances(Provenance data, Provenance team, String mix) {}

  /**
   * The example of {@link Provenance}: records, a judgment, and a blend of the two.
   *
   * @return the records, the judgment and the text of the blend
   */
  public static Provenances provenance() {
    Provenance data = Provenance.ofRecords(42, "mean"); // records (n=42, mean)
    Provenance team = Provenance.ofJudgment("team consensus 2026");
    Provenance mix = Provenance.ofBlend(new BigDecimal("0.3"), "team consensus 2026", data);
    return new Provenances(
        data, team, mix.toString()); // blend 30% judgment / 70% records (n=42, mean)
  }

  /**
   * What the example of {@link ServiceDemand} states.
   *
   * @param demandHours the annual demand hours, all levels
   * @param demandHoursByRole the annual demand hours by role
   * @param caseMixByClients the shares of episodes a year by level
   */
  public record DemandFigures(
      Hours demandHours,
      Map<Role, Hours> demandHoursByRole,
      Map<ComplexityLevel, Percentage> caseMixByClients) {}

  /**
   * The example of {@link ServiceDemand}: 60 episodes a year of level 1 (1.5 hours of an OT each)
   * and 12 clients at a time of level 2 (8-week episodes, so 78 a year, of 1.5 hours of an OT and
   * 6 of an OT assistant each).
   *
   * @return {@code 675h}, of which {@code OT=207h, OTA=468h}; {@code 1=43.48%, 2=56.52%}
   */
  public static DemandFigures serviceDemand() {
    ComplexityScale scale = Fixtures.scale();
    InterventionProfile lowProfile = Fixtures.lowProfile();
    InterventionProfile moderateProfile = Fixtures.moderateProfile();
    ServiceDemand demand =
        ServiceDemand.builder()
            .weeksPerYear(52)
            .scale(scale)
            .addLevel(lowProfile, Volume.ofEpisodesPerYear(60))
            .addLevel(moderateProfile, Volume.ofConcurrent(12))
            .build();
    InterventionTime time = InterventionTime.of(demand); // Step 2
    return new DemandFigures(
        time.demandHours(), // annual demand hours, all levels
        time.demandHoursByRole(), // {OT=..., OTA=...}
        time.caseMixByClients()); // shares of episodes per year, summing to 100%
  }



  /**
   * The example of {@link Volume}: 26 episodes a year of 8 weeks as clients at a time.
   *
   * @return {@code 4}
   */
  public static BigDecimal volume() {
    Volume v = Volume.ofEpisodesPerYear(26);
    return (v.toConcurrent(new BigDecimal("8"), new BigDecimal("52"))).toBigDecimal(); // 4: 26 x 8 / 52
  }

  /**
   * The example of package {@code io.github.cmpt.demand}: one level of 120 episodes a year, each
   * needing a 90-minute assessment.
   *
   * @return {@code 180h}
   */
  public static Hours demandPackage() {
    ComplexityScale scale = ComplexityScale.ofThreeLevels();
    InterventionActivity assessment =
        InterventionActivity.builder()
            .kind(ActivityKind.ASSESSMENT)
            .role(Role.OCCUPATIONAL_THERAPIST)
            .minutes(Figure.ofJudgment(90, "team consensus 2026"))
            .frequency(Frequency.ONCE)
            .frequencyProvenance(Provenance.ofJudgment("program design"))
            .build();
    InterventionProfile low =
        InterventionProfile.builder()
            .level(scale.level("1"))
            .episodeWeeks(Figure.ofRecords(new BigDecimal("6"), 42, "median"))
            .addActivity(assessment)
            .build();
    ServiceDemand demand =
        ServiceDemand.builder()
            .weeksPerYear(52)
            .scale(scale)
            .addLevel(low, Volume.ofEpisodesPerYear(120))
            .build();
    return InterventionTime.of(demand).demandHours(); // 180h: 120 episodes x 1.5h
  }

  /**
   * What the examples of the short factories make.
   *
   * @param assessment the assessment of {@link InterventionActivity#of}
   * @param group the group of {@link InterventionActivity#ofGroup}
   * @param low the profile of {@link InterventionProfile#of}
   */
  public record ShortFactories(
      InterventionActivity assessment, InterventionActivity group, InterventionProfile low) {}

  /**
   * The examples of {@link InterventionActivity#of}, {@link InterventionActivity#ofGroup} and
   * {@link InterventionProfile#of}: an assessment, a group and a profile without builders.
   *
   * @return the activities and the profile
   */
  public static ShortFactories shortFactories() {
    ComplexityScale scale = ComplexityScale.ofThreeLevels();
    InterventionActivity assessment = InterventionActivity.of(ActivityKind.ASSESSMENT,
        Role.OCCUPATIONAL_THERAPIST, Figure.ofJudgment(90, "team consensus"), Frequency.ONCE,
        Provenance.ofJudgment("program design"));
    InterventionActivity group = InterventionActivity.ofGroup(Role.OT_ASSISTANT,
        Figure.ofJudgment(60, "program design"), Frequency.ofPerWeek(1, 6),
        Provenance.ofJudgment("program design"), 4);
    InterventionProfile low = InterventionProfile.of(scale.level("1"),
        Figure.ofJudgment(6, "team consensus"), assessment);
    return new ShortFactories(assessment, group, low);
  }
}
