package io.github.cmpt.beam;

import io.github.cmpt.estimate.EstimationRules;
import java.io.Serializable;

/**
 * Gives the {@link EstimationRules} on every worker of a pipeline: a serializable function, such
 * as a reference to a static method ({@code MyService::rules}) that builds the rules from
 * constants. Each call must give equal rules.
 */
@FunctionalInterface
public interface RulesSupplier extends Serializable {

  /**
   * Returns the rules.
   *
   * @return the rules, equal at every call
   */
  EstimationRules get();
}
