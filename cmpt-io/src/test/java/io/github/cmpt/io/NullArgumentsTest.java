package io.github.cmpt.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.reflect.ClassPath;
import com.google.common.testing.ArbitraryInstances;
import com.google.common.testing.NullPointerTester;
import io.github.cmpt.estimate.EpisodeAccumulator;
import io.github.cmpt.estimate.EstimationRules;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every public constructor and method of cmpt-io rejects a null argument (one not marked
 * {@code @Nullable}) with a {@link NullPointerException} that names the parameter.
 */
class NullArgumentsTest {

  private static final String ROOT = "io.github.cmpt.io";

  /** The message of the JVM's own (helpful) NullPointerException, which names no parameter. */
  private static final Pattern JVM_MESSAGE =
      Pattern.compile("^Cannot (invoke|read|load|store|throw|enter|exit|assign) .*|.*because \".*");

  /** A name as a caller spells it, first in the message: {@code rules}, {@code file}. */
  private static final Pattern NAMED = Pattern.compile("^[a-z][A-Za-z0-9]*\\b.*", Pattern.DOTALL);

  private static final Map<Class<?>, Object> DEFAULTS = defaults();

  private static Map<Class<?>, Object> defaults() {
    Map<Class<?>, Object> d = new LinkedHashMap<>();
    d.put(String.class, "x");
    d.put(int.class, 1);
    d.put(long.class, 1L);
    d.put(EstimationRules.class, ActivityCsvReaderTest.RULES);
    d.put(EpisodeAccumulator.class, new EpisodeAccumulator(ActivityCsvReaderTest.RULES));
    d.put(Reader.class, new StringReader(""));
    d.put(Path.class, Path.of("activity.csv"));
    d.put(ActivityCsvReader.class, ActivityCsvReader.standard());
    d.put(ActivityCsvReader.Builder.class, ActivityCsvReader.builder());
    String csv = ActivityCsvReaderTest.HEADER + "E1,L,assessment,OT,60,2026-01-05,\n";
    try {
      d.put(CsvReadReport.class, ActivityCsvReader.standard().read(new StringReader(csv), "t.csv",
          new EpisodeAccumulator(ActivityCsvReaderTest.RULES)));
      ActivityCsvReader.standard().read(new StringReader(csv.replace(",60,", ",x,")), "t.csv",
          new EpisodeAccumulator(ActivityCsvReaderTest.RULES));
    } catch (CsvFormatException e) {
      d.put(CsvFormatException.class, e);
      d.put(CsvProblem.class, e.problem());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return d;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static NullPointerTester tester() {
    NullPointerTester tester = new NullPointerTester();
    DEFAULTS.forEach((type, value) -> tester.setDefault((Class) type, value));
    return tester;
  }

  /** The public classes and public nested classes of the exported package of cmpt-io. */
  static List<Class<?>> publicClasses() throws IOException {
    List<Class<?>> classes = new ArrayList<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(NullArgumentsTest.class.getClassLoader()).getTopLevelClassesRecursive(ROOT)) {
      String url = info.url().toString();
      if (!info.getPackageName().contains(".internal")
          && (url.contains("/target/classes/") || url.endsWith(".jar!/" + info.getResourceName()))) {
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

  @Test
  void findsTheWholeApi() throws IOException {
    assertThat(publicClasses())
        .contains(ActivityCsvReader.class, ActivityCsvReader.Builder.class, CsvReadReport.class)
        .doesNotContain(NullArgumentsTest.class);
  }

  @Test
  void everyPublicStaticMethodAndConstructorRejectsNull() throws IOException {
    NullPointerTester tester = tester();
    List<String> failures = new ArrayList<>();
    for (Class<?> type : publicClasses()) {
      collect(failures, type, () -> tester.testAllPublicStaticMethods(type));
      collect(failures, type, () -> tester.testAllPublicConstructors(type));
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void everyPublicInstanceMethodRejectsNull() throws IOException {
    NullPointerTester tester = tester();
    List<String> failures = new ArrayList<>();
    int tested = 0;
    for (Class<?> type : publicClasses()) {
      Object sample = type.isEnum() ? type.getEnumConstants()[0] : DEFAULTS.get(type);
      if (sample != null) {
        tested++;
        collect(failures, type, () -> tester.testAllPublicInstanceMethods(sample));
      }
    }
    assertThat(failures).isEmpty();
    assertThat(tested).isGreaterThanOrEqualTo(5);
  }

  /**
   * Each null argument of a public static method or constructor gives a message that names it, never
   * the JVM's own message nor none: each parameter in turn is null and the others are defaults.
   */
  @Test
  void everyNullArgumentIsNamed() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Class<?> type : publicClasses()) {
      List<Executable> members = new ArrayList<>();
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers())
            && !m.isSynthetic() && !(type.isEnum() && m.getName().equals("valueOf"))) {
          members.add(m);
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(c.getModifiers()) && !Modifier.isAbstract(type.getModifiers())) {
          members.add(c);
        }
      }
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
          String message = nullMessage(member, withNull);
          if (message == null || JVM_MESSAGE.matcher(message).matches()
              || !NAMED.matcher(message).matches()) {
            failures.add(member + " argument " + i + ": " + message);
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /**
   * A null element of a collection, map or array argument gives a message that names the
   * parameter (NullPointerTester only passes null in place of the whole argument): each such
   * parameter of each public method and constructor declared here in turn holds a null element,
   * after a default element when one is known, and the others are defaults.
   */
  @Test
  void everyNullElementIsNamed() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Class<?> type : publicClasses()) {
      List<Executable> members = new ArrayList<>();
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()
            && !(type.isEnum() && m.getName().equals("valueOf"))) {
          members.add(m);
        }
      }
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (Modifier.isPublic(c.getModifiers()) && !Modifier.isAbstract(type.getModifiers())) {
          members.add(c);
        }
      }
      for (Executable member : members) {
        boolean isStatic = !(member instanceof Method) || Modifier.isStatic(member.getModifiers());
        Object target =
            isStatic ? null : type.isEnum() ? type.getEnumConstants()[0] : DEFAULTS.get(type);
        Parameter[] params = member.getParameters();
        for (int i = 0; i < params.length; i++) {
          Object withNullElement = withNullElement(params[i]);
          Object[] args = defaultArgs(member);
          if (withNullElement == null || isNullable(params[i]) || args == null
              || (!isStatic && target == null)) {
            continue;
          }
          args[i] = withNullElement;
          String message = elementMessage(member, target, args);
          if (message == null || JVM_MESSAGE.matcher(message).matches()
              || !NAMED.matcher(message).matches()) {
            failures.add(member + " parameter " + i + ": " + message);
          }
        }
      }
    }
    assertThat(failures).isEmpty();
  }

  /** A collection, map or array for a parameter holding a null element, or null for another type. */
  private static Object withNullElement(Parameter p) {
    Class<?> type = p.getType();
    Object first = null;
    if (p.getParameterizedType() instanceof java.lang.reflect.ParameterizedType) {
      java.lang.reflect.Type arg =
          ((java.lang.reflect.ParameterizedType) p.getParameterizedType()).getActualTypeArguments()[0];
      if (arg instanceof Class<?>) {
        first = DEFAULTS.get(arg);
      }
    }
    List<Object> elements = new ArrayList<>();
    if (first != null) {
      elements.add(first);
    }
    elements.add(null);
    if (type == List.class || type == java.util.Collection.class || type == Iterable.class) {
      return elements;
    }
    if (type == java.util.Set.class) {
      return new java.util.LinkedHashSet<>(elements);
    }
    if (type == Map.class) {
      Map<Object, Object> map = new java.util.HashMap<>();
      map.put(null, first);
      return map;
    }
    if (type.isArray() && !type.getComponentType().isPrimitive()) {
      Object array = java.lang.reflect.Array.newInstance(type.getComponentType(), elements.size());
      for (int k = 0; k < elements.size(); k++) {
        java.lang.reflect.Array.set(array, k, elements.get(k));
      }
      return array;
    }
    return null;
  }

  private static String elementMessage(Executable member, Object target, Object[] args) {
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
      return "not a NullPointerException: " + e.getCause();
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return "not invoked: " + e;
    }
    return "accepted";
  }

  /** Representative methods, with the name each gives to its null argument. */
  @Test
  void methodsNameTheirParameter() {
    assertThatNullPointerException()
        .isThrownBy(() -> ActivityCsvReader.standard()
            .read((Path) null, new EpisodeAccumulator(ActivityCsvReaderTest.RULES)))
        .withMessage("file");
    assertThatNullPointerException()
        .isThrownBy(() -> ActivityCsvReader.standard().read(new StringReader(""), "s", null))
        .withMessage("into");
  }

  private static String nullMessage(Executable member, Object[] args) {
    try {
      if (member instanceof Method) {
        ((Method) member).invoke(null, args);
      } else {
        ((Constructor<?>) member).newInstance(args);
      }
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof NullPointerException) {
        return e.getCause().getMessage();
      }
      return null;
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return "name"; // no exception: reported by NullPointerTester
  }

  private static Object[] defaultArgs(Executable member) {
    Class<?>[] types = member.getParameterTypes();
    Object[] args = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      Object value = DEFAULTS.containsKey(types[i]) ? DEFAULTS.get(types[i])
          : ArbitraryInstances.get(types[i]);
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
