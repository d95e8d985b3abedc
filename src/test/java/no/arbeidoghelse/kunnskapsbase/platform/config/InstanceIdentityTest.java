package no.arbeidoghelse.kunnskapsbase.platform.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceIdentityTest {

  @TempDir Path one;
  @TempDir Path other;

  @Test
  void anInstanceKeepsItsIdAcrossRestartsAndAnotherHasItsOwn() {
    String first = InstanceIdentity.read(one.resolve("instance-id"));
    assertEquals(36, first.length());
    assertEquals(first, InstanceIdentity.read(one.resolve("instance-id")));
    assertNotEquals(first, InstanceIdentity.read(other.resolve("instance-id")));
  }
}
