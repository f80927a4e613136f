package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.simap.TestFiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** Checks that a command line built for one subcommand runs it as the full one does. */
class SimapTest {

  @TempDir Path dir;

  private CommandLine build(boolean forArguments, String[] args) {
    Environment environment =
        new Environment(
            new ByteArrayInputStream(new byte[0]),
            Map.of(),
            false,
            Clock.fixed(CliRunner.NOW, ZoneOffset.UTC),
            dir);
    return forArguments ? Simap.commandLine(environment, args) : Simap.commandLine(environment);
  }

  private String run(boolean forArguments, String... args) {
    CommandLine commandLine = build(forArguments, args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return "exit " + exitCode + "\nout:\n" + out + "\nerr:\n" + err;
  }

  @Test
  void subcommandNamesMatchTheirSpecs() {
    CommandLine full = build(false, new String[0]);

    assertThat(full.getSubcommands().keySet()).containsExactlyElementsOf(Simap.SUBCOMMANDS);
    full.getSubcommands()
        .forEach((name, sub) -> assertThat(sub.getCommandSpec().name()).isEqualTo(name));
  }

  @Test
  void findsSubcommandAfterGlobalOptions() {
    assertThat(Simap.subcommandNamed(new String[] {"render", "x"})).contains("render");
    assertThat(Simap.subcommandNamed(new String[] {"--stacktrace", "lint"})).contains("lint");
    assertThat(Simap.subcommandNamed(new String[] {"--color", "never", "diff"})).contains("diff");
    assertThat(Simap.subcommandNamed(new String[] {"--color=always", "git-diff"}))
        .contains("git-diff");
  }

  @Test
  void buildsEverySubcommandOtherwise() {
    assertThat(Simap.subcommandNamed(new String[0])).isEmpty();
    assertThat(Simap.subcommandNamed(new String[] {"--help", "render"})).isEmpty();
    assertThat(Simap.subcommandNamed(new String[] {"rendr"})).isEmpty();
    assertThat(Simap.subcommandNamed(new String[] {"--color", "render"})).isEmpty();
    assertThat(build(true, new String[] {"-V"}).getSubcommands()).hasSize(Simap.SUBCOMMANDS.size());
  }

  @Test
  void buildsOnlyTheNamedSubcommand() {
    CommandLine commandLine = build(true, new String[] {"--color=never", "render", "x.yaml"});

    assertThat(commandLine.getSubcommands().keySet()).containsExactly("render");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "validate --help",
        "lint --help",
        "explain --help",
        "render --help",
        "diff --help",
        "init --help",
        "export --help",
        "schema --help",
        "git-diff --help",
        "render -V",
        "render --bogus",
        "render",
        "--color never lint --list-rules",
        "--help",
        "rendr x",
        "explain missing-description",
      })
  void runsAsTheFullCommandLine(String arguments) {
    String[] args = arguments.split(" ");

    assertThat(run(true, args)).isEqualTo(run(false, args));
  }

  @ParameterizedTest
  @CsvSource({
    "explain, RULE",
    "init, FILE",
    "export -f json, MAP",
    "render, MAP",
    "render --bogus, MAP",
  })
  void missingArgumentIsUsageError(String arguments, String label) {
    String result = run(true, arguments.split(" "));

    assertThat(result).startsWith("exit 2\n");
    assertThat(result).contains("simap: Missing required parameter: '" + label + "'");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          valdate x              | 'x' (did you mean 'validate'?)
          render --formt svg x   | Unknown option: '--formt' (did you mean '--format'?)
          render --themes=dark x | Unknown option: '--themes=dark' (did you mean '--theme'?)
          lint --list-rule       | Unknown option: '--list-rule' (did you mean '--list-rules'?)
          """)
  void misspeltNameGetsHint(String arguments, String expected) {
    String result = run(true, arguments.split(" "));

    assertThat(result).startsWith("exit 2\n");
    assertThat(result).contains(expected + "\nRun '");
  }

  @ParameterizedTest
  @ValueSource(strings = {"xyzzy", "validate --bogus"})
  void unrelatedNameGetsNoHint(String arguments) {
    assertThat(run(true, arguments.split(" "))).doesNotContain("did you mean");
  }

  @Test
  void validatesAsTheFullCommandLine() {
    String example = TestFiles.root().resolve("examples/academic-feedback.simap.yaml").toString();

    for (List<String> args :
        List.of(List.of("validate", example), List.of("--stacktrace", "lint", example))) {
      String[] array = args.toArray(new String[0]);
      assertThat(run(true, array)).isEqualTo(run(false, array));
    }
  }

  @Test
  void noOptionNeedsExcludedConverter() {
    Pattern excluded = Pattern.compile(Simap.UNUSED_CONVERTERS);
    List<String> types = new ArrayList<>();
    List<CommandLine> commands = new ArrayList<>(List.of(build(false, new String[0])));
    for (int i = 0; i < commands.size(); i++) {
      CommandLine command = commands.get(i);
      commands.addAll(command.getSubcommands().values());
      for (ArgSpec arg : command.getCommandSpec().args()) {
        types.add(arg.type().getName());
        for (Class<?> auxiliary : arg.auxiliaryTypes()) {
          types.add(auxiliary.getName());
        }
      }
    }

    assertThat(commands).hasSizeGreaterThan(Simap.SUBCOMMANDS.size());
    assertThat(types).contains("java.lang.String", "java.nio.file.Path");
    assertThat(types).noneMatch(type -> excluded.matcher(type).matches());
  }
}
