package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Checks that options declared through {@link CommandSpecs} behave as annotated fields do. */
class CommandSpecsTest {

  /** A command with one field of each kind that simap's commands bind. */
  static final class Sample implements Runnable {
    String name = "initial";
    long count = 3;
    boolean flag;
    List<String> items = new ArrayList<>(List.of("a"));
    Optional<String> config = Optional.empty();
    List<String> inputs = new ArrayList<>();

    CommandSpec commandSpec() {
      CommandSpec spec = CommandSpecs.command("sample", this);
      spec.addOption(CommandSpecs.option(this, "name", "--name").build());
      spec.addOption(CommandSpecs.option(this, "count", "--count").build());
      spec.addOption(CommandSpecs.option(this, "flag", "--flag").build());
      spec.addOption(CommandSpecs.option(this, "items", "--item").splitRegex(",").build());
      spec.addOption(CommandSpecs.option(this, "config", "--config").build());
      spec.addPositional(CommandSpecs.positional(this, "inputs", "0..*").build());
      CommandSpecs.addStandardHelpOptions(spec);
      return spec;
    }

    @Override
    public void run() {}
  }

  @Test
  void optionTypesComeFromFields() {
    CommandSpec spec = new Sample().commandSpec();

    assertThat(spec.findOption("--name").type()).isEqualTo(String.class);
    assertThat(spec.findOption("--count").type()).isEqualTo(long.class);
    assertThat(spec.findOption("--flag").arity().max()).isZero();
    assertThat(spec.findOption("--item").type()).isEqualTo(List.class);
    assertThat(spec.findOption("--item").auxiliaryTypes()).containsExactly(String.class);
    assertThat(spec.findOption("--config").type()).isEqualTo(Optional.class);
    assertThat(spec.findOption("--config").auxiliaryTypes()).containsExactly(String.class);
    assertThat(spec.positionalParameters().get(0).auxiliaryTypes()).containsExactly(String.class);
  }

  @Test
  void parsedValuesReachFields() {
    Sample sample = new Sample();
    new CommandLine(sample.commandSpec())
        .parseArgs("--name", "n", "--count", "7", "--flag", "--item", "b,c", "--config", "x", "f");

    assertThat(sample.name).isEqualTo("n");
    assertThat(sample.count).isEqualTo(7);
    assertThat(sample.flag).isTrue();
    assertThat(sample.items).containsExactly("b", "c");
    assertThat(sample.config).contains("x");
    assertThat(sample.inputs).containsExactly("f");
  }

  @Test
  void unmatchedOptionsKeepFieldValues() {
    Sample sample = new Sample();
    new CommandLine(sample.commandSpec()).parseArgs();

    assertThat(sample.name).isEqualTo("initial");
    assertThat(sample.count).isEqualTo(3);
    assertThat(sample.flag).isFalse();
    assertThat(sample.items).containsExactly("a");
    assertThat(sample.config).isEmpty();
  }

  @Test
  void secondParseStartsFromInitialValues() {
    Sample sample = new Sample();
    CommandLine commandLine = new CommandLine(sample.commandSpec());
    commandLine.parseArgs("--name", "n", "--count", "7", "--flag", "--item", "b");

    commandLine.parseArgs();

    assertThat(sample.name).isEqualTo("initial");
    assertThat(sample.count).isEqualTo(3);
    assertThat(sample.flag).isFalse();
    assertThat(sample.items).containsExactly("a");
  }

  @Test
  void standardHelpOptionsComeLast() {
    List<String> names =
        new Sample().commandSpec().options().stream().map(OptionSpec::longestName).toList();

    assertThat(names).endsWith("--help", "--version");
    assertThat(names.get(0)).isEqualTo("--name");
  }

  @Test
  void unknownFieldIsRejected() {
    assertThatThrownBy(() -> CommandSpecs.option(new Sample(), "missing", "--missing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Sample has no field missing");
  }
}
