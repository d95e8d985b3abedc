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
    // control characters cannot split the header: they are percent-encoded
    assertEquals(
        "/ok%0D%0ASet-Cookie:%20x", SingleSignOnResource.safeReturn("/ok\r\nSet-Cookie: x"));
    // characters beyond ASCII are encoded, so none can lose its high byte and become a '/'
    // (U+012F written as a Latin-1 byte is 0x2F)
    assertEquals("/%C4%AF%C4%AFevil.com", SingleSignOnResource.safeReturn("/\u012f\u012fevil.com"));
    assertEquals("/s%C3%B8k?q=%C3%A6", SingleSignOnResource.safeReturn("/søk?q=æ"));
    assertEquals("/%5Cevil.example", SingleSignOnResource.safeReturn("/%5Cevil.example"));
  }
}
