package no.arbeidoghelse.kunnskapsbase.document.extraction;

import java.time.Duration;

/**
 * How far extraction may go for one file: characters of text kept, wall-clock time, how many levels
 * of embedded files are read (0: none) and how many embedded files in all, and the worker JVM's
 * heap. Time and memory are enforced from outside the worker (it is killed), the others inside it.
 */
public record ExtractionLimits(
    int maxCharacters, Duration timeout, int maxDepth, int maxEmbedded, int heapMegabytes) {

  public static final ExtractionLimits DEFAULT =
      new ExtractionLimits(5_000_000, Duration.ofSeconds(120), 5, 1000, 512);

  /** The worker's command-line arguments carrying the limits it enforces itself. */
  String[] workerArguments() {
    return new String[] {
      Integer.toString(maxCharacters), Integer.toString(maxDepth), Integer.toString(maxEmbedded)
    };
  }

  static ExtractionLimits fromWorkerArguments(String[] args) {
    return new ExtractionLimits(
        Integer.parseInt(args[0]),
        DEFAULT.timeout(),
        Integer.parseInt(args[1]),
        Integer.parseInt(args[2]),
        DEFAULT.heapMegabytes());
  }
}
