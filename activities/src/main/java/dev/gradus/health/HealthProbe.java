package dev.gradus.health;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container images' health check, for the worker's and the API's: exits 0 when the
 * application's health endpoint on this machine answers 200, 1 otherwise. It runs on the image's
 * own JRE ({@code java -cp '/deployments/lib/main/*' dev.gradus.health.HealthProbe}), because JRE
 * base images often lack curl and wget; it lives in the activities module, which both applications
 * ship.
 *
 * <p>Arguments: the path (e.g. {@code /q/health/live}), the default port, then the environment
 * variables that override the port, first set wins, as the application's configuration reads them.
 */
public final class HealthProbe {

  private HealthProbe() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length < 2) {
      System.err.println("usage: HealthProbe PATH DEFAULT_PORT [PORT_VARIABLE...]");
      System.exit(2);
    }
    String port = args[1];
    for (int i = args.length - 1; i >= 2; i--) {
      String value = System.getenv(args[i]);
      if (value != null && !value.isBlank()) {
        port = value.trim();
      }
    }
    URI uri = URI.create("http://127.0.0.1:" + port + args[0]);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      System.out.println(uri + " " + response.statusCode() + " " + response.body());
      System.exit(response.statusCode() == 200 ? 0 : 1);
    } catch (IOException e) {
      System.out.println(uri + " unreachable: " + e);
      System.exit(1);
    }
  }
}
