package dev.gradus.workflow.client;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContextBuilder;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLException;

/**
 * How to reach a Temporal server: its address and namespace, TLS (server CA, and a client
 * certificate and key for mTLS) and an API key (Temporal Cloud). Read from the environment under
 * the names the Temporal CLI uses, or from a Quarkus application's configuration; never from a run
 * spec. One place builds the gRPC options for the worker, the API and the CLI.
 *
 * @param tlsCert client certificate (PEM) for mTLS, with {@code tlsKey}; turns TLS on
 * @param tlsKey the client certificate's private key (PEM, PKCS#8)
 * @param tlsCa the CA (PEM) that signed the server's certificate, when not a public one
 * @param tlsServerName the name the server's certificate carries, when it is not the address's host
 * @param tls TLS without a client certificate (Temporal Cloud with an API key, a TLS proxy)
 * @param apiKey sent as {@code Authorization: Bearer} on every call; turns TLS on
 */
public record TemporalConnection(
    String address,
    String namespace,
    boolean tls,
    Path tlsCert,
    Path tlsKey,
    Path tlsCa,
    String tlsServerName,
    String apiKey) {

  public static final String DEFAULT_ADDRESS = "127.0.0.1:7233";
  public static final String DEFAULT_NAMESPACE = "default";

  /** A plain connection, as to the embedded server. */
  public static TemporalConnection plain(String address, String namespace) {
    return new TemporalConnection(address, namespace, false, null, null, null, null, null);
  }

  /**
   * The connection the environment describes: {@code TEMPORAL_ADDRESS}, {@code TEMPORAL_NAMESPACE},
   * {@code TEMPORAL_TLS} (true/false), {@code TEMPORAL_TLS_CERT}, {@code TEMPORAL_TLS_KEY}, {@code
   * TEMPORAL_TLS_CA}, {@code TEMPORAL_TLS_SERVER_NAME}, {@code TEMPORAL_API_KEY}; blank counts as
   * unset.
   */
  public static TemporalConnection fromEnvironment(UnaryOperator<String> variable) {
    return new TemporalConnection(
        text(variable, "TEMPORAL_ADDRESS").orElse(DEFAULT_ADDRESS),
        text(variable, "TEMPORAL_NAMESPACE").orElse(DEFAULT_NAMESPACE),
        text(variable, "TEMPORAL_TLS").map(Boolean::parseBoolean).orElse(false),
        text(variable, "TEMPORAL_TLS_CERT").map(Path::of).orElse(null),
        text(variable, "TEMPORAL_TLS_KEY").map(Path::of).orElse(null),
        text(variable, "TEMPORAL_TLS_CA").map(Path::of).orElse(null),
        text(variable, "TEMPORAL_TLS_SERVER_NAME").orElse(null),
        text(variable, "TEMPORAL_API_KEY").orElse(null));
  }

  /**
   * The same TLS and API key at another address and namespace: for applications whose address and
   * namespace come from their own configuration.
   */
  public TemporalConnection at(String address, String namespace) {
    return new TemporalConnection(
        address, namespace, tls, tlsCert, tlsKey, tlsCa, tlsServerName, apiKey);
  }

  private static Optional<String> text(UnaryOperator<String> variable, String name) {
    return Optional.ofNullable(variable.apply(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** Whether calls go over TLS: asked for, or implied by a client certificate or an API key. */
  public boolean usesTls() {
    return tls || tlsCert != null || tlsKey != null || tlsCa != null || apiKey != null;
  }

  /**
   * What is wrong with the settings, each naming its variable: a certificate without its key, a
   * file that cannot be read.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if ((tlsCert == null) != (tlsKey == null)) {
      problems.add(
          "TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together (a client certificate and its key)");
    }
    readable(tlsCert, "TEMPORAL_TLS_CERT", problems);
    readable(tlsKey, "TEMPORAL_TLS_KEY", problems);
    readable(tlsCa, "TEMPORAL_TLS_CA", problems);
    return problems;
  }

  private static void readable(Path file, String variable, List<String> problems) {
    if (file != null && !Files.isReadable(file)) {
      problems.add(variable + ": cannot read " + file);
    }
  }

  /**
   * The gRPC options: target, TLS and the API key.
   *
   * @throws IllegalArgumentException naming the setting that is wrong
   */
  public WorkflowServiceStubsOptions.Builder options() {
    List<String> problems = problems();
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "the Temporal connection settings are wrong: " + String.join("; ", problems));
    }
    WorkflowServiceStubsOptions.Builder options =
        WorkflowServiceStubsOptions.newBuilder().setTarget(address);
    if (usesTls()) {
      SslContextBuilder ssl = GrpcSslContexts.forClient();
      try {
        if (tlsCa != null) {
          ssl.trustManager(tlsCa.toFile());
        }
        if (tlsCert != null) {
          ssl.keyManager(tlsCert.toFile(), tlsKey.toFile());
        }
        options.setSslContext(ssl.build());
      } catch (SSLException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "cannot use the TLS files (TEMPORAL_TLS_CERT, TEMPORAL_TLS_KEY, TEMPORAL_TLS_CA): "
                + e.getMessage(),
            e);
      }
      if (tlsServerName != null) {
        options.setChannelInitializer(channel -> channel.overrideAuthority(tlsServerName));
      }
    }
    if (apiKey != null) {
      String key = apiKey;
      options.addApiKey(() -> key);
    }
    return options;
  }

  /**
   * Connects and checks that the server answers and the namespace exists, waiting up to {@code
   * patience} for a server that is still starting.
   *
   * @throws TemporalUnavailableException saying which of the two failed, where, and what to check
   */
  public WorkflowServiceStubs connect(Duration patience) {
    WorkflowServiceStubs stubs = WorkflowServiceStubs.newServiceStubs(options().build());
    try {
      check(stubs, patience);
      return stubs;
    } catch (RuntimeException e) {
      stubs.shutdownNow();
      throw e;
    }
  }

  /**
   * Checks that the server behind {@code stubs} answers and has the namespace, waiting up to {@code
   * patience} for a server that is still starting.
   *
   * @throws TemporalUnavailableException saying which failed, where, and what to check
   */
  public void check(WorkflowServiceStubs stubs, Duration patience) {
    long deadline = System.nanoTime() + patience.toNanos();
    StatusRuntimeException last;
    while (true) {
      try {
        stubs
            .blockingStub()
            .withDeadlineAfter(5, TimeUnit.SECONDS)
            .getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
        break;
      } catch (StatusRuntimeException e) {
        last = e;
        Status.Code code = e.getStatus().getCode();
        if (code == Status.Code.UNAUTHENTICATED || code == Status.Code.PERMISSION_DENIED) {
          throw new TemporalUnavailableException(
              "Temporal at "
                  + address
                  + " refused the credentials (TEMPORAL_API_KEY or the client"
                  + " certificate): "
                  + e.getStatus().getDescription());
        }
        if (System.nanoTime() > deadline) {
          throw new TemporalUnavailableException(
              "cannot reach Temporal at "
                  + address
                  + (usesTls() ? " over TLS" : "")
                  + " (TEMPORAL_ADDRESS): "
                  + describe(e)
                  + ". Is the server running, and is the address right?"
                  + (usesTls() ? "" : " A server that needs TLS: set TEMPORAL_TLS=true."));
        }
        pause();
      }
    }
    try {
      stubs
          .blockingStub()
          .withDeadlineAfter(5, TimeUnit.SECONDS)
          .describeNamespace(DescribeNamespaceRequest.newBuilder().setNamespace(namespace).build());
    } catch (StatusRuntimeException e) {
      if (e.getStatus().getCode() == Status.Code.UNIMPLEMENTED) {
        return; // Temporal's Java test server, which has the default namespace only
      }
      if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw new TemporalUnavailableException(
            "Temporal at "
                + address
                + " has no namespace "
                + namespace
                + " (TEMPORAL_NAMESPACE); create it (temporal operator namespace create "
                + namespace
                + ") or name one that exists");
      }
      throw new TemporalUnavailableException(
          "Temporal at "
              + address
              + " did not describe namespace "
              + namespace
              + ": "
              + describe(e));
    }
  }

  private static String describe(StatusRuntimeException e) {
    Throwable cause = e.getCause();
    String detail = e.getStatus().getDescription();
    return e.getStatus().getCode()
        + (detail != null ? ", " + detail : "")
        + (cause != null && cause.getMessage() != null ? " (" + cause.getMessage() + ")" : "");
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new TemporalUnavailableException("interrupted while connecting to Temporal");
    }
  }

  /** Never prints the API key. */
  @Override
  public String toString() {
    return address
        + " namespace "
        + namespace
        + (usesTls() ? (tlsCert != null ? " (mTLS)" : " (TLS)") : "")
        + (apiKey != null ? " with an API key" : "");
  }
}
