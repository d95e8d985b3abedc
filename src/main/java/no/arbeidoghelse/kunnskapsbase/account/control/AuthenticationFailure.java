package no.arbeidoghelse.kunnskapsbase.account.control;

/**
 * Why a request's credentials were refused. The authentication mechanism runs before JAX-RS, where
 * only a bare servlet error page could be sent; it leaves this on the request and the API answers
 * it as a problem document.
 *
 * @param retryAfterSeconds for 429 (too many failed sign-ins), when to try again; otherwise 0
 */
public record AuthenticationFailure(int status, String detail, long retryAfterSeconds) {

  public static final String ATTRIBUTE = "kb.authentication.failure";

  public static AuthenticationFailure unauthorized(String detail) {
    return new AuthenticationFailure(401, detail, 0);
  }
}
