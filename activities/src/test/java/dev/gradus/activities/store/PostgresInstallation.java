package dev.gradus.activities.store;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * PostgreSQL's server programs on this machine ({@code initdb}, {@code pg_ctl}), found on the PATH
 * or under {@code /usr/lib/postgresql/<version>/bin} (Debian's place), and the user they run as:
 * initdb and the server refuse to run as root, so when the tests run as root (as on CI) they run as
 * the {@code postgres} user that the package creates.
 */
final class PostgresInstallation {

  static final String SERVER_USER = "postgres";

  private static final String HOW_TO_INSTALL =
      "install it with `apt-get install postgresql` (Debian, Ubuntu), or put initdb and pg_ctl on"
          + " the PATH; the tests start a cluster of their own, the system service need not run";

  private final Path bin;
  private final Optional<UserPrincipal> serverUser;

  private PostgresInstallation(Path bin, Optional<UserPrincipal> serverUser) {
    this.bin = bin;
    this.serverUser = serverUser;
  }

  /**
   * The installation, or else the calling tests stop: they fail when the environment variable CI is
   * set, since a CI machine must run them ({@code .ci/run} installs PostgreSQL), and are skipped
   * elsewhere, so that a developer without PostgreSQL can still run the build.
   */
  static PostgresInstallation find() {
    return find(
        System.getenv().getOrDefault("PATH", ""),
        Path.of("/usr/lib/postgresql"),
        System.getenv("CI") != null,
        System.getProperty("user.name"));
  }

  /**
   * @param path the PATH to search first
   * @param versions a folder of one folder per installed version, as Debian's /usr/lib/postgresql
   * @param onCi whether the environment variable CI is set
   * @param user who runs the tests
   */
  static PostgresInstallation find(String path, Path versions, boolean onCi, String user) {
    Path bin = binaries(path, versions).orElse(null);
    if (bin == null) {
      return missing(
          "PostgreSQL is not installed (no initdb on the PATH or in " + versions + ")", onCi);
    }
    if (!"root".equals(user)) {
      return new PostgresInstallation(bin, Optional.empty());
    }
    try {
      UserPrincipal server =
          bin.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SERVER_USER);
      return new PostgresInstallation(bin, Optional.of(server));
    } catch (IOException e) {
      return missing(
          "the tests run as root, which PostgreSQL refuses, and there is no "
              + SERVER_USER
              + " user to run it as",
          onCi);
    }
  }

  /** The command line of one of its programs, run as the server's user. */
  List<String> command(String program, String... args) {
    List<String> command = new ArrayList<>();
    if (serverUser.isPresent()) {
      command.addAll(List.of("runuser", "-u", SERVER_USER, "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(args));
    return command;
  }

  /** Hands a folder that the tests created to the server's user, who must own its data. */
  void handOver(Path folder) throws IOException {
    if (serverUser.isPresent()) {
      Files.setOwner(folder, serverUser.get());
    }
  }

  /** The folder of initdb and pg_ctl: the PATH's first, else the newest Debian version's. */
  private static Optional<Path> binaries(String path, Path versions) {
    Stream<Path> onPath =
        Stream.of(path.split(File.pathSeparator))
            .filter(dir -> !dir.isEmpty())
            .map(dir -> Path.of(dir, "initdb"));
    List<Path> debian;
    try (Stream<Path> installed = list(versions)) {
      debian =
          installed
              .sorted(Comparator.comparing(PostgresInstallation::majorVersion).reversed())
              .map(version -> version.resolve("bin/initdb"))
              .toList();
    }
    return Stream.concat(onPath, debian.stream())
        .filter(Files::isExecutable)
        .map(PostgresInstallation::realFolder)
        .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
        .findFirst();
  }

  private static Stream<Path> list(Path folder) {
    try {
      return Files.isDirectory(folder) ? Files.list(folder) : Stream.empty();
    } catch (IOException e) {
      return Stream.empty();
    }
  }

  /**
   * Where a program really is: initdb on the PATH may be a link, and pg_ctl sits beside the file.
   */
  private static Path realFolder(Path program) {
    try {
      return program.toRealPath().getParent();
    } catch (IOException e) {
      return program.getParent();
    }
  }

  private static int majorVersion(Path versionFolder) {
    String name = versionFolder.getFileName().toString();
    int dot = name.indexOf('.');
    try {
      return Integer.parseInt(dot < 0 ? name : name.substring(0, dot));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static PostgresInstallation missing(String why, boolean onCi) {
    if (onCi) {
      throw new IllegalStateException(
          why
              + ". CI is set, so the PostgreSQL tests must run: .ci/run should have installed it; "
              + HOW_TO_INSTALL);
    }
    return Assumptions.abort(why + ", so the PostgreSQL tests are skipped; " + HOW_TO_INSTALL);
  }
}
