package io.github.cmpt.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ActivityRecordGeneratorTest {

  @Test
  void theCommittedSampleIsWhatTheGeneratorMakesWithItsSeed() throws IOException {
    String committed;
    try (InputStream in =
        ActivityRecordGenerator.class.getResourceAsStream(ActivityRecordGenerator.RESOURCE)) {
      assertThat(in).as(ActivityRecordGenerator.RESOURCE).isNotNull();
      committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(committed)
        .as("regenerate with: java io.github.cmpt.examples.ActivityRecordGenerator")
        .isEqualTo(ActivityRecordGenerator.csv(ActivityRecordGenerator.SEED));
  }

  @Test
  void theSeedDecidesTheRecords() {
    assertThat(ActivityRecordGenerator.csv(7)).isEqualTo(ActivityRecordGenerator.csv(7));
    assertThat(ActivityRecordGenerator.csv(7)).isNotEqualTo(ActivityRecordGenerator.csv(8));
  }

  @Test
  void theSampleHasAFewThousandRowsOfEveryLevelKindAndGroupSessions() {
    String csv = ActivityRecordGenerator.csv(ActivityRecordGenerator.SEED);
    String[] lines = csv.split("\n");
    assertThat(lines[0]).isEqualTo(ActivityRecordGenerator.HEADER);
    assertThat(lines.length).isBetween(2000, 6000);
    for (String level : new String[] {",L,", ",M,", ",H,", ",V,"}) {
      assertThat(csv).contains(level);
    }
    for (String kind :
        new String[] {"assessment", "individual-intervention", "group-intervention", "indirect",
            "consultation", "client-travel", "discharge-planning"}) {
      assertThat(csv).contains("," + kind + ",");
    }
    for (String role : new String[] {",OT,", ",PT,", ",SLP,", ",OTA,", ",PTA,", ",CDA,"}) {
      assertThat(csv).contains(role);
    }
    assertThat(csv).containsPattern(",group-intervention,[A-Z]+,\\d+,[0-9-]+,[3-8]\n");
  }
}
