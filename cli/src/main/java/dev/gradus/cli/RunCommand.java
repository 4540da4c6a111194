package dev.gradus.cli;

import dev.gradus.spec.RunSpec;
import java.nio.file.Path;
import java.util.Optional;
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
      names = "--no-cache",
      description = "Pay for every call: no answers from the response cache (spec: cache: false).")
  private boolean noCache;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "Workflow id (default gradus-<name>-<time>-<hex>).")
  private String id;

  @Override
  public Integer call() {
    Optional<RunSpec> spec = SpecFile.read(specFile, err());
    if (spec.isEmpty()) {
      return ExitCode.USAGE;
    }
    RunSpec run = noCache ? spec.get().withoutCache() : spec.get();
    return new RunLauncher(env(), out(), err()).launch(run, id, detach, json);
  }
}
