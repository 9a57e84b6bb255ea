package io.github.cmpt.testing;

import com.google.common.reflect.ClassPath;
import com.google.common.testing.ArbitraryInstances;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The null-argument checks of a module's public API, shared by the tests of the published modules:
 * each finds the public classes of its packages, gives defaults for the types the checks cannot
 * make up, and asserts that the lists of failures returned here are empty.
 *
 * <p>Three checks: Guava's {@link NullPointerTester} on every public constructor, static method
 * and instance method (a null argument not marked {@code @Nullable} must throw a
 * {@link NullPointerException}); every such null argument of a constructor or static method gives a
 * message that names the parameter, never the JVM's own message nor none; and a null element of a
 * collection, map or array argument gives a message that starts with the parameter's name (the
 * tester only passes null in place of a whole argument).
 */
public final class NullArguments {

  /** The message of the JVM's own (helpful) NullPointerException, which names no parameter. */
  private static final Pattern JVM_MESSAGE =
      Pattern.compile("^Cannot (invoke|read|load|store|throw|enter|exit|assign) .*|.*because \".*");

  /** A name as a caller spells it, first in the message: {@code rules}, {@code file}. */
  private static final Pattern NAMED = Pattern.compile("^[a-z][A-Za-z0-9]*\\b.*", Pattern.DOTALL);

  /** The failures of a check and the number of cases it checked. */
  public static final class Findings {
    private final List<String> failures;
    private final int checked;

    Findings(List<String> failures, int checked) {
      this.failures = List.copyOf(failures);
      this.checked = checked;
    }

    /**
     * Returns the failures, one line each naming the member and the parameter.
     *
     * @return the failures, empty when every case passed
     */
    public List<String> failures() {
      return failures;
    }

    /**
     * Returns the number of cases checked (members, or parameters).
     *
     * @return the count
     */
    public int checked() {
      return checked;
    }
  }

  private final Map<Class<?>, Object> defaults;
  private final Function<Class<?>, Object> samples;
  private final boolean declaredInstanceMethodsOnly;

  private NullArguments(
      Map<Class<?>, Object> defaults,
      Function<Class<?>, Object> samples,
      boolean declaredInstanceMethodsOnly) {
    this.defaults = defaults;
    this.samples = samples;
    this.declaredInstanceMethodsOnly = declaredInstanceMethodsOnly;
  }

  /**
   * Returns the checks with defaults for the types of the module's parameters.
   *
   * @param defaults a value for each type that {@link ArbitraryInstances} cannot make
   * @return the checks
   */
  public static NullArguments withDefaults(Map<Class<?>, Object> defaults) {
    return new NullArguments(new LinkedHashMap<>(defaults), type -> null, false);
  }

  /**
   * Returns these checks with samples of instances made by a function, tried after the defaults
   * and enum constants and before a fresh builder, for example for a builder that needs arguments.
   *
   * @param samples a sample of a type, or null when it has none
   * @return the checks
   */
  public NullArguments withSamples(Function<Class<?>, Object> samples) {
    return new NullArguments(defaults, samples, declaredInstanceMethodsOnly);
  }

  /**
   * Returns these checks testing, on instances, only the methods their classes declare (those
   * inherited from another library's classes are that library's).
   *
   * @return the checks
   */
  public NullArguments declaredInstanceMethodsOnly() {
    return new NullArguments(defaults, samples, true);
  }

  /**
   * Returns the public classes, and their public nested classes, below a package, from the main
   * classes of a build or a jar (not the test classes), leaving out packages named internal and
   * this package.
   *
   * @param loader the class loader to scan
   * @param root the root package, such as {@code io.github.cmpt}
   * @return the classes
   * @throws IOException when the class path cannot be read
   */
  public static List<Class<?>> publicClasses(ClassLoader loader, String root) throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    for (ClassPath.ClassInfo info : ClassPath.from(loader).getTopLevelClassesRecursive(root)) {
      String url = info.url().toString();
      boolean main =
          url.contains("/target/classes/") || url.endsWith(".jar!/" + info.getResourceName());
      if (main
          && !info.getPackageName().contains(".internal")
          && !info.getPackageName().equals(NullArguments.class.getPackageName())) {
        addPublic(info.load(), classes);
      }
    }
    return classes;
  }

  private static void addPublic(Class<?> type, List<Class<?>> classes) {
    if (Modifier.isPublic(type.getModifiers())) {
      classes.add(type);
      for (Class<?> nested : type.getDeclaredClasses()) {
        addPublic(nested, classes);
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester();
    defaults.forEach((type, value) -> tester.setDefault((Class) type, value));
    return tester;
  }

  /**
   * Runs {@link NullPointerTester} on every public static method and constructor of the classes.
   *
   * @param classes the classes
   * @return the failures; checked counts the classes
   */
  public Findings staticMethodsAndConstructors(List<Class<?>> classes) {
    NullPointerTester tester = tester();
    List<String> failures = new ArrayList<>();
    for (Class<?> type : classes) {
      collect(failures, type, () -> tester.testAllPublicStaticMethods(type));
      collect(failures, type, () -> tester.testAllPublicConstructors(type));
    }
    return new Findings(failures, classes.size());
  }

  /**
   * Runs {@link NullPointerTester} on every public instance method of each class that has a sample
   * (a default, an enum constant, a sample of {@link #withSamples} or a fresh builder); a builder is
   * made afresh for each method, since a strict builder refuses a second value.
   *
   * @param classes the classes
   * @return the failures; checked counts the classes that had a sample
   */
  public Findings instanceMethods(List<Class<?>> classes) {
    NullPointerTester tester = tester();
    List<String> failures = new ArrayList<>();
    int tested = 0;
    for (Class<?> type : classes) {
      Object sample = sample(type);
      if (sample == null) {
        continue;
      }
      tested++;
      if (declaredInstanceMethodsOnly) {
        for (Method m : type.getDeclaredMethods()) {
          if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
              && !m.isSynthetic() && defaultArgs(m) != null) {
            collect(failures, type, () -> tester.testMethod(sample, m));
          }
        }
      } else if (isBuilder(type)) {
        for (Method m : type.getMethods()) {
          if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class) {
            collect(failures, type, () -> tester.testMethod(sample(type), m));
          }
        }
      } else {
        collect(failures, type, () -> tester.testAllPublicInstanceMethods(sample));
      }
    }
    return new Findings(failures, tested);
  }

  /**
   * Checks that each null argument of a public static method or constructor gives a message that
   * names it: each parameter in turn is null and the others are defaults.
   *
   * @param classes the classes
   * @return the failures; checked counts the parameters
   */
  public Findings namedNullArguments(List<Class<?>> classes) {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : classes) {
      List<Executable> members = new ArrayList<>();
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())
            && !m.isSynthetic() && !(type.isEnum() && m.getName().equals("valueOf"))) {
          members.add(m);
        }
      }
      addConstructors(type, members);
      for (Executable member : members) {
        Object[] args = defaultArgs(member);
        if (args == null) {
          continue;
        }
        Parameter[] params = member.getParameters();
        for (int i = 0; i < params.length; i++) {
          if (params[i].getType().isPrimitive() || isNullable(params[i])) {
            continue;
          }
          Object[] withNull = args.clone();
          withNull[i] = null;
          checked++;
          String message = message(member, null, withNull, "name");
          if (message == null || JVM_MESSAGE.matcher(message).matches()
              || !NAMED.matcher(message).matches()) {
            failures.add(member + " argument " + i + ": " + message);
          }
        }
      }
    }
    return new Findings(failures, checked);
  }

  /**
   * Checks that a null element of a collection, map or array argument of a public method or
   * constructor gives a message that starts with the parameter's name (when the class file keeps
   * it) or at least with a name: each such parameter in turn holds a null element, after a default
   * element when one is known, and the others are defaults.
   *
   * @param classes the classes
   * @return the failures; checked counts the parameters
   */
  public Findings namedNullElements(List<Class<?>> classes) {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Class<?> type : classes) {
      List<Executable> members = new ArrayList<>();
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()
            && !(type.isEnum() && m.getName().equals("valueOf"))) {
          members.add(m);
        }
      }
      addConstructors(type, members);
      for (Executable member : members) {
        boolean isStatic = !(member instanceof Method) || Modifier.isStatic(member.getModifiers());
        Parameter[] params = member.getParameters();
        for (int i = 0; i < params.length; i++) {
          Object withNullElement = withNullElement(params[i]);
          if (withNullElement == null || isNullable(params[i])) {
            continue;
          }
          Object[] args = defaultArgs(member);
          Object target = isStatic ? null : sample(type);
          if (args == null || (!isStatic && target == null)) {
            continue;
          }
          args[i] = withNullElement;
          checked++;
          String message = message(member, target, args, null);
          String name = params[i].isNamePresent() ? params[i].getName() : null;
          if (message == null || JVM_MESSAGE.matcher(message).matches()
              || !NAMED.matcher(message).matches()
              || (name != null && !message.startsWith(name))) {
            failures.add(member + " parameter " + (name == null ? i : name) + ": "
                + (message == null ? "accepted, or not a NullPointerException" : message));
          }
        }
      }
    }
    return new Findings(failures, checked);
  }

  private static void addConstructors(Class<?> type, List<Executable> members) {
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (Modifier.isPublic(c.getModifiers()) && !Modifier.isAbstract(type.getModifiers())) {
        members.add(c);
      }
    }
  }

  /** A sample of a type: a default, a constant, a sample given, or a fresh builder. */
  private Object sample(Class<?> type) {
    Object value = defaults.get(type);
    if (value != null) {
      return value;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    Object given = samples.apply(type);
    if (given != null) {
      return given;
    }
    if (isBuilder(type)) {
      try {
        for (Method m : type.getEnclosingClass().getMethods()) {
          if (m.getName().equals("builder") && Modifier.isStatic(m.getModifiers())
              && type.isAssignableFrom(m.getReturnType())) {
            Object[] args = defaultArgs(m);
            return args == null ? null : m.invoke(null, args);
          }
        }
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return ArbitraryInstances.get(type);
  }

  private static boolean isBuilder(Class<?> type) {
    return type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null;
  }

  /** A collection, map or array for a parameter holding a null element, or null for another type. */
  private Object withNullElement(Parameter p) {
    Class<?> type = p.getType();
    Object first = null;
    if (p.getParameterizedType() instanceof ParameterizedType) {
      Type arg = ((ParameterizedType) p.getParameterizedType()).getActualTypeArguments()[0];
      if (arg instanceof Class<?>) {
        first = defaults.get(arg);
      }
    }
    List<Object> elements = new ArrayList<>();
    if (first != null) {
      elements.add(first);
    }
    elements.add(null);
    if (type == List.class || type == Collection.class || type == Iterable.class) {
      return elements;
    }
    if (type == Set.class) {
      return new LinkedHashSet<>(elements);
    }
    if (type == Map.class) {
      Map<Object, Object> map = new HashMap<>();
      map.put(null, first);
      return map;
    }
    if (type.isArray() && !type.getComponentType().isPrimitive()) {
      Object array = Array.newInstance(type.getComponentType(), elements.size());
      for (int k = 0; k < elements.size(); k++) {
        Array.set(array, k, elements.get(k));
      }
      return array;
    }
    return null;
  }

  /**
   * The message of the NullPointerException a call throws; {@code ifNone} when it returns, and null
   * (a failure) when it throws something else or cannot be invoked.
   */
  private static String message(Executable member, Object target, Object[] args, String ifNone) {
    try {
      if (member instanceof Method) {
        ((Method) member).invoke(target, args);
      } else {
        ((Constructor<?>) member).newInstance(args);
      }
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof NullPointerException) {
        return e.getCause().getMessage();
      }
      return null;
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return null;
    }
    return ifNone;
  }

  private Object[] defaultArgs(Executable member) {
    Class<?>[] types = member.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Object value =
          defaults.containsKey(types[i]) ? defaults.get(types[i]) : ArbitraryInstances.get(types[i]);
      if (value == null) {
        return null;
      }
      args[i] = value;
    }
    return args;
  }

  private static boolean isNullable(Parameter p) {
    return hasNullable(p) || hasNullable(p.getAnnotatedType());
  }

  private static boolean hasNullable(AnnotatedElement e) {
    return Arrays.stream(e.getAnnotations())
        .anyMatch(a -> a.annotationType().getSimpleName().equals("Nullable"));
  }

  private static void collect(List<String> failures, Class<?> type, Runnable test) {
    try {
      test.run();
    } catch (AssertionError | RuntimeException e) {
      failures.add(type.getName() + ": " + e.getMessage());
    }
  }
}
