package dev.gradus.cli;

import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.temporal.internal.testservice.GRPCServerHelper;
import io.temporal.internal.testservice.TestServicesStarter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Temporal's Java test server as a real gRPC server on 127.0.0.1 only. The stock {@code
 * TestServer.createPortBoundServer} listens on every interface, which would expose an
 * unauthenticated Temporal to the network, so the gRPC server is built here with the same services
 * and health checks but bound to the loopback address. State lives in memory only.
 */
@Command(
    name = "gradus server",
    mixinStandardHelpOptions = true,
    version = "gradus server 0.1.0 (Temporal Java test server 1.38.0)",
    description = "Runs the embedded Temporal test server on 127.0.0.1 (state in memory only).")
public final class EmbeddedTemporalServer implements Callable<Integer>, AutoCloseable {

  public static final String LOOPBACK = "127.0.0.1";
  public static final int DEFAULT_PORT = 7233;

  /** The first words of the line printed once the server accepts connections. */
  public static final String READY_PREFIX = "Temporal test server ready on ";

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "7233",
      description = "Port on 127.0.0.1 (0 picks a free one).")
  private int port;

  @Option(
      names = "--stop-with-pid",
      paramLabel = "PID",
      description =
          "Stop when the process with this id exits (used by the CLI for its own server).")
  private Long stopWithPid;

  private TestServicesStarter services;
  private Server grpcServer;

  /** Starts a server on 127.0.0.1:{@code port}; port 0 picks a free port. */
  public static EmbeddedTemporalServer start(int port) throws IOException {
    EmbeddedTemporalServer server = new EmbeddedTemporalServer();
    server.listen(port);
    return server;
  }

  private void listen(int requestedPort) throws IOException {
    // true locks time skipping: timers fire on wall-clock time, as on a real Temporal server.
    services = new TestServicesStarter(true, 0);
    NettyServerBuilder builder =
        NettyServerBuilder.forAddress(
            new InetSocketAddress(LOOPBACK, requestedPort), InsecureServerCredentials.create());
    GRPCServerHelper.registerServicesAndHealthChecks(services.getServices(), builder);
    try {
      grpcServer = builder.build().start();
    } catch (IOException e) {
      services.close();
      throw new IOException(
          "cannot listen on " + LOOPBACK + ":" + requestedPort + ": " + e.getMessage(), e);
    }
  }

  /** The address the server actually listens on, as Netty reports it. */
  public InetSocketAddress address() {
    return (InetSocketAddress) grpcServer.getListenSockets().get(0);
  }

  public int port() {
    return address().getPort();
  }

  public String target() {
    return LOOPBACK + ":" + port();
  }

  /**
   * Stops at once, cancelling calls in flight (workers' long polls would otherwise hold a graceful
   * shutdown for their full minute): the state is in memory and lost either way.
   */
  @Override
  public void close() {
    grpcServer.shutdownNow();
    try {
      grpcServer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    services.close();
  }

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    listen(port);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  close();
                  System.out.println("Temporal test server stopped");
                }));
    if (stopWithPid != null) {
      // System.exit runs the shutdown hook above, which closes the server.
      ProcessHandle.of(stopWithPid)
          .ifPresentOrElse(
              parent -> parent.onExit().thenRun(() -> System.exit(0)), () -> System.exit(0));
    }
    System.out.printf(
        "%s%s (in memory; started in %d ms)%n",
        READY_PREFIX, target(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    System.out.flush();
    grpcServer.awaitTermination();
    return 0;
  }

  public static void main(String[] args) {
    QuietLogging.apply();
    int exit =
        new CommandLine(new EmbeddedTemporalServer())
            .setExecutionExceptionHandler(
                (e, cmd, parsed) -> {
                  cmd.getErr().println("gradus server: " + e.getMessage());
                  return 1;
                })
            .execute(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }
}
