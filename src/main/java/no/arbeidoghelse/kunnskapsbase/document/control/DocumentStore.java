package no.arbeidoghelse.kunnskapsbase.document.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Stream;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;

/**
 * The stored files under {@code <data dir>/documents}: originals by SHA-256 in {@code blobs/}
 * (written to {@code tmp/}, forced to disk, then renamed into place, so a crash leaves either the
 * whole file or nothing but a temp file), extracted texts in {@code text/}. The client's file name
 * is never part of a path.
 */
public class DocumentStore {

  private static final Logger LOG = Logger.getLogger(DocumentStore.class.getName());

  private final Path blobs;
  private final Path texts;
  private final Path tmp;

  /** A file received but not yet stored: where it is, its checksum and size. */
  public record StagedFile(Path path, String sha256, long size) {}

  /**
   * The store in {@code root} ({@code blobs/}, {@code text/}, {@code tmp/}), created if missing.
   */
  public DocumentStore(Path root) {
    this.blobs = root.resolve("blobs");
    this.texts = root.resolve("text");
    this.tmp = root.resolve("tmp");
    try {
      Files.createDirectories(blobs);
      Files.createDirectories(texts);
      Files.createDirectories(tmp);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the document store in " + root, e);
    }
  }

  /**
   * Copies an upload to a temp file, hashing as it goes. More than {@code maxBytes} is refused with
   * 413 as soon as the limit is passed; nothing is held in memory.
   */
  public StagedFile receive(InputStream in, long maxBytes) {
    Path file = tmp.resolve(UUID.randomUUID() + ".upload");
    MessageDigest digest = sha256();
    long size = 0;
    try (var hashing = new DigestInputStream(in, digest);
        OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = hashing.read(buffer); n >= 0; n = hashing.read(buffer)) {
        size += n;
        if (size > maxBytes) {
          throw DomainException.tooLarge(
              "The file is larger than the allowed " + maxBytes + " bytes.");
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException e) {
      deleteQuietly(file);
      throw DomainException.invalid("The upload was interrupted: " + e.getMessage());
    } catch (RuntimeException e) {
      deleteQuietly(file);
      throw e;
    }
    return new StagedFile(file, HexFormat.of().formatHex(digest.digest()), size);
  }

  /** Moves a staged file to its place by checksum (a file with the same bytes may be there). */
  public void store(StagedFile staged) {
    Path target = blob(staged.sha256());
    try {
      if (Files.exists(target)) {
        discard(staged);
        return;
      }
      force(staged.path());
      Files.createDirectories(target.getParent());
      moveAtomically(staged.path(), target);
      force(target.getParent());
    } catch (FileAlreadyExistsException e) {
      discard(staged);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store an upload", e);
    }
  }

  public void discard(StagedFile staged) {
    deleteQuietly(staged.path());
  }

  public Path blob(String sha256) {
    return blobs.resolve(sha256.substring(0, 2)).resolve(sha256);
  }

  /** True when the stored bytes still have the checksum they were stored under. */
  /** Whether the stored file of these bytes is there at all (a shared volume may be missing). */
  public boolean has(String sha256) {
    return Files.isRegularFile(blob(sha256));
  }

  public boolean verify(String sha256) {
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(blob(sha256)), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      return false;
    }
    return HexFormat.of().formatHex(digest.digest()).equals(sha256);
  }

  public Path text(String documentId) {
    return texts.resolve(documentId + ".txt");
  }

  /** Where extraction writes, before {@link #publishText} puts the text in place. */
  public Path textInProgress(String documentId) {
    return tmp.resolve(documentId + ".txt");
  }

  public void publishText(String documentId) {
    try {
      Path written = textInProgress(documentId);
      force(written);
      moveAtomically(written, text(documentId));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot store the text of document " + documentId, e);
    }
  }

  /**
   * A removed document's files are left to {@link #removeOrphans}, which removes them an hour
   * later: a backup under way still finds every file its database copy names, and an upload of the
   * same bytes on another instance meanwhile keeps its original.
   */
  public void retire(String documentId, String sha256) {
    var now = java.nio.file.attribute.FileTime.from(java.time.Instant.now());
    for (Path file : List.of(text(documentId), blob(sha256))) {
      try {
        Files.setLastModifiedTime(file, now);
      } catch (IOException e) {
        // not there (no text was extracted): nothing to remove later
      }
    }
  }

  /**
   * Removes temp files, originals no document refers to and texts of documents that do not exist,
   * of those last written (or retired) before {@code before}: what removed documents and crashes
   * left. As other instances may share the store, a file written lately may belong to their upload
   * or extraction under way, so only older files count as left behind.
   */
  public int removeOrphans(
      Set<String> referencedChecksums, Set<String> documentIds, java.time.Instant before) {
    int removed = 0;
    removed += deleteWhere(tmp, before, file -> true);
    removed +=
        deleteWhere(
            blobs, before, file -> !referencedChecksums.contains(file.getFileName().toString()));
    removed +=
        deleteWhere(
            texts,
            before,
            file -> !documentIds.contains(file.getFileName().toString().replace(".txt", "")));
    return removed;
  }

  private static int deleteWhere(
      Path folder, java.time.Instant before, java.util.function.Predicate<Path> orphan) {
    try (Stream<Path> files = Files.walk(folder)) {
      var doomed =
          files
              .filter(Files::isRegularFile)
              .filter(orphan)
              .filter(file -> writtenBefore(file, before))
              .toList();
      doomed.forEach(DocumentStore::deleteQuietly);
      return doomed.size();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean writtenBefore(Path file, java.time.Instant before) {
    try {
      return Files.getLastModifiedTime(file).toInstant().isBefore(before);
    } catch (IOException e) {
      return false; // gone meanwhile, or unreadable: not ours to remove
    }
  }

  private static void moveAtomically(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  /** Forces a file's (or folder's) content to disk before it is renamed into view. */
  private static void force(Path path) throws IOException {
    try (FileChannel channel =
        FileChannel.open(
            path, Files.isDirectory(path) ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
      channel.force(true);
    } catch (IOException e) {
      if (!Files.isDirectory(path)) {
        throw e;
      }
      LOG.fine(() -> "Cannot force folder " + path + " to disk on this platform");
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      LOG.warning(() -> "Cannot delete " + path + ": " + e.getMessage());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
