package no.arbeidoghelse.kunnskapsbase.platform.startup;

/** Work done once at start-up after the schema is migrated, in ascending {@link #order()}. */
public interface StartupTask {
  int order();

  void run();
}
