package dev.gradus.activities;

import dev.gradus.activities.dataset.DatasetContent;
import dev.gradus.activities.dataset.DatasetException;
import dev.gradus.activities.dataset.DatasetRepository;
import dev.gradus.activities.dataset.SplitDataset;
import dev.gradus.activities.sim.SimulatedTask;
import dev.gradus.activities.sim.SimulatedTasks;
import dev.gradus.spec.DatasetSpec;
import dev.gradus.spec.SplitSpec;
import dev.gradus.workflow.DatasetHandle;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;

/** Resolves a run's dataset reference to examples on this worker: a file, or a simulated task. */
@ApplicationScoped
public class DatasetSource {

  private final DatasetRepository repository = new DatasetRepository();

  /** The dataset's current content. */
  public DatasetContent content(DatasetSpec spec) {
    if (spec.simulated() != null) {
      SimulatedTask task =
          SimulatedTasks.byName(spec.simulated())
              .orElseThrow(
                  () ->
                      new DatasetException(
                          "task.dataset.simulated",
                          "no simulated task \""
                              + spec.simulated()
                              + "\"; available: "
                              + String.join(", ", SimulatedTasks.names())));
      return repository.load("simulated:" + task.name(), task::examples);
    }
    return repository.load(Path.of(spec.path()));
  }

  /** The content split as a spec says; cached, so repeated calls cost a lookup. */
  public SplitDataset split(DatasetContent content, SplitSpec split) {
    return repository.split(content, split);
  }

  /** The split a run works on, refusing data that changed since the run started. */
  public SplitDataset split(DatasetHandle handle) {
    DatasetContent content = content(handle.source());
    if (!content.fingerprint().equals(handle.fingerprint())) {
      throw new DatasetException(
          content.source(), "changed since the run started; start a new run to use the new data");
    }
    return repository.split(content, handle.split());
  }
}
