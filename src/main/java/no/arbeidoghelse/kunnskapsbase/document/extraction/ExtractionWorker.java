package no.arbeidoghelse.kunnskapsbase.document.extraction;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.FileTooLongException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserDecorator;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts text with Apache Tika. Runs as its own JVM ({@link #main}), started and watched by
 * {@link ExtractionWorkers}, so that a parser that hangs or exhausts memory takes down only this
 * process. Reads jobs on stdin, writes each file's text to its output file and answers one {@link
 * ExtractionOutcome} line per job on stdout; several files are read at once, on threads of their
 * own.
 *
 * <p>This class and Tika are the only code that ever loads Tika classes.
 */
public final class ExtractionWorker {

  static final String READY = "READY";

  /** Container formats whose nesting past the depth limit means a bomb, not a rich document. */
  private static final java.util.Set<String> ARCHIVES =
      java.util.Set.of(
          "application/zip",
          "application/gzip",
          "application/x-gzip",
          "application/x-compress",
          "application/x-tar",
          "application/x-7z-compressed",
          "application/x-bzip2",
          "application/x-xz",
          "application/x-lzma");

  private final ExtractionLimits limits;
  private final AutoDetectParser parser = new AutoDetectParser();
  private final LanguageDetector languages;

  ExtractionWorker(ExtractionLimits limits) throws IOException {
    this.limits = limits;
    this.languages =
        LanguageDetectorBuilder.create(NgramExtractors.standard())
            .withProfiles(new LanguageProfileReader().readAllBuiltIn())
            .build();
  }

  /**
   * Arguments: how many files to read at once, then the limits ({@link
   * ExtractionLimits#workerArguments}). Jobs arrive one a line ({@code id<TAB>input<TAB>output});
   * answers go out as {@code id<TAB>outcome}, in the order the files finish.
   */
  public static void main(String[] args) throws IOException {
    // Parsers sometimes print; only protocol lines may reach the server.
    PrintStream protocol =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.setOut(System.err);
    int threads = Integer.parseInt(args[0]);
    var worker =
        new ExtractionWorker(
            ExtractionLimits.fromWorkerArguments(Arrays.copyOfRange(args, 1, args.length)));
    // One JVM reads several files at once so that they share its compiled code: Tika is so much
    // code that a JVM of its own per thread spends more on compiling it than the thread gains.
    // This is the worker's own JVM, with no container to manage threads: plain JDK threads.
    var readers =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            Thread.ofPlatform().name("extraction-", 1).daemon().factory());
    protocol.println(READY);
    var jobs = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String job = jobs.readLine(); job != null; job = jobs.readLine()) {
      String[] fields = job.split("\t", 3);
      readers.execute(
          () -> protocol.println(fields[0] + "\t" + worker.answer(fields[1], fields[2]).encode()));
    }
    readers.shutdown();
  }

  /** {@link #extract}, and an outcome even when a parser throws what no file should cause. */
  private ExtractionOutcome answer(String input, String output) {
    try {
      return extract(Path.of(input), Path.of(output));
    } catch (RuntimeException | LinkageError e) {
      return ExtractionOutcome.failed("the file could not be read: " + rootCause(e));
    }
  }

  /** Extracts {@code input}'s text into {@code output}; never throws for a bad file. */
  ExtractionOutcome extract(Path input, Path output) {
    var metadata = new Metadata();
    var context = new ParseContext();
    var embedded = new DepthLimitedParser(parser, limits);
    context.set(Parser.class, embedded);
    String status = ExtractionOutcome.EXTRACTED;
    String detail = null;
    boolean truncated = false;
    try (InputStream in = TikaInputStream.get(input);
        Writer text = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      ContentHandler handler =
          new BodyContentHandler(new WriteOutContentHandler(text, limits.maxCharacters()));
      try {
        parser.parse(in, handler, metadata, context);
      } catch (SAXException | TikaException e) {
        if (!WriteLimitReachedException.isWriteLimitReached(e)) {
          throw e;
        }
        truncated = true;
        detail = "text cut at " + limits.maxCharacters() + " characters";
      }
    } catch (ZeroByteFileException e) {
      status = ExtractionOutcome.EMPTY;
      detail = "the file is empty";
    } catch (EncryptedDocumentException e) {
      status = ExtractionOutcome.ENCRYPTED;
      detail = "the file is protected by a password or encrypted, so its text cannot be read";
    } catch (TikaMemoryLimitException | FileTooLongException e) {
      status = ExtractionOutcome.TOO_LARGE;
      detail = "the file expands beyond what may be read: " + e.getMessage();
    } catch (Exception | StackOverflowError e) {
      String message = String.valueOf(e.getMessage());
      if (message.toLowerCase(Locale.ROOT).contains("zip bomb")) {
        status = ExtractionOutcome.TOO_LARGE;
        detail = "the file unpacks to far more than it contains (a compression bomb?)";
      } else if (hasCause(e, UnsupportedFormatException.class)
          || rootCause(e).contains("not supported")
          || rootCause(e).contains("isn't currently supported")) {
        status = ExtractionOutcome.UNSUPPORTED;
        detail = "this variant of the format cannot be read: " + rootCause(e);
      } else if (hasCause(e, EncryptedDocumentException.class)) {
        status = ExtractionOutcome.ENCRYPTED;
        detail = "the file is protected by a password or encrypted, so its text cannot be read";
      } else {
        status = ExtractionOutcome.FAILED;
        detail = "the file could not be read: " + rootCause(e);
      }
    }
    String mediaType = mediaType(metadata);
    long characters = characters(output);
    if (embedded.depthExceeded && ARCHIVES.contains(mediaType)) {
      status = ExtractionOutcome.TOO_LARGE;
      detail =
          "archives nested more than " + limits.maxDepth() + " levels deep (a compression bomb?)";
    } else if (embedded.depthExceeded || embedded.countExceeded) {
      detail =
          "embedded files beyond "
              + (embedded.depthExceeded
                  ? limits.maxDepth() + " levels"
                  : limits.maxEmbedded() + " files")
              + " were not read";
    }
    if (status.equals(ExtractionOutcome.EXTRACTED) && characters == 0) {
      boolean parsed = parsedBySomething(metadata);
      status = parsed ? ExtractionOutcome.EMPTY : ExtractionOutcome.UNSUPPORTED;
      detail =
          parsed
              ? (mediaType != null && mediaType.contains("pdf")
                  ? "the PDF has no text layer (a scanned document?)"
                  : "the file contains no text")
              : "files of type " + mediaType + " cannot be read for text";
    }
    if (!status.equals(ExtractionOutcome.EXTRACTED) && characters > 0) {
      // what a failed or cut-off read wrote is not the file's text: none is kept or served
      characters = 0;
      try {
        Files.deleteIfExists(output);
      } catch (IOException e) {
        detail = detail + " (the partial text could not be removed: " + e.getMessage() + ")";
      }
    }
    return new ExtractionOutcome(
        status,
        detail,
        mediaType,
        first(metadata, TikaCoreProperties.TITLE.getName()),
        first(metadata, TikaCoreProperties.CREATOR.getName()),
        first(metadata, TikaCoreProperties.CREATED.getName()),
        pageCount(metadata),
        characters > 0 ? language(output) : null,
        characters,
        truncated);
  }

  private static boolean parsedBySomething(Metadata metadata) {
    for (String parsedBy : metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY)) {
      if (!parsedBy.endsWith("EmptyParser") && !parsedBy.endsWith("AutoDetectParser")) {
        return true;
      }
    }
    return false;
  }

  private static String mediaType(Metadata metadata) {
    String type = metadata.get(Metadata.CONTENT_TYPE);
    return type == null ? "application/octet-stream" : type;
  }

  private static Integer pageCount(Metadata metadata) {
    for (String key : new String[] {PagedText.N_PAGES.getName(), Office.PAGE_COUNT.getName()}) {
      String value = metadata.get(key);
      if (value != null) {
        try {
          return Integer.valueOf(value.trim());
        } catch (NumberFormatException ignored) {
          // try the next property
        }
      }
    }
    return null;
  }

  private static String first(Metadata metadata, String key) {
    String value = metadata.get(key);
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static long characters(Path output) {
    try (Reader reader = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
      long count = 0;
      boolean anyText = false;
      char[] buffer = new char[8192];
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        count += n;
        for (int i = 0; i < n && !anyText; i++) {
          anyText = !Character.isWhitespace(buffer[i]);
        }
      }
      return anyText ? count : 0;
    } catch (IOException e) {
      return 0;
    }
  }

  /** Bokmål or English or ..., from the start of the text; Norwegian counts as Bokmål. */
  private String language(Path output) {
    try (Reader reader = Files.newBufferedReader(output, StandardCharsets.UTF_8)) {
      char[] sample = new char[20_000];
      int n = reader.read(sample);
      var text =
          CommonTextObjectFactories.forDetectingOnLargeText()
              .forText(new String(sample, 0, Math.max(n, 0)));
      // the detector does not promise to be thread-safe, and a detection takes a millisecond
      synchronized (languages) {
        return languages
            .detect(text)
            .transform(locale -> locale.getLanguage().equals("no") ? "nb" : locale.getLanguage())
            .orNull();
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return true;
      }
    }
    return false;
  }

  private static String rootCause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName()
        + (message == null ? "" : " (" + message.lines().findFirst().orElse("") + ")");
  }

  /** Parses embedded files (attachments, archive entries) down to a depth and up to a count. */
  private static final class DepthLimitedParser extends ParserDecorator {
    private final transient ExtractionLimits limits;
    private final transient ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final transient AtomicInteger embedded = new AtomicInteger();
    private boolean depthExceeded;
    private boolean countExceeded;

    DepthLimitedParser(Parser parser, ExtractionLimits limits) {
      super(parser);
      this.limits = limits;
    }

    @Override
    public void parse(
        InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
        throws IOException, SAXException, TikaException {
      if (depth.get() >= limits.maxDepth()) {
        depthExceeded = true;
        return;
      }
      if (embedded.incrementAndGet() > limits.maxEmbedded()) {
        countExceeded = true;
        return;
      }
      depth.set(depth.get() + 1);
      try {
        super.parse(stream, handler, metadata, context);
      } finally {
        depth.set(depth.get() - 1);
      }
    }
  }
}
