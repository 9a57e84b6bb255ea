package io.github.cmpt.demand;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmpt.vocabulary.Role;
import io.github.cmpt.time.Hours;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The copy methods of a profile change the attribute they name and keep the others. */
class InterventionProfileCopyTest {

  private static InterventionActivity assessment(long minutes) {
    return InterventionActivity.builder()
        .kind(ActivityKind.ASSESSMENT)
        .role(Role.OCCUPATIONAL_THERAPIST)
        .minutes(Figure.ofJudgment(minutes, ""))
        .frequency(Frequency.ONCE)
        .frequencyProvenance(Provenance.ofJudgment(""))
        .build();
  }

  private static InterventionProfile profile() {
    return InterventionProfile.builder()
        .level(ComplexityLevel.of("1", "Low", 1))
        .episodeWeeks(Figure.ofJudgment(6, ""))
        .addActivity(assessment(90))
        .build();
  }

  @Test
  void withActivities() {
    InterventionProfile changed = profile().withActivities(List.of(assessment(60), assessment(30)));
    assertThat(changed.activities()).containsExactly(assessment(60), assessment(30));
    assertThat(changed.hoursPerEpisode()).isEqualTo(Hours.of("1.5"));
    assertThat(changed.level()).isEqualTo(profile().level());
    assertThat(changed.episodeWeeks()).isEqualTo(profile().episodeWeeks());
    assertThat(profile().withActivities(List.of(assessment(90)))).isEqualTo(profile());
    assertThatThrownBy(() -> profile().withActivities(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid value for activities (valid values at least one activity): none");
  }

  @Test
  void withEpisodeWeeks() {
    InterventionProfile changed = profile().withEpisodeWeeks(Figure.ofJudgment(10, ""));
    assertThat(changed.episodeWeeks()).isEqualTo(Figure.ofJudgment(10, ""));
    assertThat(changed.activities()).isEqualTo(profile().activities());
  }
}
