package io.github.cmpt.supply;

import io.github.cmpt.internal.CmptStyle;
import java.util.List;
import org.immutables.value.Value;

/** A probe. */
@Value.Immutable
@CmptStyle
public abstract class Probe {
  Probe() {}

  /**
   * The id.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * The items.
   *
   * @return the items
   */
  public abstract List<String> activities();

  /**
   * A builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The builder. */
  public static final class Builder extends ImmutableProbe.Builder {
    Builder() {}
  }
}
