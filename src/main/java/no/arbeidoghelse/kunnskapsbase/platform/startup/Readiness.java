package no.arbeidoghelse.kunnskapsbase.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether start-up work (migrations, bootstrap, sample content) has finished, or why it failed, and
 * whether the REST API has finished initialising.
 */
@ApplicationScoped
public class Readiness {

  private volatile boolean started;
  private volatile boolean apiStarted;
  private volatile String failure;

  public boolean isStarted() {
    return started;
  }

  public boolean isApiStarted() {
    return apiStarted;
  }

  void apiStarted() {
    apiStarted = true;
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
