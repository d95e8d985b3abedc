package no.arbeidoghelse.kunnskapsbase.document.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ThreadFactory;

/**
 * Keeps the last lines a worker wrote to stderr. Parsers print a lot there, so it is neither logged
 * nor allowed to fill a pipe; only when a worker fails does its tail explain why.
 */
final class ErrorTail {

  private static final int LINES = 15;

  private final Deque<String> lines = new ArrayDeque<>();
  private Thread reader;

  /** Reads {@code stderr} on a thread of {@code threads} until the worker closes it. */
  void follow(InputStream stderr, ThreadFactory threads, String threadName) {
    reader =
        threads.newThread(
            () -> {
              try (var in =
                  new BufferedReader(new InputStreamReader(stderr, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                  add(line);
                }
              } catch (IOException e) {
                // the worker ended; what was read is kept
              }
            });
    reader.setName(threadName);
    reader.start();
  }

  synchronized void add(String line) {
    if (lines.size() == LINES) {
      lines.removeFirst();
    }
    lines.addLast(line.length() > 500 ? line.substring(0, 500) + "…" : line);
  }

  /**
   * The tail as a suffix for a log message; empty when the worker printed nothing. Waits a moment
   * for a dying worker's last words.
   */
  String describe() {
    if (reader != null) {
      try {
        reader.join(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    synchronized (this) {
      return lines.isEmpty() ? "" : "; its last output:\n  " + String.join("\n  ", lines);
    }
  }
}
