package no.arbeidoghelse.kunnskapsbase.platform.startup;

/**
 * The start-up sequence, in order; it runs after the schema migrations, and each feature's {@link
 * StartupTask} says which step it is.
 */
public enum StartupPhase {
  /** The configured administrator account, so someone can sign in whatever comes next. */
  ACCOUNTS,
  /**
   * The search index opens, or is rebuilt, and catches up with the database; from here on every
   * committed change is indexed, including the sample records that follow.
   */
  SEARCH_INDEX,
  /** Searches take up the editors' vocabulary, and follow its changes from here on. */
  SEARCH_VOCABULARY,
  /**
   * Sample records when configured, through the same operations (and rules) as the API; after the
   * server is ready, in the background (see {@link StartupTask#afterReady()}).
   */
  SAMPLE_RECORDS,
  /**
   * Personal data of past events' sign-ups is deleted when its retention time is over (then hourly,
   * on one instance).
   */
  REGISTRATION_RETENTION,
  /** Documents a crash left pending are queued for extraction again; orphaned files go. */
  DOCUMENT_EXTRACTION,
  /**
   * Sample documents when configured, after the sample records: they need their records and the
   * extraction queue.
   */
  SAMPLE_DOCUMENTS
}
