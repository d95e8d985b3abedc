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
  private volatile String background = "none";

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

  /** The work after ready: "none", "running", "done", or why it failed. */
  public String background() {
    return background;
  }

  void background(String state) {
    background = state;
  }

  void started() {
    started = true;
  }

  void failed(String why) {
    failure = why;
  }
}
