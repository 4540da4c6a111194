package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no Temporal anywhere, {@code demo} starts an embedded server and a worker as child
 * processes, runs, and stops both when it ends. A fake worker jar stands in for the Quarkus one.
 */
class LocalStackTest {

  @Test
  void demoWithoutAServerStartsAndStopsItsOwnServerAndWorker(@TempDir Path home) throws Exception {
    assumeFalse(
        LoopbackPorts.isListening(EmbeddedTemporalServer.DEFAULT_PORT),
        "a Temporal server runs on 127.0.0.1:7233");
    CliEnvironment env = new CliEnvironment(Map.of(), home, false);
    writeFakeWorkerJar(env.workerJar());
    Set<Long> childrenBefore = childPids();

    CliResult demo = TemporalFixture.execute(env, "demo", "--json");

    assertThat(demo.exitCode()).as(demo.err()).isZero();
    JsonNode report = ClientVerbsTest.singleJsonDocument(demo.out());
    assertThat(report.path("runId").asText()).matches("gradus-demo-\\d{6}-\\d{6}-[0-9a-f]{4}");
    assertThat(report.path("status").asText()).isEqualTo("COMPLETED");
    Matcher started =
        Pattern.compile("started an embedded one on 127\\.0\\.0\\.1:(\\d+)").matcher(demo.err());
    assertThat(started.find()).as(demo.err()).isTrue();
    int port = Integer.parseInt(started.group(1));
    assertThat(LoopbackPorts.isListening(port)).as("the embedded server is stopped").isFalse();
    assertThat(childPids()).as("no child process outlives the command").isEqualTo(childrenBefore);
    try (var logs = Files.list(env.logsDir())) {
      assertThat(logs.map(p -> p.getFileName().toString()))
          .anyMatch(name -> name.startsWith("server-"))
          .anyMatch(name -> name.startsWith("worker-"));
    }
  }

  @Test
  void detachRefusesToStartAServerThatWouldDieWithTheCommand(@TempDir Path home)
      throws IOException {
    assumeFalse(
        LoopbackPorts.isListening(EmbeddedTemporalServer.DEFAULT_PORT),
        "a Temporal server runs on 127.0.0.1:7233");
    CliEnvironment env = new CliEnvironment(Map.of(), home, false);
    writeFakeWorkerJar(env.workerJar());
    Path spec = Files.writeString(home.resolve("demo.yaml"), DemoCommand.demoSpec());

    CliResult result = TemporalFixture.execute(env, "run", "--detach", spec.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("no Temporal server");
    assertThat(childPids()).as("nothing was started").isEmpty();
  }

  /** A launchable jar whose manifest points at this test JVM's classpath. */
  private static void writeFakeWorkerJar(Path jar) throws IOException {
    Files.createDirectories(jar.getParent());
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeWorkerMain.class.getName());
    String classPath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .map(entry -> Path.of(entry).toUri().toString())
            .collect(Collectors.joining(" "));
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
    try (OutputStream out = Files.newOutputStream(jar);
        JarOutputStream ignored = new JarOutputStream(out, manifest)) {
      // The manifest is the whole jar.
    }
  }

  private static Set<Long> childPids() {
    return ProcessHandle.current()
        .children()
        .filter(ProcessHandle::isAlive)
        .map(ProcessHandle::pid)
        .collect(Collectors.toSet());
  }
}
