package io.github.cmpt.estimate;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/** Seeded generators of activity records for the property tests. */
final class RecordGen {

  static final ComplexityLevel LOW = ComplexityLevel.of("L", "Low", 1);
  static final ComplexityLevel MODERATE = ComplexityLevel.of("M", "Moderate", 2);
  static final ComplexityLevel HIGH = ComplexityLevel.of("H", "High", 3);
  static final ComplexityLevel UNLISTED = ComplexityLevel.of("X", "Unlisted", 9);
  static final List<ComplexityLevel> LEVELS = List.of(LOW, MODERATE, HIGH);

  static final LocalDate WINDOW_START = LocalDate.of(2024, 6, 1);
  static final LocalDate WINDOW_END = LocalDate.of(2025, 12, 31);
  static final long MAX_MINUTES = 600;

  /** Rules with levels, a window and a maximum, so that every rejection can happen. */
  static final EstimationRules RULES =
      EstimationRules.builder()
          .levels(LEVELS)
          .window(WINDOW_START, WINDOW_END)
          .maxMinutes(MAX_MINUTES)
          .roles(List.of(Role.OCCUPATIONAL_THERAPIST, Role.PHYSIOTHERAPIST, Role.OT_ASSISTANT))
          .build();

  static final ActivityKind UNKNOWN_KIND = ActivityKind.of("Equipment fitting");
  static final Role UNKNOWN_ROLE = Role.ofClinician("KIN", "Kinesiologist");

  private RecordGen() {}

  /** A group size that makes {@code minutes / size} a terminating decimal. */
  private static final int[] EXACT_GROUP_SIZES = {1, 2, 4, 5, 8};

  /** One activity of a profile: a (kind, role), minutes per occurrence, times, group size. */
  static final class Activity {
    final ActivityKind kind;
    final Role role;
    final long minutes;
    final int times;
    final int groupSize;

    Activity(ActivityKind kind, Role role, long minutes, int times, int groupSize) {
      this.kind = kind;
      this.role = role;
      this.minutes = minutes;
      this.times = times;
      this.groupSize = groupSize;
    }
  }

  /** A known profile of one level: every episode has the same activities and weeks. */
  static final class Profile {
    final ComplexityLevel level;
    final int episodes;
    final int weeks;
    final List<Activity> activities;

    Profile(ComplexityLevel level, int episodes, int weeks, List<Activity> activities) {
      this.level = level;
      this.episodes = episodes;
      this.weeks = weeks;
      this.activities = activities;
    }

    int sessions() {
      int s = 0;
      for (Activity a : activities) {
        s += a.times;
      }
      return s;
    }
  }

  static List<Profile> profiles(Random rnd) {
    return profiles(rnd, false);
  }

  /**
   * Returns profiles of one to three levels. Shaped as the demand model's profiles, group sizes
   * are for group interventions only (2 or more) and minutes are positive; otherwise any kind may
   * have a group size and minutes may be zero.
   */
  static List<Profile> profiles(Random rnd, boolean modelShaped) {
    List<Profile> out = new ArrayList<>();
    for (ComplexityLevel level : LEVELS) {
      if (out.isEmpty() || rnd.nextBoolean()) {
        out.add(profile(rnd, level, modelShaped));
      }
    }
    return out;
  }

  private static Profile profile(Random rnd, ComplexityLevel level, boolean modelShaped) {
    List<ActivityKind> kinds = new ArrayList<>(ActivityKind.standardKinds());
    List<Role> roles = RULES.roles();
    List<String> used = new ArrayList<>();
    List<Activity> activities = new ArrayList<>();
    int count = 1 + rnd.nextInt(4);
    while (activities.size() < count) {
      ActivityKind kind = kinds.get(rnd.nextInt(kinds.size()));
      Role role = roles.get(rnd.nextInt(roles.size()));
      if (used.contains(kind + " " + role)) {
        continue;
      }
      used.add(kind + " " + role);
      int times = activities.isEmpty() ? 2 + rnd.nextInt(4) : 1 + rnd.nextInt(5);
      int group = EXACT_GROUP_SIZES[rnd.nextInt(EXACT_GROUP_SIZES.length)];
      long minutes = rnd.nextInt(241);
      if (modelShaped) {
        boolean isGroup = kind.equals(ActivityKind.GROUP_INTERVENTION);
        group = isGroup ? EXACT_GROUP_SIZES[1 + rnd.nextInt(EXACT_GROUP_SIZES.length - 1)] : 1;
        minutes = 5 + rnd.nextInt(236);
      }
      activities.add(new Activity(kind, role, minutes, times, group));
    }
    return new Profile(level, 1 + rnd.nextInt(15), 1 + rnd.nextInt(20), activities);
  }

  /**
   * Returns the records of the profiles' episodes, shuffled: each episode's first record is on
   * its first day and another on its last day, {@code 7 x weeks - 1} days later.
   */
  static List<ActivityRecord> records(Random rnd, List<Profile> profiles) {
    List<ActivityRecord> out = new ArrayList<>();
    for (Profile p : profiles) {
      for (int e = 0; e < p.episodes; e++) {
        String id = p.level.code() + "-" + e + "-" + rnd.nextInt(1000);
        LocalDate first = WINDOW_START.plusDays(rnd.nextInt(300));
        int span = 7 * p.weeks - 1;
        int index = 0;
        for (Activity a : p.activities) {
          for (int t = 0; t < a.times; t++) {
            long offset = index == 0 ? 0 : index == 1 ? span : rnd.nextInt(span + 1);
            index++;
            ActivityRecord.Builder b = ActivityRecord.builder();
            b.episode(id)
                .level(p.level)
                .kind(a.kind)
                .role(a.role)
                .minutes(a.minutes)
                .date(first.plusDays(offset));
            if (a.groupSize > 1 || rnd.nextBoolean()) {
              b.groupSize(a.groupSize);
            }
            out.add(b.build());
          }
        }
      }
    }
    Collections.shuffle(out, rnd);
    return out;
  }

  /**
   * Returns records of a few episodes, some valid, some breaking one or more rules of
   * {@link #RULES}, with group sessions of any size (shares that are not terminating decimals).
   */
  static List<ActivityRecord> mixed(Random rnd, int count) {
    int episodes = 1 + rnd.nextInt(30);
    List<ActivityRecord> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ActivityRecord.Builder b = ActivityRecord.builder();
      b.episode("E" + rnd.nextInt(episodes));
      int l = rnd.nextInt(20);
      if (l > 0) {
        b.level(l == 1 ? UNLISTED : LEVELS.get(l % 3));
      }
      b.kind(rnd.nextInt(20) == 0 ? UNKNOWN_KIND : ActivityKind.standardKinds().get(rnd.nextInt(8)));
      b.role(rnd.nextInt(20) == 0 ? UNKNOWN_ROLE : RULES.roles().get(rnd.nextInt(3)));
      int m = rnd.nextInt(30);
      b.minutes(m == 0 ? -1 - rnd.nextInt(60) : m == 1 ? 601 + rnd.nextInt(5000) : rnd.nextInt(181));
      int g = rnd.nextInt(4);
      if (g == 1) {
        b.groupSize(rnd.nextInt(20) == 0 ? 0 : 1 + rnd.nextInt(9));
      }
      b.date(WINDOW_START.minusDays(20).plusDays(rnd.nextInt(600)));
      out.add(b.build());
    }
    return out;
  }

  /** The reason a record breaks {@link #RULES}, written independently of the accumulator. */
  static @Nullable Rejection expectedRejection(ActivityRecord r) {
    if (r.level().isEmpty()) {
      return Rejection.MISSING_LEVEL;
    }
    if (!LEVELS.contains(r.level().get())) {
      return Rejection.UNKNOWN_LEVEL;
    }
    if (!RULES.kinds().contains(r.kind())) {
      return Rejection.UNKNOWN_KIND;
    }
    if (!RULES.roles().contains(r.role())) {
      return Rejection.UNKNOWN_ROLE;
    }
    if (r.minutes() < 0) {
      return Rejection.NEGATIVE_MINUTES;
    }
    if (r.minutes() > MAX_MINUTES) {
      return Rejection.ABSURD_MINUTES;
    }
    if (r.groupSize().orElse(1) < 1) {
      return Rejection.INVALID_GROUP_SIZE;
    }
    if (r.date().isBefore(WINDOW_START) || r.date().isAfter(WINDOW_END)) {
      return Rejection.DATE_OUTSIDE_WINDOW;
    }
    return null;
  }
}
