package dev.gradus.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Probing and picking TCP ports on 127.0.0.1. */
final class LoopbackPorts {

  private LoopbackPorts() {}

  static boolean isListening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(EmbeddedTemporalServer.LOOPBACK, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A port that was free a moment ago; a child process binds it right after. */
  static int freePort() {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(EmbeddedTemporalServer.LOOPBACK, 0));
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new CliFailure("cannot find a free port on 127.0.0.1: " + e.getMessage());
    }
  }

  /** Waits until {@code child} listens on {@code port}; fails early if the child exits. */
  static void awaitListening(int port, ChildProcess child, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!isListening(port)) {
      if (!child.isAlive()) {
        throw new CliFailure(
            child.label() + " exited before listening on port " + port + child.logHint());
      }
      if (System.nanoTime() > deadline) {
        throw new CliFailure(
            child.label()
                + " did not listen on port "
                + port
                + " within "
                + timeout.toSeconds()
                + " s"
                + child.logHint());
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CliFailure("interrupted while waiting for " + child.label());
      }
    }
  }
}
