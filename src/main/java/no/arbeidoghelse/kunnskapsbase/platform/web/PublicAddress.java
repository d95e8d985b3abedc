package no.arbeidoghelse.kunnskapsbase.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;

/**
 * The address the service writes into links (canonical addresses, the sitemap, JSON-LD, {@code
 * Location}): {@code KB_PUBLIC_URL} when set; otherwise the request's own address, but only for a
 * host in {@code KB_ALLOWED_HOSTS}. The {@code Host} header is the client's to choose: taken as it
 * came, a forged one would put another site's address into the pages and answers that caches and
 * crawlers keep.
 */
public final class PublicAddress {

  private static final Logger LOG = Logger.getLogger(PublicAddress.class.getName());
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  private PublicAddress() {}

  /** Scheme, host, port and any path prefix, without a trailing slash. */
  public static String origin(HttpServletRequest request) {
    var configured = Settings.publicUrl();
    if (configured.isPresent()) {
      return configured.get();
    }
    String host = request.getServerName().toLowerCase(Locale.ROOT);
    if (Settings.allowedHosts().contains(host)) {
      return origin(request.getScheme(), host, request.getServerPort());
    }
    if (WARNED.size() < 100 && WARNED.add(host)) {
      LOG.warning(
          () ->
              "A request named the host '"
                  + host
                  + "', which is not in KB_ALLOWED_HOSTS; links point to localhost. Set"
                  + " KB_PUBLIC_URL to the address users reach the service at.");
    }
    return origin(request.getScheme(), "localhost", request.getLocalPort());
  }

  private static String origin(String scheme, String host, int port) {
    boolean defaultPort = port == ("https".equals(scheme) ? 443 : 80);
    String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return scheme + "://" + bracketed + (defaultPort || port <= 0 ? "" : ":" + port);
  }

  /** Whether the browser reached us over TLS (directly, through a proxy, or by configuration). */
  public static boolean overTls(HttpServletRequest request) {
    return request.isSecure()
        || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))
        || Settings.publicUrl().map(url -> url.startsWith("https://")).orElse(false);
  }
}
