package dev.gradus.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the API finds Temporal, and the task queue its runs go to. */
@ConfigMapping(prefix = "gradus.temporal")
public interface ApiSettings {

  @WithDefault("127.0.0.1:7233")
  String address();

  @WithDefault("default")
  String namespace();

  /** The queue the workers poll; runs started here go to it. */
  @WithDefault("gradus")
  String taskQueue();
}
