package dev.gradus.worker.image;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs an image without a container runtime, as a runtime would with {@code --read-only --tmpfs
 * /tmp}: its layers unpacked into one directory, which becomes the process' root, read-only, with a
 * fresh /tmp, /proc and the host's /dev, as the image's user in the image's working directory and
 * environment. The host's network is shared, so the image's ports are on 127.0.0.1.
 *
 * <p>It needs root (for the mount namespace and the change of user) and util-linux' {@code
 * unshare}: CI runs as root.
 */
public final class ImageSandbox {

  private static final Path UNSHARE = findUnshare();

  /** Mounts the sandbox, then enters it; the remaining arguments are the command. */
  private static final String ENTER =
      """
      set -e
      root=$1 wd=$2 uid=$3 gid=$4 unshare=$5 hosts=$6 image_path=$PATH
      shift 6
      PATH=/usr/sbin:/usr/bin:/sbin:/bin
      mount --bind "$root" "$root"
      mount -o remount,bind,ro "$root"
      mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"
      mount -t proc proc "$root/proc"
      mount --rbind /dev "$root/dev"
      if [ -f "$root/etc/hosts" ]; then mount --bind "$hosts" "$root/etc/hosts"; fi
      export PATH="$image_path"
      exec "$unshare" --root="$root" --wd="$wd" --setuid "$uid" --setgid "$gid" -- "$@"
      """;

  private final ImageTarball image;
  private final Path root;

  private ImageSandbox(ImageTarball image, Path root) {
    this.image = image;
    this.root = root;
  }

  /** Unpacks the image's layers, lowest first, into a new directory {@code root}. */
  public static ImageSandbox unpack(ImageTarball image, Path root)
      throws IOException, InterruptedException {
    if (!"root".equals(System.getProperty("user.name"))) {
      throw new IllegalStateException(
          "running an image without a container runtime needs root (mount namespace, setuid)");
    }
    delete(root);
    Files.createDirectories(root);
    for (String layer : image.layerNames()) {
      // Jib only adds files, so its layers carry no whiteouts (deletions) to apply.
      Process tar =
          new ProcessBuilder("tar", "-x", "-z", "-C", root.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      try (OutputStream in = tar.getOutputStream()) {
        image.copyLayer(layer, in);
      }
      if (tar.waitFor() != 0) {
        throw new IllegalStateException("tar could not unpack layer " + layer + " into " + root);
      }
    }
    return new ImageSandbox(image, root);
  }

  public Path root() {
    return root;
  }

  /**
   * Starts a command in the sandbox with the image's environment plus {@code extraEnv}, its output
   * and errors to {@code log}.
   */
  public Process start(List<String> command, Map<String, String> extraEnv, Path log)
      throws IOException {
    String[] user = image.containerConfig().path("User").asText().split(":", 2);
    String uid = user[0];
    String gid = user.length > 1 ? user[1] : "0";
    String workingDir = image.containerConfig().path("WorkingDir").asText("/");
    List<String> argv = new ArrayList<>();
    argv.addAll(
        List.of(UNSHARE.toString(), "--mount", "--pid", "--fork", "--kill-child", "/bin/sh", "-c"));
    argv.addAll(
        List.of(ENTER, "sh", root.toString(), workingDir, uid, gid, UNSHARE.toString(), hosts()));
    argv.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(argv);
    builder.environment().clear();
    builder.environment().putAll(image.environment());
    builder.environment().putAll(extraEnv);
    return builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** The /etc/hosts the sandbox mounts, naming this machine as a container runtime names it. */
  private String hosts() throws IOException {
    Path hosts = root.resolveSibling(root.getFileName() + ".hosts");
    String name = InetAddress.getLocalHost().getHostName();
    Files.writeString(hosts, "127.0.0.1\tlocalhost " + name + "\n::1\tlocalhost\n");
    return hosts.toString();
  }

  /**
   * Runs the image's health check in the image, as Docker runs it, and returns its exit code.
   *
   * @param env the port variables the check reads
   */
  public int healthCheck(ImageTarball image, Map<String, String> env, Path log) throws Exception {
    Process check = start(image.healthCheckCommand(), env, log);
    if (!check.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
      stop(check);
      throw new AssertionError("the health check did not end within 60 s" + tail(log));
    }
    return check.exitValue();
  }

  /** Stops a process started here, with everything it started. */
  public static void stop(Process process) throws InterruptedException {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
    }
  }

  /**
   * Waits until {@code uri} answers 200, failing with the end of the log if the process ends or the
   * time runs out first.
   */
  public static void awaitOk(URI uri, Process process, Path log, Duration timeout)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "the image's process ended with " + process.exitValue() + " before " + uri + tail(log));
      }
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Not listening yet.
      }
      Thread.sleep(500);
    }
    throw new AssertionError(uri + " did not answer 200 within " + timeout + tail(log));
  }

  /** The last lines a process wrote, for failure messages. */
  public static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    return "\n--- "
        + log
        + " ---\n"
        + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /**
   * The real user and group ids of the process started here whose command line has {@code mark}.
   */
  public static String idsOf(Process process, String mark) throws IOException {
    for (ProcessHandle handle : process.descendants().toList()) {
      Path proc = Path.of("/proc", Long.toString(handle.pid()));
      String cmdline = Files.readString(proc.resolve("cmdline")).replace('\0', ' ');
      if (cmdline.contains(mark)) {
        String uid = "", gid = "";
        for (String line : Files.readAllLines(proc.resolve("status"))) {
          if (line.startsWith("Uid:")) {
            uid = line.split("\\s+")[1];
          } else if (line.startsWith("Gid:")) {
            gid = line.split("\\s+")[1];
          }
        }
        return uid + ":" + gid;
      }
    }
    throw new AssertionError("no process of the image runs " + mark);
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static Path findUnshare() {
    for (String candidate : List.of("/usr/bin/unshare", "/bin/unshare")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    return Path.of("unshare");
  }
}
