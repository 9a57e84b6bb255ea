package io.github.cmpt.beam;

import io.github.cmpt.estimate.EstimationRules;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a transform or coder as they travel to the workers: the supplier is serialized,
 * and each worker makes the rules once, at the first use.
 */
final class WorkerRules implements Serializable {

  private static final long serialVersionUID = 1L;

  private final RulesSupplier supplier;
  private transient @Nullable EstimationRules resolved;

  WorkerRules(RulesSupplier supplier) {
    this.supplier = Objects.requireNonNull(supplier, "rules");
  }

  /** The rules, made by the supplier at the first call on this worker. */
  EstimationRules get() {
    EstimationRules r = resolved;
    if (r == null) {
      r = supplier.get();
      resolved = r;
    }
    return r;
  }

  /** The supplier, for a coder or transform made under the same rules. */
  RulesSupplier supplier() {
    return supplier;
  }
}
