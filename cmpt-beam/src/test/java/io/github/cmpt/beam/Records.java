package io.github.cmpt.beam;

import io.github.cmpt.estimate.ActivityRecord;
import io.github.cmpt.estimate.EstimationRules;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded records and the rules of the tests. */
final class Records {

  static final ComplexityLevel LOW = ComplexityLevel.of("L", "Low", 1);
  static final ComplexityLevel MODERATE = ComplexityLevel.of("M", "Moderate", 2);
  static final ComplexityLevel HIGH = ComplexityLevel.of("H", "High", 3);

  private Records() {}

  static EstimationRules rules() {
    return EstimationRules.builder()
        .levels(List.of(LOW, MODERATE, HIGH))
        .window(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
        .build();
  }

  /** Records of a few dozen episodes, some rejected, some with group sizes above 8. */
  static List<ActivityRecord> records(long seed, int count) {
    Random rnd = new Random(seed);
    List<ComplexityLevel> levels = List.of(LOW, MODERATE, HIGH);
    List<ActivityKind> kinds = ActivityKind.standardKinds();
    List<Role> roles = Role.standardRoles();
    List<ActivityRecord> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ActivityRecord.Builder b = ActivityRecord.builder();
      b.episode("EP-1" + rnd.nextInt(count / 4 + 1));
      int l = rnd.nextInt(20);
      if (l > 0) {
        b.level(l == 1 ? ComplexityLevel.of("X", "Unlisted", 9) : levels.get(l % 3));
      }
      b.kind(rnd.nextInt(30) == 0 ? ActivityKind.of("Equipment fitting")
          : kinds.get(rnd.nextInt(kinds.size())));
      b.role(rnd.nextInt(30) == 0 ? Role.ofClinician("KIN", "Kinesiologist")
          : roles.get(rnd.nextInt(roles.size())));
      b.minutes(rnd.nextInt(40) == 0 ? -5 : rnd.nextInt(200));
      if (rnd.nextInt(3) == 0) {
        b.groupSize(rnd.nextInt(14));
      }
      b.date(LocalDate.of(2024, 12, 1).plusDays(rnd.nextInt(420)));
      out.add(b.build());
    }
    return out;
  }
}
