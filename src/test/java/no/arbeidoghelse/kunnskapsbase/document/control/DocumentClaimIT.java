package no.arbeidoghelse.kunnskapsbase.document.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import no.arbeidoghelse.kunnskapsbase.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Instances sharing a database extract a pending document once: whoever claims it first, until its
 * claim runs out; a finished document is claimed by nobody.
 */
class DocumentClaimIT {

  @ParameterizedTest(name = "{0}")
  @MethodSource("no.arbeidoghelse.kunnskapsbase.testing.TestDatabase#both")
  void onlyOneInstanceClaimsAPendingDocument(
      String name, java.util.function.Supplier<TestDatabase> opened) throws SQLException {
    try (var database = opened.get()) {
      database.migrated();
      try (var c = database.dataSource().getConnection();
          var s = c.createStatement()) {
        s.executeUpdate(
            "INSERT INTO item (id, item_type, title, language, state, owner, created_at,"
                + " updated_at, version) VALUES ('11111111-1111-1111-1111-111111111111',"
                + " 'project', 'T', 'nb', 'published', 'eva', CURRENT_TIMESTAMP,"
                + " CURRENT_TIMESTAMP, 1)");
        for (String[] document : new String[][] {{"d1", "pending"}, {"d2", "extracted"}}) {
          s.executeUpdate(
              "INSERT INTO document (id, item_id, filename, media_type, size_bytes, sha256,"
                  + " status, text_truncated, owner, created_at, updated_at, version) VALUES ('"
                  + document[0]
                  + "', '11111111-1111-1111-1111-111111111111', 'f.pdf', 'application/pdf', 1, '"
                  + document[0].substring(1).repeat(64)
                  + "', '"
                  + document[1]
                  + "', FALSE, 'eva', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)");
        }
      }
      var records = new DocumentRecords();
      var em = database.entityManagerFactory().createEntityManager();
      records.em = em;
      BooleanSupplier[] claims = {
        () -> records.claim("d1", "one", Instant.now().plusSeconds(60)),
        () -> records.claim("d1", "two", Instant.now().plusSeconds(60)),
        () -> records.claim("d1", "one", Instant.now().minusSeconds(1)),
        () -> records.claim("d1", "two", Instant.now().plusSeconds(60)),
        () -> records.claim("d2", "one", Instant.now().plusSeconds(60))
      };
      boolean[] answers = new boolean[claims.length];
      for (int i = 0; i < claims.length; i++) {
        em.getTransaction().begin();
        answers[i] = claims[i].getAsBoolean();
        em.getTransaction().commit();
      }
      em.close();
      assertTrue(answers[0], "the first claims it");
      assertFalse(answers[1], "another instance does not while the claim runs");
      assertTrue(answers[2], "the claimer renews its own claim (here: one that has run out)");
      assertTrue(answers[3], "a claim that ran out is taken over");
      assertFalse(answers[4], "an extracted document is claimed by nobody");
    }
  }
}
