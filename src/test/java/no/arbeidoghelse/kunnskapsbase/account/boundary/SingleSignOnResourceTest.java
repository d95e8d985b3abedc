package no.arbeidoghelse.kunnskapsbase.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SingleSignOnResourceTest {

  @Test
  void onlyPathsOnThisSiteAreReturnedTo() {
    assertEquals("/mine-poster?x=1", SingleSignOnResource.safeReturn("/mine-poster?x=1"));
    assertEquals("/", SingleSignOnResource.safeReturn(null));
    assertEquals("/", SingleSignOnResource.safeReturn("https://evil.example/"));
    assertEquals("/", SingleSignOnResource.safeReturn("//evil.example/"));
    assertEquals("/", SingleSignOnResource.safeReturn("/\\evil.example/"));
    assertEquals("/", SingleSignOnResource.safeReturn("/ok\r\nSet-Cookie: x"));
  }
}
