package no.arbeidoghelse.kunnskapsbase.account.control;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords that passed the PBKDF2 check recently, so that a client sending HTTP Basic on every
 * request pays for the slow hash once per {@link #TTL} instead of on every call. Only a salted
 * digest of (stored hash, password) is kept, in memory; a changed stored hash (new password) never
 * matches an old entry.
 */
final class VerifiedPasswords {

  static final Duration TTL = Duration.ofMinutes(10);
  private static final int MAX_ENTRIES = 10_000;

  private final byte[] salt = new byte[32];
  private final Map<String, Instant> verified = new ConcurrentHashMap<>();
  private final Clock clock;

  VerifiedPasswords() {
    this(Clock.systemUTC());
  }

  VerifiedPasswords(Clock clock) {
    this.clock = clock;
    new SecureRandom().nextBytes(salt);
  }

  boolean remembers(String storedHash, char[] password) {
    Instant expiry = verified.get(key(storedHash, password));
    return expiry != null && expiry.isAfter(clock.instant());
  }

  void remember(String storedHash, char[] password) {
    if (verified.size() >= MAX_ENTRIES) {
      verified.clear();
    }
    verified.put(key(storedHash, password), clock.instant().plus(TTL));
  }

  private String key(String storedHash, char[] password) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      digest.update(salt);
      digest.update(storedHash.getBytes(StandardCharsets.UTF_8));
      ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
      digest.update(bytes);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
