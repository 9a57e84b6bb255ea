package io.github.cmpt.demand;

import io.github.cmpt.supply.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Immutable implementation of {@link InterventionActivity}.
 * <p>
 * Use the builder to create immutable instances:
 * {@code new InterventionActivity.Builder()}.
 */
@SuppressWarnings({"all"})
final class ImmutableInterventionActivity extends InterventionActivity {
  private final ActivityKind kind;
  private final Role role;
  private final Figure minutes;
  private final Frequency frequency;
  private final Provenance frequencyProvenance;
  private final @Nullable Integer groupSize;

  private ImmutableInterventionActivity(
      ActivityKind kind,
      Role role,
      Figure minutes,
      Frequency frequency,
      Provenance frequencyProvenance,
      @Nullable Integer groupSize) {
    this.kind = kind;
    this.role = role;
    this.minutes = minutes;
    this.frequency = frequency;
    this.frequencyProvenance = frequencyProvenance;
    this.groupSize = groupSize;
  }

  /**
   * @return The value of the {@code kind} attribute
   */
  @Override
  public ActivityKind kind() {
    return kind;
  }

  /**
   * @return The value of the {@code role} attribute
   */
  @Override
  public Role role() {
    return role;
  }

  /**
   * @return The value of the {@code minutes} attribute
   */
  @Override
  public Figure minutes() {
    return minutes;
  }

  /**
   * @return The value of the {@code frequency} attribute
   */
  @Override
  public Frequency frequency() {
    return frequency;
  }

  /**
   * @return The value of the {@code frequencyProvenance} attribute
   */
  @Override
  public Provenance frequencyProvenance() {
    return frequencyProvenance;
  }

  /**
   * @return The value of the {@code groupSize} attribute
   */
  @Override
  public OptionalInt groupSize() {
    return groupSize != null
        ? OptionalInt.of(groupSize)
        : OptionalInt.empty();
  }

  /**
   * Copy the current immutable object by setting a value for the {@link InterventionActivity#kind() kind} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for kind
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableInterventionActivity withKind(ActivityKind value) {
    if (this.kind == value) return this;
    ActivityKind newValue = Objects.requireNonNull(value, "kind");
    return validate(new ImmutableInterventionActivity(newValue, this.role, this.minutes, this.frequency, this.frequencyProvenance, this.groupSize));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link InterventionActivity#role() role} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for role
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableInterventionActivity withRole(Role value) {
    if (this.role == value) return this;
    Role newValue = Objects.requireNonNull(value, "role");
    return validate(new ImmutableInterventionActivity(this.kind, newValue, this.minutes, this.frequency, this.frequencyProvenance, this.groupSize));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link InterventionActivity#minutes() minutes} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for minutes
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableInterventionActivity withMinutes(Figure value) {
    if (this.minutes == value) return this;
    Figure newValue = Objects.requireNonNull(value, "minutes");
    return validate(new ImmutableInterventionActivity(this.kind, this.role, newValue, this.frequency, this.frequencyProvenance, this.groupSize));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link InterventionActivity#frequency() frequency} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for frequency
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableInterventionActivity withFrequency(Frequency value) {
    if (this.frequency == value) return this;
    Frequency newValue = Objects.requireNonNull(value, "frequency");
    return validate(new ImmutableInterventionActivity(this.kind, this.role, this.minutes, newValue, this.frequencyProvenance, this.groupSize));
  }

  /**
   * Copy the current immutable object by setting a value for the {@link InterventionActivity#frequencyProvenance() frequencyProvenance} attribute.
   * A shallow reference equality check is used to prevent copying of the same value by returning {@code this}.
   * @param value A new value for frequencyProvenance
   * @return A modified copy or the {@code this} object
   */
  public final ImmutableInterventionActivity withFrequencyProvenance(Provenance value) {
    if (this.frequencyProvenance == value) return this;
    Provenance newValue = Objects.requireNonNull(value, "frequencyProvenance");
    return validate(new ImmutableInterventionActivity(this.kind, this.role, this.minutes, this.frequency, newValue, this.groupSize));
  }

  /**
   * Copy the current immutable object by setting a <em>present</em> value for the optional {@link InterventionActivity#groupSize() groupSize} attribute.
   * @param value The value for groupSize
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableInterventionActivity withGroupSize(int value) {
    @Nullable Integer newValue = value;
    if (Objects.equals(this.groupSize, newValue)) return this;
    return validate(new ImmutableInterventionActivity(this.kind, this.role, this.minutes, this.frequency, this.frequencyProvenance, newValue));
  }

  /**
   * Copy the current immutable object by setting an optional value for the {@link InterventionActivity#groupSize() groupSize} attribute.
   * An equality check is used on inner value to prevent copying of the same value by returning {@code this}.
   * @param optional An optional value for groupSize
   * @return A modified copy or {@code this} if not changed
   */
  public final ImmutableInterventionActivity withGroupSize(OptionalInt optional) {
    @Nullable Integer value = optional.isPresent() ? optional.getAsInt() : null;
    if (Objects.equals(this.groupSize, value)) return this;
    return validate(new ImmutableInterventionActivity(this.kind, this.role, this.minutes, this.frequency, this.frequencyProvenance, value));
  }

  /**
   * This instance is equal to all instances of {@code ImmutableInterventionActivity} that have equal attribute values.
   * @return {@code true} if {@code this} is equal to {@code another} instance
   */
  @Override
  public boolean equals(@Nullable Object another) {
    if (this == another) return true;
    return another instanceof ImmutableInterventionActivity
        && equalsByValue((ImmutableInterventionActivity) another);
  }

  private boolean equalsByValue(ImmutableInterventionActivity another) {
    return kind.equals(another.kind)
        && role.equals(another.role)
        && minutes.equals(another.minutes)
        && frequency.equals(another.frequency)
        && frequencyProvenance.equals(another.frequencyProvenance)
        && Objects.equals(groupSize, another.groupSize);
  }

  /**
   * Computes a hash code from attributes: {@code kind}, {@code role}, {@code minutes}, {@code frequency}, {@code frequencyProvenance}, {@code groupSize}.
   * @return hashCode value
   */
  @Override
  public int hashCode() {
    int h = 5381;
    h += (h << 5) + kind.hashCode();
    h += (h << 5) + role.hashCode();
    h += (h << 5) + minutes.hashCode();
    h += (h << 5) + frequency.hashCode();
    h += (h << 5) + frequencyProvenance.hashCode();
    h += (h << 5) + Objects.hashCode(groupSize);
    return h;
  }

  private static ImmutableInterventionActivity validate(ImmutableInterventionActivity instance) {
    instance.check();
    return instance;
  }

  /**
   * Creates an immutable copy of a {@link InterventionActivity} value.
   * Uses accessors to get values to initialize the new immutable instance.
   * If an instance is already immutable, it is returned as is.
   * @param instance The instance to copy
   * @return A copied immutable InterventionActivity instance
   */
  public static InterventionActivity copyOf(InterventionActivity instance) {
    if (instance instanceof ImmutableInterventionActivity) {
      return (ImmutableInterventionActivity) instance;
    }
    return new InterventionActivity.Builder()
        .kind(instance.kind())
        .role(instance.role())
        .minutes(instance.minutes())
        .frequency(instance.frequency())
        .frequencyProvenance(instance.frequencyProvenance())
        .groupSize(instance.groupSize())
        .build();
  }

  /**
   * Builds instances of type {@link InterventionActivity InterventionActivity}.
   * Initialize attributes and then invoke the {@link #build()} method to create an
   * immutable instance.
   * <p><em>{@code Builder} is not thread-safe and generally should not be stored in a field or collection,
   * but instead used immediately to create instances.</em>
   */
  static class Builder {
    private static final long INIT_BIT_KIND = 0x1L;
    private static final long INIT_BIT_ROLE = 0x2L;
    private static final long INIT_BIT_MINUTES = 0x4L;
    private static final long INIT_BIT_FREQUENCY = 0x8L;
    private static final long INIT_BIT_FREQUENCY_PROVENANCE = 0x10L;
    private static final long OPT_BIT_GROUP_SIZE = 0x1L;
    private long initBits = 0x1fL;
    private long optBits;

    private @Nullable ActivityKind kind;
    private @Nullable Role role;
    private @Nullable Figure minutes;
    private @Nullable Frequency frequency;
    private @Nullable Provenance frequencyProvenance;
    private @Nullable Integer groupSize;

    /**
     * Creates a builder for {@link InterventionActivity InterventionActivity} instances.
     * <pre>
     * new InterventionActivity.Builder()
     *    .kind(io.github.cmpt.demand.ActivityKind) // required {@link InterventionActivity#kind() kind}
     *    .role(io.github.cmpt.supply.Role) // required {@link InterventionActivity#role() role}
     *    .minutes(io.github.cmpt.demand.Figure) // required {@link InterventionActivity#minutes() minutes}
     *    .frequency(io.github.cmpt.demand.Frequency) // required {@link InterventionActivity#frequency() frequency}
     *    .frequencyProvenance(io.github.cmpt.demand.Provenance) // required {@link InterventionActivity#frequencyProvenance() frequencyProvenance}
     *    .groupSize(OptionalInt) // optional {@link InterventionActivity#groupSize() groupSize}
     *    .build();
     * </pre>
     */
    Builder() {
      if (!(this instanceof InterventionActivity.Builder)) {
        throw new UnsupportedOperationException("Use: new InterventionActivity.Builder()");
      }
    }

    /**
     * Initializes the value for the {@link InterventionActivity#kind() kind} attribute.
     * @param kind The value for kind 
     * @return {@code this} builder for use in a chained invocation
     */
    public final InterventionActivity.Builder kind(ActivityKind kind) {
      checkNotIsSet(kindIsSet(), "kind");
      this.kind = Objects.requireNonNull(kind, "kind");
      initBits &= ~INIT_BIT_KIND;
      return (InterventionActivity.Builder) this;
    }

    /**
     * Initializes the value for the {@link InterventionActivity#role() role} attribute.
     * @param role The value for role 
     * @return {@code this} builder for use in a chained invocation
     */
    public final InterventionActivity.Builder role(Role role) {
      checkNotIsSet(roleIsSet(), "role");
      this.role = Objects.requireNonNull(role, "role");
      initBits &= ~INIT_BIT_ROLE;
      return (InterventionActivity.Builder) this;
    }

    /**
     * Initializes the value for the {@link InterventionActivity#minutes() minutes} attribute.
     * @param minutes The value for minutes 
     * @return {@code this} builder for use in a chained invocation
     */
    public final InterventionActivity.Builder minutes(Figure minutes) {
      checkNotIsSet(minutesIsSet(), "minutes");
      this.minutes = Objects.requireNonNull(minutes, "minutes");
      initBits &= ~INIT_BIT_MINUTES;
      return (InterventionActivity.Builder) this;
    }

    /**
     * Initializes the value for the {@link InterventionActivity#frequency() frequency} attribute.
     * @param frequency The value for frequency 
     * @return {@code this} builder for use in a chained invocation
     */
    public final InterventionActivity.Builder frequency(Frequency frequency) {
      checkNotIsSet(frequencyIsSet(), "frequency");
      this.frequency = Objects.requireNonNull(frequency, "frequency");
      initBits &= ~INIT_BIT_FREQUENCY;
      return (InterventionActivity.Builder) this;
    }

    /**
     * Initializes the value for the {@link InterventionActivity#frequencyProvenance() frequencyProvenance} attribute.
     * @param frequencyProvenance The value for frequencyProvenance 
     * @return {@code this} builder for use in a chained invocation
     */
    public final InterventionActivity.Builder frequencyProvenance(Provenance frequencyProvenance) {
      checkNotIsSet(frequencyProvenanceIsSet(), "frequencyProvenance");
      this.frequencyProvenance = Objects.requireNonNull(frequencyProvenance, "frequencyProvenance");
      initBits &= ~INIT_BIT_FREQUENCY_PROVENANCE;
      return (InterventionActivity.Builder) this;
    }

    /**
     * Initializes the optional value {@link InterventionActivity#groupSize() groupSize} to groupSize.
     * @param groupSize The value for groupSize
     * @return {@code this} builder for chained invocation
     */
    public final InterventionActivity.Builder groupSize(int groupSize) {
      checkNotIsSet(groupSizeIsSet(), "groupSize");
      this.groupSize = groupSize;
      optBits |= OPT_BIT_GROUP_SIZE;
      return (InterventionActivity.Builder) this;
    }

    /**
     * Initializes the optional value {@link InterventionActivity#groupSize() groupSize} to groupSize.
     * @param groupSize The value for groupSize
     * @return {@code this} builder for use in a chained invocation
     */
    public final InterventionActivity.Builder groupSize(OptionalInt groupSize) {
      checkNotIsSet(groupSizeIsSet(), "groupSize");
      this.groupSize = groupSize.isPresent() ? groupSize.getAsInt() : null;
      optBits |= OPT_BIT_GROUP_SIZE;
      return (InterventionActivity.Builder) this;
    }

    /**
     * Builds a new {@link InterventionActivity InterventionActivity}.
     * @return An immutable instance of InterventionActivity
     * @throws java.lang.IllegalArgumentException if any required attributes are missing
     */
    public InterventionActivity build() {
      checkRequiredAttributes();
      return ImmutableInterventionActivity.validate(new ImmutableInterventionActivity(kind, role, minutes, frequency, frequencyProvenance, groupSize));
    }

    private boolean groupSizeIsSet() {
      return (optBits & OPT_BIT_GROUP_SIZE) != 0;
    }

    private boolean kindIsSet() {
      return (initBits & INIT_BIT_KIND) == 0;
    }

    private boolean roleIsSet() {
      return (initBits & INIT_BIT_ROLE) == 0;
    }

    private boolean minutesIsSet() {
      return (initBits & INIT_BIT_MINUTES) == 0;
    }

    private boolean frequencyIsSet() {
      return (initBits & INIT_BIT_FREQUENCY) == 0;
    }

    private boolean frequencyProvenanceIsSet() {
      return (initBits & INIT_BIT_FREQUENCY_PROVENANCE) == 0;
    }

    private static void checkNotIsSet(boolean isSet, String name) {
      if (isSet) throw new IllegalStateException("Builder of InterventionActivity is strict, attribute is already set: ".concat(name));
    }

    private void checkRequiredAttributes() {
      if (initBits != 0) {
        throw new IllegalArgumentException(formatRequiredAttributesMessage());
      }
    }

    private String formatRequiredAttributesMessage() {
      List<String> attributes = new ArrayList<>();
      if (!kindIsSet()) attributes.add("kind");
      if (!roleIsSet()) attributes.add("role");
      if (!minutesIsSet()) attributes.add("minutes");
      if (!frequencyIsSet()) attributes.add("frequency");
      if (!frequencyProvenanceIsSet()) attributes.add("frequencyProvenance");
      return "Cannot build InterventionActivity, some of required attributes are not set " + attributes;
    }
  }
}
