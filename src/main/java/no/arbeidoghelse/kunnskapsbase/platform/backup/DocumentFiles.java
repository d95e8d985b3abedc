package no.arbeidoghelse.kunnskapsbase.platform.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The document store's files in a backup, as they are (the store's layout is its own), with a
 * SHA-256 of each in {@code documents.sha256} (the format of {@code sha256sum}, so it can be
 * checked by hand). Files being written ({@code tmp/}) are left out.
 */
final class DocumentFiles {

  static final String CHECKSUMS = "documents.sha256";
  private static final String WRITING = "tmp";

  private DocumentFiles() {}

  record Copied(long files, long bytes) {}

  /** Copies {@code store} to {@code target}; the checksum list goes beside {@code target}. */
  static Copied copy(Path store, Path target) throws IOException {
    Files.createDirectories(target);
    long files = 0;
    long bytes = 0;
    var lines = new StringBuilder();
    for (Path file : files(store)) {
      String relative = store.relativize(file).toString().replace('\\', '/');
      Path copy = target.resolve(relative);
      Files.createDirectories(copy.getParent());
      String sha256;
      try (var in = digesting(Files.newInputStream(file))) {
        bytes += Files.copy(in, copy);
        sha256 = hex(in);
      } catch (java.nio.file.NoSuchFileException gone) {
        continue; // removed while copying and more than an hour old: no table names it
      }
      lines.append(sha256).append("  ").append(relative).append('\n');
      files++;
    }
    Files.writeString(target.resolveSibling(CHECKSUMS), lines, StandardCharsets.UTF_8);
    return new Copied(files, bytes);
  }

  /**
   * Copies a backup's files into {@code store}, each checked against its checksum. A file already
   * in the store must be the backup's own (a restore tried again); any other is refused before
   * anything is copied.
   */
  static Copied restore(Path backup, Path store) throws IOException {
    Map<String, String> expected = checksums(backup.resolveSibling(CHECKSUMS));
    for (Path present : Files.isDirectory(store) ? files(store) : List.<Path>of()) {
      String relative = store.relativize(present).toString().replace('\\', '/');
      if (!sha256(present).equals(expected.get(relative))) {
        throw new IllegalStateException(
            "The document store "
                + store
                + " is not empty ("
                + relative
                + " is not from the backup); restore only into an empty store");
      }
    }
    long bytes = 0;
    for (var entry : expected.entrySet()) {
      Path source = backup.resolve(entry.getKey()).normalize();
      if (!source.startsWith(backup) || !sha256(source).equals(entry.getValue())) {
        throw new IllegalStateException(
            "The backup's file " + entry.getKey() + " is damaged: its checksum differs");
      }
      Path copy = store.resolve(entry.getKey());
      bytes += Files.size(source);
      if (!Files.exists(copy)) {
        Files.createDirectories(copy.getParent());
        Path partial = copy.resolveSibling(copy.getFileName() + ".restoring");
        Files.copy(source, partial, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, copy, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
    }
    return new Copied(expected.size(), bytes);
  }

  static void deleteTree(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(Path store) throws IOException {
    if (!Files.isDirectory(store)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(store)) {
      return all.filter(Files::isRegularFile)
          .filter(file -> !store.relativize(file).startsWith(WRITING))
          .sorted()
          .toList();
    }
  }

  private static Map<String, String> checksums(Path list) throws IOException {
    var checksums = new LinkedHashMap<String, String>();
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        int gap = line.indexOf("  ");
        checksums.put(line.substring(gap + 2), line.substring(0, gap));
      }
    }
    return checksums;
  }

  private static String sha256(Path file) throws IOException {
    try (var in = digesting(Files.newInputStream(file))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return hex(in);
    }
  }

  private static DigestInputStream digesting(InputStream in) {
    try {
      return new DigestInputStream(in, MessageDigest.getInstance("SHA-256"));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String hex(DigestInputStream in) {
    return HexFormat.of().formatHex(in.getMessageDigest().digest());
  }
}
