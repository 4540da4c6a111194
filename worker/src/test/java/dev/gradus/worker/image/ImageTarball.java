package dev.gradus.worker.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * An image as the build writes it: a tarball in {@code docker load}'s format (manifest.json, the
 * configuration and one gzipped tar per layer), read the way a container runtime reads it.
 */
public final class ImageTarball {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path path;
  private final JsonNode manifest;
  private final JsonNode config;

  private ImageTarball(Path path, JsonNode manifest, JsonNode config) {
    this.path = path;
    this.manifest = manifest;
    this.config = config;
  }

  /** Reads the image written by the {@code images} Maven profile at the given path. */
  public static ImageTarball read(Path path) throws IOException {
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(
          path + " does not exist: build it with `mvn package -Dimages=true` (README)");
    }
    JsonNode manifest = JSON.readTree(entry(path, "manifest.json"));
    if (!manifest.isArray() || manifest.size() != 1) {
      throw new IllegalStateException(path + ": manifest.json must describe one image");
    }
    JsonNode config = JSON.readTree(entry(path, manifest.get(0).get("Config").asText()));
    return new ImageTarball(path, manifest.get(0), config);
  }

  public Path path() {
    return path;
  }

  /** The tags the image loads as, e.g. {@code gradus/gradus-worker:0.1.0-SNAPSHOT}. */
  public List<String> repoTags() {
    List<String> tags = new ArrayList<>();
    manifest.get("RepoTags").forEach(tag -> tags.add(tag.asText()));
    return tags;
  }

  /** The image configuration's {@code config} object: User, Env, Entrypoint, Healthcheck... */
  public JsonNode containerConfig() {
    return config.get("config");
  }

  /** The environment the image gives its processes, by name. */
  public Map<String, String> environment() {
    Map<String, String> env = new LinkedHashMap<>();
    containerConfig()
        .path("Env")
        .forEach(
            line -> {
              String text = line.asText();
              int equals = text.indexOf('=');
              env.put(text.substring(0, equals), text.substring(equals + 1));
            });
    return env;
  }

  public List<String> strings(String field) {
    List<String> values = new ArrayList<>();
    containerConfig().path(field).forEach(value -> values.add(value.asText()));
    return values;
  }

  /** Docker's health check command, as Docker runs it: its {@code Test} without the "CMD". */
  public List<String> healthCheckCommand() {
    List<String> test = new ArrayList<>();
    containerConfig().path("Healthcheck").path("Test").forEach(word -> test.add(word.asText()));
    if (test.isEmpty() || !test.get(0).equals("CMD")) {
      throw new AssertionError("the image's health check is not a CMD: " + test);
    }
    return test.subList(1, test.size());
  }

  /** The layer files named by the manifest, lowest first. */
  public List<String> layerNames() {
    List<String> names = new ArrayList<>();
    manifest.get("Layers").forEach(layer -> names.add(layer.asText()));
    return names;
  }

  /** Every entry of every layer, lowest layer first: path in the image, mode, owner, size. */
  public List<LayerEntry> layerEntries() throws IOException {
    List<LayerEntry> entries = new ArrayList<>();
    for (String layer : layerNames()) {
      try (TarArchiveInputStream tar = layer(layer)) {
        for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
          entries.add(
              new LayerEntry(
                  layer,
                  "/" + e.getName().replaceFirst("^\\./", "").replaceFirst("/$", ""),
                  e.getMode() & 07777,
                  e.getLongUserId(),
                  e.getLongGroupId(),
                  e.isDirectory(),
                  e.getSize()));
        }
      }
    }
    return entries;
  }

  /** One file or directory of a layer. */
  public record LayerEntry(
      String layer, String path, int mode, long uid, long gid, boolean directory, long size) {}

  /** Opens one layer of the image, ungzipped when it is gzipped. */
  public TarArchiveInputStream layer(String name) throws IOException {
    TarArchiveInputStream outer = new TarArchiveInputStream(Files.newInputStream(path));
    try {
      for (TarArchiveEntry e = outer.getNextEntry(); e != null; e = outer.getNextEntry()) {
        if (e.getName().equals(name)) {
          InputStream body = outer;
          if (name.endsWith(".gz")) {
            body = new GzipCompressorInputStream(outer);
          }
          return new TarArchiveInputStream(body);
        }
      }
    } catch (IOException | RuntimeException e) {
      outer.close();
      throw e;
    }
    outer.close();
    throw new IllegalStateException(path + " has no entry " + name);
  }

  /** Copies one layer's file as it is stored (gzipped) to the given stream. */
  public void copyLayer(String name, OutputStream out) throws IOException {
    try (TarArchiveInputStream outer = new TarArchiveInputStream(Files.newInputStream(path))) {
      for (TarArchiveEntry e = outer.getNextEntry(); e != null; e = outer.getNextEntry()) {
        if (e.getName().equals(name)) {
          outer.transferTo(out);
          return;
        }
      }
    }
    throw new IllegalStateException(path + " has no entry " + name);
  }

  private static byte[] entry(Path tarball, String name) throws IOException {
    try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(tarball))) {
      for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
        if (e.getName().equals(name)) {
          return tar.readAllBytes();
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    throw new IllegalStateException(tarball + " has no entry " + name);
  }
}
