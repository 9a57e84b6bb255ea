package io.github.cmpt.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of cmpt-core form layers without cycles: each package uses only the packages
 * before it in {@link #LAYERS} (views depend on results, results on inputs, never the reverse), and
 * Step 2 ({@code demand}, {@code estimate}) does not use Step 1 ({@code supply}): they share the
 * vocabulary.
 */
class PackageLayersTest {

  /** The packages, lowest first. */
  private static final List<String> LAYERS =
      List.of(
          "internal",
          "time",
          "vocabulary",
          "report",
          "supply",
          "demand",
          "estimate",
          "plan",
          "horizon",
          "wisn",
          "uncertainty",
          "worksheet");

  /** Packages that may not use each other although one is lower: Step 2 stands apart of Step 1. */
  private static final Map<String, Set<String>> APART =
      Map.of("demand", Set.of("supply"), "estimate", Set.of("supply"));

  private static final Pattern USE = Pattern.compile("io\\.github\\.cmpt\\.(\\w+)\\.[A-Z]");

  @Test
  void everyPackageUsesOnlyLowerLayers() throws IOException {
    Path root = Path.of("src/main/java/io/github/cmpt");
    List<String> violations = new ArrayList<>();
    int files = 0;
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : (Iterable<Path>) paths.filter(f -> f.toString().endsWith(".java"))::iterator) {
        files++;
        String pkg = root.relativize(p).getName(0).toString();
        assertThat(LAYERS).as("layer of package %s", pkg).contains(pkg);
        // code only: Javadoc and comments may name any package
        String code =
            Files.readString(p).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
        Matcher m = USE.matcher(code);
        while (m.find()) {
          String used = m.group(1);
          if (!used.equals(pkg)
              && (LAYERS.indexOf(used) >= LAYERS.indexOf(pkg)
                  || APART.getOrDefault(pkg, Set.of()).contains(used))) {
            violations.add(p.getFileName() + " (" + pkg + ") uses " + used);
          }
        }
      }
    }
    assertThat(files).isGreaterThan(50);
    assertThat(violations).isEmpty();
  }
}
