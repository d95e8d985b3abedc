package no.arbeidoghelse.kunnskapsbase.platform.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The files of {@code index-config/} (taxonomy, analyzers, synonyms, facets): by default the copy
 * packed into the application; with {@code kb.index-config.dir} a directory on disk, so that search
 * can be tuned without building the application again.
 */
public final class IndexConfigFiles {

  private final Optional<Path> directory;

  public IndexConfigFiles(Optional<Path> directory) {
    this.directory = directory;
  }

  public static IndexConfigFiles configured() {
    return new IndexConfigFiles(Settings.indexConfigDir());
  }

  /** Where the files come from, for messages. */
  public String location(String name) {
    return directory.map(d -> d.resolve(name).toString()).orElse("index-config/" + name);
  }

  /** The file's content; an {@link IOException} names the file when it is missing. */
  public InputStream open(String name) throws IOException {
    if (name.contains("..") || name.startsWith("/")) {
      throw new IOException(name + ": only files inside index-config/ can be named");
    }
    if (directory.isPresent()) {
      return Files.newInputStream(directory.get().resolve(name));
    }
    InputStream in =
        IndexConfigFiles.class.getClassLoader().getResourceAsStream("index-config/" + name);
    if (in == null) {
      throw new NoSuchFileException(location(name));
    }
    return in;
  }

  public byte[] read(String name) {
    try (InputStream in = open(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + location(name) + ": " + e.getMessage(), e);
    }
  }

  /** A hash of the named files' contents: it changes whenever one of them changes. */
  public String fingerprint(List<String> names) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String name : names) {
        digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        digest.update(read(name));
      }
      return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
