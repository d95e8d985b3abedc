package no.arbeidoghelse.kunnskapsbase.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;

/**
 * Where a request comes from, for the sign-in throttle: its peer, or behind a trusted load balancer
 * ({@code KB_TRUSTED_PROXIES}) the client the balancer names. Only the last address of {@code
 * X-Forwarded-For} counts, the one the balancer itself added; earlier ones the client may forge.
 */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(HttpServletRequest request) {
    return of(
        request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), Settings.trustedProxies());
  }

  static String of(String peer, String forwardedFor, Set<String> trusted) {
    if (forwardedFor == null
        || forwardedFor.isBlank()
        || !(trusted.contains("all") || trusted.contains(peer))) {
      return peer;
    }
    String[] hops = forwardedFor.split(",");
    String last = hops[hops.length - 1].strip();
    return last.isEmpty() ? peer : last;
  }
}
