package no.arbeidoghelse.kunnskapsbase.platform.web;

/**
 * The value of a {@code Server-Timing} header ({@code name;dur=12.34}, milliseconds), which the
 * benchmarks read. Written without {@code String.format}, which cost more than some searches.
 */
public final class ServerTiming {

  private ServerTiming() {}

  /** The metric {@code name} with the time since {@code beginNanos} ({@link System#nanoTime()}). */
  public static String since(String name, long beginNanos) {
    return of(name, System.nanoTime() - beginNanos);
  }

  /** The metric {@code name} with a duration of {@code nanos}. */
  static String of(String name, long nanos) {
    long hundredths = Math.max(0, nanos / 10_000);
    long fraction = hundredths % 100;
    return name + ";dur=" + hundredths / 100 + (fraction < 10 ? ".0" : ".") + fraction;
  }
}
