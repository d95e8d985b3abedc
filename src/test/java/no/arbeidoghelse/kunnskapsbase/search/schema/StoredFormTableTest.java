package no.arbeidoghelse.kunnskapsbase.search.schema;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRefBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A form table built once is read back from its file on the next start, and a damaged file is built
 * again.
 */
class StoredFormTableTest {

  @TempDir Path directory;

  @AfterEach
  void forget() {
    WrittenStandardsFilterFactory.keepTablesIn(null);
  }

  @Test
  void theNextStartReadsTheTableBack() throws IOException {
    WrittenStandardsFilterFactory.keepTablesIn(directory);
    var built =
        WrittenStandardsFilterFactory.stored("t1", WrittenStandardsFilterFactoryTables::sample);
    assertEquals(1, Files.list(directory).count());

    var read =
        WrittenStandardsFilterFactory.stored(
            "t1",
            () -> {
              throw new AssertionError("built again although kept");
            });
    var scratch = new BytesRefBuilder();
    assertEquals(built.size(), read.size());
    assertArrayEquals(new String[] {"sykdom"}, read.get("sjukdom", scratch));
    assertArrayEquals(new String[] {"tjeneste", "teneste"}, read.get("tenesta", scratch));
    assertNull(read.get("arbeid", scratch));
  }

  @Test
  void aDamagedFileIsBuiltAgain() throws IOException {
    WrittenStandardsFilterFactory.keepTablesIn(directory);
    Files.writeString(directory.resolve("forms-t2.fst"), "not a table");
    var table =
        WrittenStandardsFilterFactory.stored("t2", WrittenStandardsFilterFactoryTables::sample);
    assertArrayEquals(new String[] {"sykdom"}, table.get("sjukdom", new BytesRefBuilder()));
    var again =
        WrittenStandardsFilterFactory.stored(
            "t2",
            () -> {
              throw new AssertionError("the repaired file was not kept");
            });
    assertEquals(table.size(), again.size());
  }

  /** A small table of the kind the factory builds. */
  static final class WrittenStandardsFilterFactoryTables {
    static WrittenStandardsFilterFactory.FormTable sample() {
      try {
        return WrittenStandardsFilterFactory.FormTable.of(
            Map.of("sjukdom", List.of("sykdom"), "tenesta", List.of("tjeneste", "teneste")));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }
}
