package no.arbeidoghelse.kunnskapsbase.document.extraction;

/**
 * No extraction worker could be started (a broken installation, no memory for another JVM). The
 * document was not read, so it must stay waiting rather than be marked as failed.
 */
public final class WorkersUnavailableException extends Exception {

  public WorkersUnavailableException(String message) {
    super(message);
  }
}
