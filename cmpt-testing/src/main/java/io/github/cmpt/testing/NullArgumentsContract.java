package io.github.cmpt.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The null-argument tests of a module, on {@link NullArguments}: a module's test extends this
 * class, gives its checks and root package, the least numbers of cases it expects each check to
 * reach (so that a check that finds nothing to check fails), and adds its own tests (that the
 * classes found are the whole API, and representative messages).
 */
public abstract class NullArgumentsContract {

  /** For subclasses. */
  protected NullArgumentsContract() {}

  /**
   * Returns the checks, with the module's defaults.
   *
   * @return the checks
   */
  protected abstract NullArguments checks();

  /**
   * Returns the root package of the module's API, such as {@code io.github.cmpt}.
   *
   * @return the package name
   */
  protected abstract String root();

  /**
   * Returns the least number of classes whose instance methods are tested.
   *
   * @return the count, 0 by default
   */
  protected int leastInstanceClasses() {
    return 0;
  }

  /**
   * Returns the least number of null arguments of static methods and constructors checked.
   *
   * @return the count, 0 by default
   */
  protected int leastNullArguments() {
    return 0;
  }

  /**
   * Returns the least number of null elements checked.
   *
   * @return the count, 0 by default
   */
  protected int leastNullElements() {
    return 0;
  }

  /**
   * Returns the public classes of the module's API, below {@link #root()}.
   *
   * @return the classes
   * @throws IOException when the class path cannot be read
   */
  protected final List<Class<?>> publicClasses() throws IOException {
    return NullArguments.publicClasses(getClass().getClassLoader(), root());
  }

  /**
   * Every public static method and constructor rejects a null argument.
   *
   * @throws IOException when the class path cannot be read
   */
  @Test
  public void everyPublicStaticMethodAndConstructorRejectsNull() throws IOException {
    assertThat(checks().staticMethodsAndConstructors(publicClasses()).failures()).isEmpty();
  }

  /**
   * Every public instance method of a class with a sample rejects a null argument.
   *
   * @throws IOException when the class path cannot be read
   */
  @Test
  public void everyPublicInstanceMethodRejectsNull() throws IOException {
    NullArguments.Findings findings = checks().instanceMethods(publicClasses());
    assertThat(findings.failures()).isEmpty();
    assertThat(findings.checked()).isGreaterThanOrEqualTo(leastInstanceClasses());
  }

  /**
   * Each null argument of a public static method or constructor gives a message that names it,
   * never the JVM's own message nor none.
   *
   * @throws IOException when the class path cannot be read
   */
  @Test
  public void everyNullArgumentIsNamed() throws IOException {
    NullArguments.Findings findings = checks().namedNullArguments(publicClasses());
    assertThat(findings.failures()).isEmpty();
    assertThat(findings.checked()).isGreaterThanOrEqualTo(leastNullArguments());
  }

  /**
   * A null element of a collection, map or array argument gives a message that names the
   * parameter (NullPointerTester only passes null in place of the whole argument).
   *
   * @throws IOException when the class path cannot be read
   */
  @Test
  public void everyNullElementIsNamed() throws IOException {
    NullArguments.Findings findings = checks().namedNullElements(publicClasses());
    assertThat(findings.failures()).isEmpty();
    assertThat(findings.checked()).isGreaterThanOrEqualTo(leastNullElements());
  }
}
