package io.github.cmpt.demand;

import io.github.cmpt.internal.Checks;
import io.github.cmpt.vocabulary.ComplexityLevel;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The clients of one complexity level: its intervention profile and its volume, such as
 * {@code LevelDemand[2 Moderate, 12 concurrent]}.
 *
 * <pre>{@code
 * LevelDemand moderate = LevelDemand.of(moderateProfile, Volume.ofConcurrent(12));
 * }</pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class LevelDemand {

  private final InterventionProfile profile;
  private final Volume volume;

  private LevelDemand(InterventionProfile profile, Volume volume) {
    this.profile = profile;
    this.volume = volume;
  }

  /**
   * Returns the demand of one level.
   *
   * @param profile the intervention profile of the level, not null
   * @param volume the clients of the level, not null
   * @return the level's demand
   * @throws NullPointerException when an argument is null
   */
  public static LevelDemand of(InterventionProfile profile, Volume volume) {
    return new LevelDemand(Checks.notNull(profile, "profile"), Checks.notNull(volume, "volume"));
  }

  /**
   * Returns the level, that of the profile.
   *
   * @return the level
   */
  public ComplexityLevel level() {
    return profile.level();
  }

  /**
   * Returns the intervention profile.
   *
   * @return the profile
   */
  public InterventionProfile profile() {
    return profile;
  }

  /**
   * Returns the clients of the level.
   *
   * @return the volume
   */
  public Volume volume() {
    return volume;
  }

  /**
   * Returns whether another object is the demand of an equal profile and volume.
   *
   * @param obj the other object
   * @return true for an equal demand
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof LevelDemand
        && profile.equals(((LevelDemand) obj).profile)
        && volume.equals(((LevelDemand) obj).volume);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(profile, volume);
  }

  /**
   * Returns the level and the volume, such as {@code LevelDemand[2 Moderate, 12 concurrent]}.
   *
   * @return the demand as text
   */
  @Override
  public String toString() {
    return "LevelDemand[" + level().rank() + " " + level().name() + ", " + volume + "]";
  }
}
