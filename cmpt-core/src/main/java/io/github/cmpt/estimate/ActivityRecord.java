package io.github.cmpt.estimate;

import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.ComplexityLevel;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.internal.CmptStyle;
import io.github.cmpt.vocabulary.Role;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One past client activity, as a service's records describe it: the episode of care it belongs
 * to, the client's complexity level, the kind of activity, the minutes it took, its date, the role
 * that performed it and, for a group session, the number of clients in the group.
 *
 * <p>A record says what the source says, valid or not: only an identifier is required. The
 * {@link EpisodeAccumulator} decides what it accepts under its {@link EstimationRules} and counts
 * the rest as {@link Rejection}s, so a record may carry no level, negative minutes or a group size
 * of zero. The identifier of the episode (or client) is kept for grouping and never shown: the
 * {@code toString} writes {@code <redacted>} in its place.
 *
 * <p>The minutes of a group session are the length of the session; the episode's share of it is
 * {@code minutes / groupSize}. A record without a group size is a session with this client alone.
 *
 * <pre>{@code
 * ActivityRecord r = ActivityRecord.builder()
 *     .episode("E-1042")
 *     .level(moderate)
 *     .kind(ActivityKind.GROUP_INTERVENTION)
 *     .role(Role.PHYSIOTHERAPIST)
 *     .minutes(60)
 *     .date(LocalDate.of(2025, 3, 4))
 *     .groupSize(6)
 *     .build();
 * // ActivityRecord[<redacted>, M, group-intervention, PT, 60 min, 2025-03-04, group of 6]
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@CmptStyle
public abstract class ActivityRecord {

  ActivityRecord() {}

  /**
   * Returns a builder of a record; the episode, kind, role, minutes and date are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the identifier of the episode of care, or of the client when a client has one
   * episode; records with the same identifier belong to the same episode.
   *
   * @return the identifier, not blank
   */
  public abstract String episode();

  /**
   * Returns the complexity level of the client at the time of this activity, if recorded.
   *
   * @return the level, or empty
   */
  public abstract Optional<ComplexityLevel> level();

  /**
   * Returns the kind of activity.
   *
   * @return the kind
   */
  public abstract ActivityKind kind();

  /**
   * Returns the role that performed the activity.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * Returns the whole minutes the activity took; for a group session, the length of the session.
   *
   * @return the minutes, as recorded (possibly negative)
   */
  public abstract long minutes();

  /**
   * Returns the date of the activity.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the number of clients who shared a group session, if recorded; empty for a session
   * with this client alone.
   *
   * @return the group size, as recorded, or empty
   */
  public abstract OptionalInt groupSize();

  @Value.Check
  void check() {
    // The identifier is blank here, so the message shows nothing identifying.
    Checks.check(
        !episode().isBlank(), "episode", "non-blank", "a blank text of length " + episode().length());
  }

  /**
   * Returns the record without its identifier, such as
   * {@code ActivityRecord[<redacted>, M, assessment, OT, 60 min, 2025-03-04]}.
   *
   * @return the record as text, with {@code <redacted>} for the identifier
   */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder("ActivityRecord[<redacted>, ")
            .append(level().map(ComplexityLevel::code).orElse("no level"))
            .append(", ")
            .append(kind())
            .append(", ")
            .append(role())
            .append(", ")
            .append(minutes())
            .append(" min, ")
            .append(date());
    groupSize().ifPresent(g -> sb.append(", group of ").append(g));
    return sb.append(']').toString();
  }

  /** Builds an {@link ActivityRecord}; see {@link ActivityRecord#builder()}. */
  public static final class Builder extends ImmutableActivityRecord.Builder {
    Builder() {}
  }
}
