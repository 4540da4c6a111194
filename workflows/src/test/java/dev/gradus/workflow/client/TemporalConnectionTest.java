package dev.gradus.workflow.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.Metadata;
import io.grpc.Server;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerInterceptors;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.ClientAuth;
import io.grpc.stub.StreamObserver;
import io.temporal.api.workflowservice.v1.DescribeNamespaceRequest;
import io.temporal.api.workflowservice.v1.DescribeNamespaceResponse;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.api.workflowservice.v1.GetSystemInfoResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Connections to a server that speaks Temporal's gRPC API over mutual TLS and checks API keys, as
 * Temporal Cloud and secured clusters do: a stand-in that answers the two calls a connection makes
 * (GetSystemInfo, DescribeNamespace), with certificates made for the test.
 */
class TemporalConnectionTest {

  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
  private static final String GOOD_KEY = "tcld-test-key-0123456789";

  @TempDir static Path dir;
  private static TestCertificates certs;
  private static Server server;
  private static String address;

  /** The same, but a client must show a certificate signed by the test CA (mTLS). */
  private static Server mtlsServer;

  private static String mtlsAddress;
  private static final List<String> seenAuthorization = new CopyOnWriteArrayList<>();

  /** Answers as a Temporal server with one namespace, {@code gradus}. */
  static final class StandIn extends WorkflowServiceGrpc.WorkflowServiceImplBase {
    @Override
    public void getSystemInfo(
        GetSystemInfoRequest request, StreamObserver<GetSystemInfoResponse> answer) {
      answer.onNext(GetSystemInfoResponse.newBuilder().setServerVersion("stand-in").build());
      answer.onCompleted();
    }

    @Override
    public void describeNamespace(
        DescribeNamespaceRequest request, StreamObserver<DescribeNamespaceResponse> answer) {
      if (!request.getNamespace().equals("gradus")) {
        answer.onError(
            Status.NOT_FOUND
                .withDescription("Namespace " + request.getNamespace() + " is not found.")
                .asRuntimeException());
        return;
      }
      answer.onNext(DescribeNamespaceResponse.getDefaultInstance());
      answer.onCompleted();
    }
  }

  /** Records the Authorization header, and refuses a bearer key that is not the good one. */
  static final class KeyCheck implements ServerInterceptor {
    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(
        ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
      String authorization = headers.get(AUTHORIZATION);
      if (authorization != null) {
        seenAuthorization.add(authorization);
        if (!authorization.equals("Bearer " + GOOD_KEY)) {
          call.close(Status.UNAUTHENTICATED.withDescription("bad API key"), new Metadata());
          return new ServerCall.Listener<>() {};
        }
      }
      return next.startCall(call, headers);
    }
  }

  @BeforeAll
  static void startServer() throws Exception {
    certs = new TestCertificates(dir);
    server =
        NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
            .sslContext(
                GrpcSslContexts.forServer(certs.serverCert.toFile(), certs.serverKey.toFile())
                    .trustManager(certs.ca.toFile())
                    .clientAuth(ClientAuth.OPTIONAL)
                    .build())
            .addService(ServerInterceptors.intercept(new StandIn(), new KeyCheck()))
            .build()
            .start();
    address = "localhost:" + server.getPort();
    mtlsServer =
        NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
            .sslContext(
                GrpcSslContexts.forServer(certs.serverCert.toFile(), certs.serverKey.toFile())
                    .trustManager(certs.ca.toFile())
                    .clientAuth(ClientAuth.REQUIRE)
                    .build())
            .addService(new StandIn())
            .build()
            .start();
    mtlsAddress = "localhost:" + mtlsServer.getPort();
  }

  @AfterAll
  static void stopServer() {
    for (Server s : new Server[] {server, mtlsServer}) {
      if (s != null) {
        s.shutdownNow();
      }
    }
  }

  private static TemporalConnection connection(Map<String, String> env) {
    return TemporalConnection.fromEnvironment(env::get);
  }

  @Test
  void mutualTlsWithTheClientCertificateAndTheServersCaConnects() {
    TemporalConnection mtls =
        connection(
            Map.of(
                "TEMPORAL_ADDRESS", mtlsAddress,
                "TEMPORAL_NAMESPACE", "gradus",
                "TEMPORAL_TLS_CERT", certs.clientCert.toString(),
                "TEMPORAL_TLS_KEY", certs.clientKey.toString(),
                "TEMPORAL_TLS_CA", certs.ca.toString()));

    WorkflowServiceStubs stubs = mtls.connect(Duration.ofSeconds(5));
    stubs.shutdownNow();
    assertThat(mtls.toString()).endsWith("namespace gradus (mTLS)");

    // Without the client certificate the same server turns the connection away.
    TemporalConnection noCertificate =
        connection(
            Map.of(
                "TEMPORAL_ADDRESS",
                mtlsAddress,
                "TEMPORAL_NAMESPACE",
                "gradus",
                "TEMPORAL_TLS_CA",
                certs.ca.toString()));
    assertThatThrownBy(() -> noCertificate.connect(Duration.ofSeconds(1)))
        .isInstanceOf(TemporalUnavailableException.class)
        .hasMessageStartingWith("cannot reach Temporal at " + mtlsAddress + " over TLS");
  }

  @Test
  void anApiKeyTravelsAsABearerTokenAndABadOneIsNamed() {
    Map<String, String> env =
        Map.of(
            "TEMPORAL_ADDRESS",
            address,
            "TEMPORAL_NAMESPACE",
            "gradus",
            "TEMPORAL_TLS_CA",
            certs.ca.toString(),
            "TEMPORAL_API_KEY",
            GOOD_KEY);
    seenAuthorization.clear();
    connection(env).connect(Duration.ofSeconds(5)).shutdownNow();
    assertThat(seenAuthorization).contains("Bearer " + GOOD_KEY);
    assertThat(connection(env).toString()).doesNotContain(GOOD_KEY).endsWith("with an API key");

    Map<String, String> wrong = new java.util.HashMap<>(env);
    wrong.put("TEMPORAL_API_KEY", "tcld-wrong");
    assertThatThrownBy(() -> connection(wrong).connect(Duration.ofSeconds(5)))
        .isInstanceOf(TemporalUnavailableException.class)
        .hasMessageContaining("refused the credentials")
        .hasMessageNotContaining("tcld-wrong");
  }

  @Test
  void aServerSignedByAnotherCaIsRefusedWithTheAddress() {
    TemporalConnection untrusted =
        connection(
            Map.of(
                "TEMPORAL_ADDRESS",
                address,
                "TEMPORAL_NAMESPACE",
                "gradus",
                "TEMPORAL_TLS_CA",
                certs.otherCa.toString()));

    assertThatThrownBy(() -> untrusted.connect(Duration.ofSeconds(1)))
        .isInstanceOf(TemporalUnavailableException.class)
        .hasMessageStartingWith("cannot reach Temporal at " + address + " over TLS");
  }

  @Test
  void aMissingNamespaceIsNamedWithHowToCreateIt() {
    TemporalConnection wrongNamespace =
        connection(
            Map.of(
                "TEMPORAL_ADDRESS",
                address,
                "TEMPORAL_NAMESPACE",
                "prod",
                "TEMPORAL_TLS_CA",
                certs.ca.toString()));

    assertThatThrownBy(() -> wrongNamespace.connect(Duration.ofSeconds(5)))
        .isInstanceOf(TemporalUnavailableException.class)
        .hasMessage(
            "Temporal at "
                + address
                + " has no namespace prod (TEMPORAL_NAMESPACE); create it (temporal operator"
                + " namespace create prod) or name one that exists");
  }

  @Test
  void nothingListeningIsReportedAfterThePatienceWithAHint() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    TemporalConnection nobody = TemporalConnection.plain("127.0.0.1:" + port, "default");

    assertThatThrownBy(() -> nobody.connect(Duration.ofMillis(600)))
        .isInstanceOf(TemporalUnavailableException.class)
        .hasMessageStartingWith(
            "cannot reach Temporal at 127.0.0.1:" + port + " (TEMPORAL_ADDRESS)")
        .hasMessageContaining("TEMPORAL_TLS=true");
  }

  @Test
  void settingsThatCannotWorkAreNamedBeforeAnyCall() {
    TemporalConnection half =
        connection(
            Map.of(
                "TEMPORAL_TLS_CERT", certs.clientCert.toString(),
                "TEMPORAL_TLS_CA", dir.resolve("missing.pem").toString()));

    assertThat(half.problems())
        .containsExactly(
            "TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY go together (a client certificate and its key)",
            "TEMPORAL_TLS_CA: cannot read " + dir.resolve("missing.pem"));
    assertThatThrownBy(half::options)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the Temporal connection settings are wrong: ");
  }

  @Test
  void theEnvironmentDefaultsToTheLocalServerAndBlankMeansUnset() {
    TemporalConnection local = connection(Map.of("TEMPORAL_API_KEY", "  ", "TEMPORAL_TLS", ""));

    assertThat(local).isEqualTo(TemporalConnection.plain("127.0.0.1:7233", "default"));
    assertThat(local.usesTls()).isFalse();
    assertThat(connection(Map.of("TEMPORAL_TLS", "true")).usesTls()).isTrue();
  }
}
