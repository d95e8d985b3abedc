package no.arbeidoghelse.kunnskapsbase.platform.startup;

/** Work done once at start-up, after the schema is migrated, in the order of its phase. */
public interface StartupTask {

  /** Where in {@link StartupPhase}'s sequence the task runs. */
  StartupPhase phase();

  void run();
}
