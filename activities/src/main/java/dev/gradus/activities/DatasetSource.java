package dev.gradus.activities;

import dev.gradus.activities.dataset.DatasetContent;
import dev.gradus.activities.dataset.DatasetException;
import dev.gradus.activities.dataset.DatasetRepository;
import dev.gradus.activities.dataset.DatasetStore;
import dev.gradus.activities.dataset.SplitDataset;
import dev.gradus.activities.sim.SimulatedTask;
import dev.gradus.activities.sim.SimulatedTasks;
import dev.gradus.activities.store.SharedDatabase;
import dev.gradus.activities.store.SqlFailure;
import dev.gradus.spec.DatasetSpec;
import dev.gradus.spec.SplitSpec;
import dev.gradus.workflow.DatasetHandle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Resolves a run's dataset reference to examples on this worker: a file, a simulated task, or a
 * dataset uploaded to the shared database.
 */
@ApplicationScoped
public class DatasetSource {

  private final DatasetRepository repository = new DatasetRepository();

  @Inject Instance<SharedDatabase> database;

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
    if (spec.id() != null) {
      // An id names its content, so what this worker parsed once serves every later run.
      return repository.load("dataset:" + spec.id(), () -> uploaded(spec.id()).examples());
    }
    return repository.load(Path.of(spec.path()));
  }

  private DatasetContent uploaded(String id) {
    SharedDatabase shared = database.get();
    try {
      shared.migrate();
      return new DatasetStore(shared.dataSource(), Clock.systemUTC())
          .load(id)
          .orElseThrow(
              () ->
                  new DatasetException(
                      "task.dataset.id",
                      "no uploaded dataset "
                          + id
                          + " in "
                          + shared.description()
                          + "; upload it with POST /api/datasets"));
    } catch (SQLException e) {
      // Retryable: the database may be back by the next attempt.
      throw new IllegalStateException(
          "cannot read dataset "
              + id
              + " from "
              + shared.description()
              + ": "
              + SqlFailure.describe(e));
    }
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
