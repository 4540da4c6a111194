package dev.gradus.activities.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

class PostgresInstallationTest {

  @TempDir Path dir;

  @Test
  void withoutPostgresTheTestsAreSkippedSayingHowToInstallIt() {
    assertThatThrownBy(() -> PostgresInstallation.find("", dir.resolve("none"), false, "dev"))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("PostgreSQL is not installed")
        .hasMessageContaining("apt-get install postgresql");
  }

  @Test
  void withoutPostgresOnCiTheTestsFail() {
    assertThatThrownBy(() -> PostgresInstallation.find("", dir.resolve("none"), true, "dev"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PostgreSQL is not installed")
        .hasMessageContaining("CI is set")
        .hasMessageContaining("apt-get install postgresql");
  }

  @Test
  void theNewestInstalledVersionIsUsed() throws IOException {
    for (String version : new String[] {"9.6", "15", "13"}) {
      programs(dir.resolve("versions").resolve(version).resolve("bin"));
    }

    PostgresInstallation found =
        PostgresInstallation.find("", dir.resolve("versions"), true, "dev");

    assertThat(found.command("initdb", "-D", "data"))
        .containsExactly(dir.resolve("versions/15/bin/initdb").toString(), "-D", "data");
  }

  @Test
  void programsOnThePathComeFirst() throws IOException {
    programs(dir.resolve("versions/15/bin"));
    Path local = programs(dir.resolve("local/bin"));

    PostgresInstallation found =
        PostgresInstallation.find(
            dir.resolve("empty") + ":" + local, dir.resolve("versions"), true, "dev");

    assertThat(found.command("pg_ctl")).containsExactly(local.resolve("pg_ctl").toString());
  }

  /** Creates executable initdb and pg_ctl files in {@code bin}. */
  private static Path programs(Path bin) throws IOException {
    Files.createDirectories(bin);
    for (String program : new String[] {"initdb", "pg_ctl"}) {
      Files.createFile(
          bin.resolve(program),
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    }
    return bin.toRealPath();
  }
}
