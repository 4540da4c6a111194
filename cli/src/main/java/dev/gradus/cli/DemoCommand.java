package dev.gradus.cli;

import dev.gradus.spec.SpecReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gradus demo}: a small offline run against the simulated provider. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Run the built-in demo: a small offline optimization with the simulated LLM provider.")
final class DemoCommand extends ClientCommand implements Callable<Integer> {

  static final String DEMO_SPEC = "/dev/gradus/cli/demo.yaml";

  @Option(names = "--json", description = "Print the final report as one JSON document on stdout.")
  private boolean json;

  @Override
  public Integer call() {
    return new RunLauncher(env(), out(), err())
        .launch(SpecReader.parse(demoSpec()), null, false, json);
  }

  static String demoSpec() {
    try (InputStream in = DemoCommand.class.getResourceAsStream(DEMO_SPEC)) {
      if (in == null) {
        throw new IllegalStateException(
            "the demo spec " + DEMO_SPEC + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
