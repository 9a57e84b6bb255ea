package io.github.cmpt.examples;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/** A JShell on the test class path that evaluates source text and records what went wrong. */
final class JShellSession implements AutoCloseable {

  private final JShell shell;
  private final List<String> problems = new ArrayList<>();

  JShellSession() {
    shell = JShell.builder().executionEngine("local").build();
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      shell.addToClasspath(entry);
    }
  }

  /** Evaluates every snippet of {@code source} in order; returns the value of the last one. */
  String eval(String source) {
    String remaining = source;
    String value = null;
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    while (!remaining.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
      for (SnippetEvent e : shell.eval(info.source())) {
        if (e.status() == Snippet.Status.REJECTED || e.exception() != null) {
          problems.add(info.source() + " -> " + e.status() + " " + e.exception());
        }
        shell.diagnostics(e.snippet()).forEach(d -> problems.add(d.getMessage(null)));
        if (e.causeSnippet() == null) {
          value = e.value();
        }
      }
      remaining = info.remaining();
    }
    return value;
  }

  /** The snippets that were rejected or threw, and the compiler's messages. */
  List<String> problems() {
    return problems;
  }

  @Override
  public void close() {
    shell.close();
  }
}
