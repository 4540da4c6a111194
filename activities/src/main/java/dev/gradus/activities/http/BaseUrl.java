package dev.gradus.activities.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The base URL of an HTTP provider: normalized, checked, and named without its secrets. */
public final class BaseUrl {

  private BaseUrl() {}

  /** The URL without surrounding blanks and trailing slashes, so that appending never yields //. */
  public static String normalize(String url) {
    String normalized = url == null ? "" : url.trim();
    while (normalized.endsWith("/")) {
      normalized = normalized.substring(0, normalized.length() - 1);
    }
    return normalized;
  }

  /**
   * Why the URL cannot be used, or empty when it is an http or https URL with a host.
   *
   * @param setting how the user sets it, e.g. {@code OPENAI_BASE_URL (gradus.openai.base-url)}
   * @param example a valid value to suggest
   */
  public static Optional<String> problem(String url, String setting, String example) {
    URI uri;
    try {
      uri = new URI(normalize(url));
    } catch (URISyntaxException e) {
      return Optional.of(setting + " is not a valid URL");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if ((!scheme.equals("http") && !scheme.equals("https")) || uri.getHost() == null) {
      return Optional.of(setting + " must be an http or https URL such as " + example);
    }
    return Optional.empty();
  }

  /** Whether the URL points at this host (case-insensitive); false for an invalid URL. */
  public static boolean isHost(String url, String host) {
    try {
      String actual = new URI(normalize(url)).getHost();
      return actual != null && actual.equalsIgnoreCase(host);
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /**
   * Host and port only: enough to name the server in an error or a log line, never the user info
   * (which may carry credentials) or the path.
   */
  public static String label(String url) {
    try {
      URI uri = new URI(normalize(url));
      return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    } catch (URISyntaxException e) {
      return "an invalid base URL";
    }
  }
}
