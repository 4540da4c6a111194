package dev.gradus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EmbeddedTemporalServerTest {

  @Test
  void listensOnLoopbackOnly() throws Exception {
    try (EmbeddedTemporalServer server = EmbeddedTemporalServer.start(0)) {
      assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
      assertThat(server.target()).isEqualTo("127.0.0.1:" + server.port());
      try (Socket viaLoopback = new Socket()) {
        viaLoopback.connect(new InetSocketAddress("127.0.0.1", server.port()), 1000);
      }
      Optional<InetAddress> external = nonLoopbackAddress();
      assumeTrue(external.isPresent(), "this machine has no non-loopback IPv4 address to try");
      assertThatThrownBy(
              () -> {
                try (Socket viaNetwork = new Socket()) {
                  viaNetwork.connect(new InetSocketAddress(external.get(), server.port()), 1000);
                }
              })
          .isInstanceOf(ConnectException.class);
    }
  }

  @Test
  void servesAWorkflowClient() throws Exception {
    try (EmbeddedTemporalServer server = EmbeddedTemporalServer.start(0)) {
      WorkflowServiceStubs stubs =
          WorkflowServiceStubs.newConnectedServiceStubs(
              WorkflowServiceStubsOptions.newBuilder().setTarget(server.target()).build(),
              Duration.ofSeconds(10));
      try {
        WorkflowClient client = WorkflowClient.newInstance(stubs);
        WorkflowStub started =
            client.newUntypedWorkflowStub(
                "AnyType",
                WorkflowOptions.newBuilder()
                    .setWorkflowId("probe")
                    .setTaskQueue("nobody-polls")
                    .build());
        started.start();
        assertThat(client.newUntypedWorkflowStub("probe").describe().getStatus())
            .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING);
      } finally {
        stubs.shutdownNow();
      }
    }
  }

  @Test
  void refusesAPortInUseWithAClearMessage() throws Exception {
    try (EmbeddedTemporalServer first = EmbeddedTemporalServer.start(0)) {
      assertThatThrownBy(() -> EmbeddedTemporalServer.start(first.port()))
          .hasMessageContaining("cannot listen on 127.0.0.1:" + first.port());
    }
  }

  private static Optional<InetAddress> nonLoopbackAddress() throws SocketException {
    return NetworkInterface.networkInterfaces()
        .filter(EmbeddedTemporalServerTest::isUp)
        .flatMap(NetworkInterface::inetAddresses)
        .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
        .findFirst();
  }

  private static boolean isUp(NetworkInterface networkInterface) {
    try {
      return networkInterface.isUp() && !networkInterface.isLoopback();
    } catch (SocketException e) {
      return false;
    }
  }
}
