package no.arbeidoghelse.kunnskapsbase.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SingleSignOnTest {

  @Test
  void usernamesFollowTheAccountRules() {
    assertEquals("ola.nordmann", SingleSignOn.username("Ola.Nordmann", "s"));
    assertEquals("ola-example.no", SingleSignOn.username("ola@example.no", "s"));
    assertEquals("kari-nordmann", SingleSignOn.username("_Kari Nordmann", "s"));
    assertTrue(SingleSignOn.username(null, "subject-1").startsWith("sso-"));
    assertTrue(SingleSignOn.username("æø", "subject-1").startsWith("sso-"));
    assertEquals(64, SingleSignOn.username("a".repeat(100), "s").length());
    assertEquals(
        SingleSignOn.username(null, "subject-1"),
        SingleSignOn.username(null, "subject-1"),
        "the same person gets the same name every time");
  }

  @Test
  void rolesComeFromTheClaimAndDefaultToResearcher() {
    assertEquals(Set.of("editor"), SingleSignOn.roles(List.of("Editor", "superhero")));
    assertEquals(Set.of("admin", "editor"), SingleSignOn.roles("admin editor"));
    assertEquals(Set.of("researcher"), SingleSignOn.roles(null));
    assertEquals(Set.of("researcher"), SingleSignOn.roles(42));
  }

  @Test
  void identityFromClaims() {
    var identity =
        SingleSignOn.identity(
            new JWTClaimsSet.Builder()
                .subject("abc")
                .claim("preferred_username", "kari")
                .claim("name", "Kari Nordmann")
                .claim("email", "not-an-address")
                .claim("roles", List.of("editor"))
                .build());
    assertEquals("kari", identity.username());
    assertEquals("Kari Nordmann", identity.displayName());
    assertEquals(null, identity.email());
    assertEquals(Set.of("editor"), identity.roles());
  }
}
