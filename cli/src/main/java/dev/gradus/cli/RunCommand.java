package dev.gradus.cli;

import dev.gradus.spec.InvalidSpecException;
import dev.gradus.spec.RunSpec;
import dev.gradus.spec.SpecError;
import dev.gradus.spec.SpecReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gradus run SPEC}: validates a spec completely, then starts and follows a run. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Start an optimization run from a YAML or JSON spec and follow it to the end.")
final class RunCommand extends ClientCommand implements Callable<Integer> {

  @Parameters(paramLabel = "SPEC", description = "The run spec file (YAML or JSON).")
  private Path specFile;

  @Option(names = "--detach", description = "Print the run id and exit; the run goes on.")
  private boolean detach;

  @Option(names = "--json", description = "Print the final report as one JSON document on stdout.")
  private boolean json;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "Workflow id (default gradus-<name>-<time>-<hex>).")
  private String id;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(specFile)) {
      err().println("gradus: no spec file " + specFile);
      return ExitCode.USAGE;
    }
    RunSpec spec;
    try {
      spec = SpecReader.read(specFile);
    } catch (InvalidSpecException e) {
      // Every error at once, so the user fixes the spec in one pass; nothing was started.
      err()
          .printf("gradus: %s is not a valid run spec (%d errors):%n", specFile, e.errors().size());
      for (SpecError error : e.errors()) {
        err().println(error);
      }
      err().flush();
      return ExitCode.USAGE;
    }
    return new RunLauncher(env(), out(), err()).launch(spec, id, detach, json);
  }
}
