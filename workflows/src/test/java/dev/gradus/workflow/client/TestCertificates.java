package dev.gradus.workflow.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A test CA with a server certificate (for localhost and 127.0.0.1) and a client certificate, made
 * with the JDK's keytool and written as PEM files, as users get them from their own CA.
 */
final class TestCertificates {

  private static final String PASSWORD = "gradus-test";

  final Path ca;
  final Path serverCert;
  final Path serverKey;
  final Path clientCert;
  final Path clientKey;

  /** A second, unrelated CA: a client that trusts only it must refuse the server. */
  final Path otherCa;

  private final Path dir;

  TestCertificates(Path dir) throws Exception {
    this.dir = dir;
    ca = authority("ca");
    otherCa = authority("other-ca");
    serverCert = signed("server", "CN=localhost", "san=dns:localhost,ip:127.0.0.1");
    serverKey = privateKey("server");
    clientCert = signed("client", "CN=gradus-worker", null);
    clientKey = privateKey("client");
  }

  private Path authority(String name) throws Exception {
    keytool(
        "-genkeypair",
        "-alias",
        name,
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-dname",
        "CN=gradus-test-" + name,
        "-ext",
        "bc:c",
        "-validity",
        "2",
        "-keystore",
        store(name),
        "-storepass",
        PASSWORD,
        "-storetype",
        "PKCS12");
    Path pem = dir.resolve(name + ".pem");
    keytool(
        "-exportcert",
        "-alias",
        name,
        "-rfc",
        "-keystore",
        store(name),
        "-storepass",
        PASSWORD,
        "-file",
        pem.toString());
    return pem;
  }

  private Path signed(String name, String dname, String extension) throws Exception {
    keytool(
        "-genkeypair",
        "-alias",
        name,
        "-keyalg",
        "RSA",
        "-keysize",
        "2048",
        "-dname",
        dname,
        "-validity",
        "2",
        "-keystore",
        store(name),
        "-storepass",
        PASSWORD,
        "-storetype",
        "PKCS12");
    Path csr = dir.resolve(name + ".csr");
    keytool(
        "-certreq",
        "-alias",
        name,
        "-keystore",
        store(name),
        "-storepass",
        PASSWORD,
        "-file",
        csr.toString());
    Path pem = dir.resolve(name + ".pem");
    List<String> gencert =
        new ArrayList<>(
            List.of(
                "-gencert",
                "-alias",
                "ca",
                "-keystore",
                store("ca"),
                "-storepass",
                PASSWORD,
                "-infile",
                csr.toString(),
                "-outfile",
                pem.toString(),
                "-rfc",
                "-validity",
                "2"));
    if (extension != null) {
      gencert.addAll(List.of("-ext", extension));
    }
    keytool(gencert.toArray(String[]::new));
    return pem;
  }

  /** The key as PKCS#8 PEM, the form TLS libraries (and Temporal's docs) expect. */
  private Path privateKey(String name) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(Path.of(store(name)))) {
      store.load(in, PASSWORD.toCharArray());
    }
    Key key = store.getKey(name, PASSWORD.toCharArray());
    if (key == null) {
      throw new GeneralSecurityException("no key " + name);
    }
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    Path file = dir.resolve(name + ".key");
    Files.writeString(file, pem);
    return file;
  }

  private String store(String name) {
    return dir.resolve(name + ".p12").toString();
  }

  private static void keytool(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("keytool " + String.join(" ", args) + " failed: " + output);
    }
  }
}
