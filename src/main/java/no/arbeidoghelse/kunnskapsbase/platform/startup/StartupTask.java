package no.arbeidoghelse.kunnskapsbase.platform.startup;

/** Work done once at start-up, after the schema is migrated, in the order of its phase. */
public interface StartupTask {

  /** Where in {@link StartupPhase}'s sequence the task runs. */
  StartupPhase phase();

  void run();

  /**
   * Whether the task runs after the server is ready, in the background and in phase order with the
   * other such tasks: work nobody waits for (sample content). {@code /health} says while it runs.
   */
  default boolean afterReady() {
    return false;
  }
}
