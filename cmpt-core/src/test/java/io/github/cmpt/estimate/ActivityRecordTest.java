package io.github.cmpt.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActivityRecordTest {

  static final ComplexityLevel MODERATE = ComplexityLevel.of("M", "Moderate", 2);

  private static ActivityRecord.Builder record(String episode, long minutes, LocalDate date) {
    ActivityRecord.Builder b = ActivityRecord.builder();
    b.episode(episode)
        .level(MODERATE)
        .kind(ActivityKind.GROUP_INTERVENTION)
        .role(Role.PHYSIOTHERAPIST)
        .minutes(minutes)
        .date(date);
    return b;
  }

  private static ActivityRecord.Builder record() {
    return record("MRN-0042917", 60, LocalDate.of(2025, 3, 4));
  }

  @Test
  void toStringRedactsTheIdentifier() {
    ActivityRecord r = record().groupSize(6).build();
    assertThat(r.toString())
        .isEqualTo("ActivityRecord[<redacted>, M, group-intervention, PT, 60 min, 2025-03-04,"
            + " group of 6]")
        .doesNotContain("0042917");
    assertThat(r.episode()).isEqualTo("MRN-0042917");
  }

  @Test
  void aRecordMayCarryWhatTheEstimatorWillReject() {
    ActivityRecord.Builder b = ActivityRecord.builder();
    ActivityRecord r =
        b.episode("E1")
            .kind(ActivityKind.ASSESSMENT)
            .role(Role.OCCUPATIONAL_THERAPIST)
            .minutes(-30)
            .date(LocalDate.of(2025, 1, 1))
            .groupSize(0)
            .build();
    assertThat(r.level()).isEmpty();
    assertThat(r.minutes()).isEqualTo(-30);
    assertThat(r.toString()).isEqualTo(
        "ActivityRecord[<redacted>, no level, assessment, OT, -30 min, 2025-01-01, group of 0]");
  }

  @Test
  void aBlankIdentifierIsRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> record("   ", 60, LocalDate.of(2025, 3, 4)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Invalid value for episode (valid values non-blank): a blank text of length 3");
  }

  @Test
  void missingRequiredPartsAreReported() {
    assertThatThrownBy(() -> ActivityRecord.builder().episode("E1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind");
  }

  @Test
  void equalityCoversEveryPart() {
    new EqualsTester()
        .addEqualityGroup(record().build(), record().build())
        .addEqualityGroup(record("other", 60, LocalDate.of(2025, 3, 4)).build())
        .addEqualityGroup(record("MRN-0042917", 61, LocalDate.of(2025, 3, 4)).build())
        .addEqualityGroup(record().groupSize(6).build())
        .addEqualityGroup(record("MRN-0042917", 60, LocalDate.of(2025, 3, 5)).build())
        .testEquals();
  }
}
