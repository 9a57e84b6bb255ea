package io.github.cmpt.demand;

import io.github.cmpt.internal.Bounds;
import io.github.cmpt.internal.Checks;
import io.github.cmpt.internal.CmptStyle;
import io.github.cmpt.time.Fraction;
import io.github.cmpt.time.Hours;
import io.github.cmpt.vocabulary.ActivityKind;
import io.github.cmpt.vocabulary.Role;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One activity of an episode of care: its kind, the role that performs it, the minutes each
 * occurrence takes, how often it happens, and for a group intervention the size of the group that
 * shares the session, such as {@code InterventionActivity[group-intervention, OT, 60 min,
 * 2/week x 6 weeks, group of 4]}.
 *
 * <p>The minutes per occurrence are a {@link Figure}, and the frequency has a {@link Provenance},
 * so that a report can show where each estimate comes from. Rules: the minutes are positive; a
 * {@linkplain ActivityKind#GROUP_INTERVENTION group intervention} has a group size of at least 2,
 * and other kinds have none.
 *
 * <pre>{@code
 * InterventionActivity group = InterventionActivity.builder()
 *     .kind(ActivityKind.GROUP_INTERVENTION)
 *     .role(Role.OCCUPATIONAL_THERAPIST)
 *     .minutes(Figure.ofRecords(new BigDecimal("60"), 42, "median"))
 *     .frequency(Frequency.ofPerWeek(2, 6))
 *     .frequencyProvenance(Provenance.ofJudgment("program design"))
 *     .groupSize(4)
 *     .build();
 * group.hoursPerEpisode();   // 3h: 60 min x 12 sessions / 60 / 4 members
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
@Value.Immutable
@CmptStyle
public abstract class InterventionActivity {

  private static final long MINUTES_PER_HOUR = 60;

  InterventionActivity() {}

  /**
   * Returns a builder of an activity; kind, role, minutes, frequency and frequency provenance are
   * required, the group size only for a group intervention.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an activity of one client from its five required parts, without a builder, such as an
   * assessment of 90 minutes once an episode by an occupational therapist; a group intervention is
   * {@link #ofGroup}.
   *
   * <pre>{@code
   * InterventionActivity assessment = InterventionActivity.of(ActivityKind.ASSESSMENT,
   *     Role.OCCUPATIONAL_THERAPIST, Figure.ofJudgment(90, "team consensus"), Frequency.ONCE,
   *     Provenance.ofJudgment("program design"));
   * }</pre>
   *
   * @param kind the kind of activity, not null
   * @param role the role that performs it, not null
   * @param minutes the minutes per occurrence, {@code x > 0}, with their provenance, not null
   * @param frequency how often it occurs in an episode, not null
   * @param frequencyProvenance where the frequency comes from, not null
   * @return the activity
   * @throws IllegalArgumentException when the parts break a rule of the activity, such as a group
   *     intervention without a group size
   */
  public static InterventionActivity of(
      ActivityKind kind,
      Role role,
      Figure minutes,
      Frequency frequency,
      Provenance frequencyProvenance) {
    return builder()
        .kind(kind)
        .role(role)
        .minutes(minutes)
        .frequency(frequency)
        .frequencyProvenance(frequencyProvenance)
        .build();
  }

  /**
   * Returns a group intervention from its parts, without a builder: the minutes of each session are
   * shared by the members of the group.
   *
   * <pre>{@code
   * InterventionActivity group = InterventionActivity.ofGroup(Role.OT_ASSISTANT,
   *     Figure.ofJudgment(60, "program design"), Frequency.ofPerWeek(1, 6),
   *     Provenance.ofJudgment("program design"), 4);
   * }</pre>
   *
   * @param role the role that runs the group, not null
   * @param minutes the minutes per session, {@code x > 0}, with their provenance, not null
   * @param frequency how often a session occurs in an episode, not null
   * @param frequencyProvenance where the frequency comes from, not null
   * @param groupSize the members of a group, {@code 2 <= x <= 1000}
   * @return the activity, of kind {@link ActivityKind#GROUP_INTERVENTION}
   * @throws IllegalArgumentException when the group size is below 2 or the minutes not positive
   */
  public static InterventionActivity ofGroup(
      Role role,
      Figure minutes,
      Frequency frequency,
      Provenance frequencyProvenance,
      int groupSize) {
    return builder()
        .kind(ActivityKind.GROUP_INTERVENTION)
        .role(role)
        .minutes(minutes)
        .frequency(frequency)
        .frequencyProvenance(frequencyProvenance)
        .groupSize(groupSize)
        .build();
  }

  /**
   * Returns the kind of activity, such as {@code assessment}.
   *
   * @return the kind
   */
  public abstract ActivityKind kind();

  /**
   * Returns the role that performs the activity: a clinician's or support personnel's.
   *
   * @return the role
   */
  public abstract Role role();

  /**
   * Returns the minutes one occurrence takes (a whole group session for a group intervention), with
   * their provenance.
   *
   * @return the minutes per occurrence, {@code x > 0}
   */
  public abstract Figure minutes();

  /**
   * Returns how often the activity happens in an episode.
   *
   * @return the frequency
   */
  public abstract Frequency frequency();

  /**
   * Returns where the frequency comes from.
   *
   * @return the provenance of {@link #frequency()}
   */
  public abstract Provenance frequencyProvenance();

  /**
   * Returns the number of clients who share each session of a group intervention.
   *
   * @return the group size, at least 2, for a group intervention; empty for other kinds
   */
  public abstract OptionalInt groupSize();

  @Value.Check
  void check() {
    Checks.check(minutes().value().signum() > 0, "minutes", "x > 0", minutes().value());
    boolean group = kind().equals(ActivityKind.GROUP_INTERVENTION);
    if (group) {
      Checks.check(
          groupSize().isPresent(), "groupSize", "x >= 2, required for " + kind(), "none");
      Bounds.count("groupSize", groupSize().getAsInt(), 2, Bounds.MAX_GROUP);
    } else if (groupSize().isPresent()) {
      throw new IllegalArgumentException(
          Checks.invalid(
              "groupSize",
              "none for " + kind() + ", only for " + ActivityKind.GROUP_INTERVENTION,
              groupSize().getAsInt()));
    }
  }

  /**
   * Returns a copy of this activity with other minutes per occurrence, such as judgment replacing
   * a data estimate.
   *
   * @param minutes the minutes per occurrence, {@code x > 0}, not null
   * @return the changed activity
   * @throws IllegalArgumentException when the minutes are not positive
   * @throws NullPointerException when {@code minutes} is null
   */
  public abstract InterventionActivity withMinutes(Figure minutes);

  /**
   * Returns a copy of this activity with another frequency and its provenance.
   *
   * @param frequency the frequency, not null
   * @param provenance where the frequency comes from, not null
   * @return the changed activity
   * @throws NullPointerException when an argument is null
   */
  public InterventionActivity withFrequency(Frequency frequency, Provenance provenance) {
    return copy()
        .withFrequency(frequency)
        .withFrequencyProvenance(provenance);
  }

  /**
   * Returns a copy of this group intervention with another group size.
   *
   * @param groupSize the clients who share each session, {@code 2 <= x <= 1000}
   * @return the changed activity
   * @throws IllegalArgumentException when the size is below 2 or the activity is not a group
   *     intervention
   */
  public abstract InterventionActivity withGroupSize(int groupSize);

  private ImmutableInterventionActivity copy() {
    return (ImmutableInterventionActivity) ImmutableInterventionActivity.copyOf(this);
  }

  /**
   * Returns the time this activity takes per episode of one client, in hours:
   * <pre>{@code hoursPerEpisode = minutes x occurrencesPerEpisode / (60 x groupSize)}</pre>
   * with {@code groupSize = 1} for an activity that is not a group intervention, exactly.
   *
   * <p>For a group intervention this is a member's mean share of the sessions. It is consistent
   * with {@link #splitMinutes(BigDecimal, int)}: the minutes that split charges to the members add
   * up exactly to the session's minutes, and their mean is {@code minutes / groupSize}, which is the
   * share used here. So {@code groupSize x hoursPerEpisode} is exactly the clinician's time for the
   * sessions.
   *
   * @return the hours per episode of one client, {@code x > 0}
   */
  @Value.Lazy
  public Hours hoursPerEpisode() {
    // a figure may have more decimal places than an amount typed in (a statistic of records)
    BigDecimal minutes = minutes().value();
    return Hours.of(Fraction.of(minutes))
        .rounded(minutes.scale(), RoundingMode.UNNECESSARY)
        .multipliedBy(frequency().occurrencesPerEpisode())
        .dividedBy(MINUTES_PER_HOUR * groupSize().orElse(1));
  }

  /**
   * Splits the minutes of one group session among its members so that the parts add up exactly to
   * the session's minutes: the charge to each member, in the order of the members.
   *
   * <p>The parts are multiples of the smallest unit of the session's minutes (a whole minute for
   * {@code 60}, a tenth for {@code 52.5}; trailing zeros do not count). Each member gets
   * {@code floor(minutes / members)} in that unit, and the remainder, fewer units than members, goes
   * one unit each to the first members. For example, 60 minutes among 7 members are
   * {@code 9, 9, 9, 9, 8, 8, 8}. No two parts differ by more than one unit, and their mean is
   * {@code minutes / members}, the share {@link #hoursPerEpisode()} uses.
   *
   * @param sessionMinutes the minutes of the session, {@code 0 <= x < 10^12}, at most 12 decimal
   *     places, not null
   * @param members the number of members, {@code 1 <= x <= 1000}
   * @return an unmodifiable list of {@code members} parts, largest first, whose sum is exactly
   *     {@code sessionMinutes}
   * @throws IllegalArgumentException when the minutes are negative or out of bounds, or the number
   *     of members is out of bounds
   * @throws NullPointerException when {@code sessionMinutes} is null
   */
  public static List<BigDecimal> splitMinutes(BigDecimal sessionMinutes, int members) {
    Checks.notNull(sessionMinutes, "sessionMinutes");
    BigDecimal minutes = Bounds.amount("sessionMinutes", sessionMinutes);
    Checks.check(minutes.signum() >= 0, "sessionMinutes", "x >= 0", minutes);
    Bounds.count("members", members, 1, Bounds.MAX_GROUP);
    BigDecimal normal = Checks.normal(minutes);
    int scale = normal.scale();
    BigInteger[] qr =
        normal.unscaledValue().divideAndRemainder(BigInteger.valueOf(members));
    BigDecimal base = new BigDecimal(qr[0], scale);
    BigDecimal more = new BigDecimal(qr[0].add(BigInteger.ONE), scale);
    int remainder = qr[1].intValueExact();
    List<BigDecimal> parts = new ArrayList<>(members);
    for (int i = 0; i < members; i++) {
      parts.add(i < remainder ? more : base);
    }
    return Collections.unmodifiableList(parts);
  }

  /**
   * Returns the kind, role, minutes, frequency and group size, such as
   * {@code InterventionActivity[assessment, OT, 90 min, once]}.
   *
   * @return the activity as text; provenances are left out
   */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder("InterventionActivity[")
            .append(kind())
            .append(", ")
            .append(role())
            .append(", ")
            .append(Checks.plain(minutes().value()))
            .append(" min, ")
            .append(frequency());
    groupSize().ifPresent(g -> sb.append(", group of ").append(g));
    return sb.append(']').toString();
  }

  /**
   * Builds an {@link InterventionActivity}.
   *
   * <p>A builder is not thread-safe.
   */
  public static final class Builder extends ImmutableInterventionActivity.Builder {
    Builder() {}

    /**
     * Sets the frequency and where it comes from, in one call.
     *
     * @param frequency how often the activity happens in an episode, not null
     * @param provenance where the frequency comes from, not null
     * @return this builder
     * @throws IllegalStateException when either was already set
     */
    public Builder frequency(Frequency frequency, Provenance provenance) {
      frequency(frequency);
      frequencyProvenance(provenance);
      return this;
    }
  }
}
