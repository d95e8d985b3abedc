package no.arbeidoghelse.kunnskapsbase.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;

/** Whether start-up work (migrations, bootstrap, sample content) has finished, or why it failed. */
@ApplicationScoped
public class Readiness {

  private volatile boolean started;
  private volatile String failure;

  public boolean isStarted() {
    return started;
  }

  public String failure() {
    return failure;
  }

  void started() {
    started = true;
  }

  void failed(String why) {
    failure = why;
  }
}
