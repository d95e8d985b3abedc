package no.arbeidoghelse.kunnskapsbase.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic authentication on every request that carries credentials; requests without them go on
 * anonymously (reading is open). Wrong credentials are not answered here, where only a bare servlet
 * error page could be sent: the request is marked and {@code AuthenticationFailures} answers with a
 * problem document.
 */
@ApplicationScoped
public class ApiAuthentication implements HttpAuthenticationMechanism {

  public static final String FAILURE_ATTRIBUTE = "kb.authentication.failure";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String header = request.getHeader("Authorization");
    if (header == null || header.isBlank()) {
      return context.doNothing();
    }
    if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
      request.setAttribute(FAILURE_ATTRIBUTE, "Only HTTP Basic authentication is supported.");
      return context.doNothing();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      decoded = "";
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      request.setAttribute(FAILURE_ATTRIBUTE, "The Basic credentials are malformed.");
      return context.doNothing();
    }
    var credential =
        new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      request.setAttribute(FAILURE_ATTRIBUTE, "Wrong username or password, or account disabled.");
      return context.doNothing();
    }
    return context.notifyContainerAboutLogin(result.getCallerPrincipal(), result.getCallerGroups());
  }
}
