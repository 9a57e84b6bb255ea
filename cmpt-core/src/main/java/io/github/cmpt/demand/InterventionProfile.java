package io.github.cmpt.demand;

import com.google.common.collect.ImmutableList;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.internal.CmptStyle;
import io.github.cmpt.time.Hours;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.vocabulary.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What an episode of care at one complexity level needs: the activities, and the length of the
 * episode in weeks, such as {@code InterventionProfile[2 Moderate, 3 activities, 8 weeks,
 * 9.5h/episode]}.
 *
 * <p>Rules: at least one activity, and a positive episode length. The hours per episode are the
 * sum of the activities' {@linkplain InterventionActivity#hoursPerEpisode() hours per episode};
 * they grow in proportion to the frequencies: doubling every frequency doubles the hours per
 * episode (exactly when the divisions by 60 and the group sizes are exact, otherwise with a
 * relative difference below {@code 10^-32}, from the rounding of those divisions).
 *
 * <pre>{@code
 * InterventionProfile moderate = InterventionProfile.builder()
 *     .level(scale.level("2"))
 *     .episodeWeeks(Figure.ofRecords(new BigDecimal("8"), 42, "median"))
 *     .addActivity(assessment)
 *     .addActivity(treatment)
 *     .build();
 * moderate.hoursPerEpisode();         // the sum over the activities
 * moderate.hoursPerEpisodeByRole();   // {OT=..., OTA=...}
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@CmptStyle
public abstract class InterventionProfile {

  InterventionProfile() {}

  /**
   * Returns a builder of a profile; the level, the episode length and at least one activity are
   * required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the profile of a level from its episode length and its activities, without a builder.
   *
   * <pre>{@code
   * InterventionProfile low = InterventionProfile.of(scale.level("1"),
   *     Figure.ofJudgment(6, "team consensus"), assessment);
   * }</pre>
   *
   * @param level the level the profile describes, not null
   * @param episodeWeeks the length of an episode in weeks, {@code x > 0}, with its provenance, not
   *     null
   * @param activities the activities of an episode, at least one, none null
   * @return the profile
   * @throws IllegalArgumentException when there is no activity or the episode length is not
   *     positive
   */
  public static InterventionProfile of(
      ComplexityLevel level, Figure episodeWeeks, InterventionActivity... activities) {
    Checks.notNull(activities, "activities");
    return builder().level(level).episodeWeeks(episodeWeeks).addActivities(activities).build();
  }

  /**
   * Returns the complexity level this profile describes.
   *
   * @return the level
   */
  public abstract ComplexityLevel level();

  /**
   * Returns the activities of an episode, in the order given.
   *
   * @return an immutable list of at least one activity
   */
  public abstract ImmutableList<InterventionActivity> activities();

  /**
   * Returns the length of an episode in weeks, from first contact to discharge, with its
   * provenance.
   *
   * @return the episode length in weeks, {@code x > 0}
   */
  public abstract Figure episodeWeeks();

  @Value.Check
  void check() {
    Checks.check(!activities().isEmpty(), "activities", "at least one activity", "none");
    Checks.check(
        episodeWeeks().value().signum() > 0, "episodeWeeks", "x > 0", episodeWeeks().value());
  }

  /**
   * Returns a copy of this profile with other activities.
   *
   * @param activities the activities, at least one, none null
   * @return the changed profile
   * @throws IllegalArgumentException when there is no activity
   * @throws NullPointerException when the list or an activity is null
   */
  public abstract InterventionProfile withActivities(
      Iterable<? extends InterventionActivity> activities);

  /**
   * Returns a copy of this profile with another episode length.
   *
   * @param episodeWeeks the episode length in weeks, {@code x > 0}, not null
   * @return the changed profile
   * @throws IllegalArgumentException when the length is not positive
   * @throws NullPointerException when {@code episodeWeeks} is null
   */
  public abstract InterventionProfile withEpisodeWeeks(Figure episodeWeeks);

  /**
   * Returns the time an episode of one client needs, in hours:
   * <pre>{@code hoursPerEpisode = sum over activities of activity.hoursPerEpisode()}</pre>
   * The sum is exact.
   *
   * @return the hours per episode, {@code x > 0}
   */
  @Value.Lazy
  public Hours hoursPerEpisode() {
    List<Hours> hours = new ArrayList<>();
    for (InterventionActivity a : activities()) {
      hours.add(a.hoursPerEpisode());
    }
    return Hours.sum(hours);
  }

  /**
   * Returns the hours per episode of each kind of activity:
   * <pre>{@code hours(kind) = sum over activities of that kind of activity.hoursPerEpisode()}</pre>
   * The standard kinds come first, in the order of {@link ActivityKind#standardKinds()}, then
   * user-named kinds in the order they first appear among the activities. The values add up
   * exactly to {@link #hoursPerEpisode()}.
   *
   * @return an immutable map in that order, with only the kinds present
   */
  @Value.Lazy
  public Map<ActivityKind, Hours> hoursPerEpisodeByKind() {
    Map<ActivityKind, Hours> sums = new LinkedHashMap<>();
    for (InterventionActivity a : activities()) {
      HoursByKey.add(sums, a.kind(), a.hoursPerEpisode());
    }
    return HoursByKey.ordered(sums, ActivityKind.standardKinds());
  }

  /**
   * Returns the hours per episode of each role that performs activities:
   * <pre>{@code hours(role) = sum over activities performed by that role of activity.hoursPerEpisode()}</pre>
   * The standard roles come first, in the order of {@link Role#standardRoles()}, then other roles
   * in the order they first appear among the activities. The values add up exactly to
   * {@link #hoursPerEpisode()}.
   *
   * @return an immutable map in that order, with only the roles present
   */
  @Value.Lazy
  public Map<Role, Hours> hoursPerEpisodeByRole() {
    Map<Role, Hours> sums = new LinkedHashMap<>();
    for (InterventionActivity a : activities()) {
      HoursByKey.add(sums, a.role(), a.hoursPerEpisode());
    }
    return HoursByKey.ordered(sums, Role.standardRoles());
  }

  /**
   * Returns the hours per week of one client while the episode is active:
   * <pre>{@code hoursPerWeek = hoursPerEpisode / episodeWeeks}</pre>
   * rounded to {@link Hours#MATH_CONTEXT}.
   *
   * @return the hours per week of an active episode, {@code x > 0}
   */
  @Value.Lazy
  public Hours hoursPerWeek() {
    return hoursPerEpisode().dividedBy(episodeWeeks().value());
  }

  /**
   * Returns the level, the number of activities, the episode length and the hours per episode,
   * such as {@code InterventionProfile[2 Moderate, 3 activities, 8 weeks, 9.5h/episode]}, with hours
   * to two decimals.
   *
   * @return the profile as text
   */
  @Override
  public String toString() {
    int n = activities().size();
    return "InterventionProfile["
        + level().rank()
        + " "
        + level().name()
        + ", "
        + n
        + (n == 1 ? " activity, " : " activities, ")
        + Checks.plain(episodeWeeks().value())
        + " weeks, "
        + hoursPerEpisode().rounded(2, java.math.RoundingMode.HALF_UP)
        + "/episode]";
  }

  /**
   * Builds an {@link InterventionProfile}.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableInterventionProfile.Builder {
    Builder() {}
  }
}
