package no.arbeidoghelse.kunnskapsbase.event.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import no.arbeidoghelse.kunnskapsbase.platform.cluster.ClusterJobs;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.startup.StartupPhase;
import no.arbeidoghelse.kunnskapsbase.platform.startup.StartupTask;

/**
 * Deletes the personal data of past events' participants once {@code
 * KB_REGISTRATION_RETENTION_DAYS} have passed since the event ended: at start-up, then every hour
 * on one instance.
 */
@ApplicationScoped
public class RegistrationRetention implements StartupTask {

  private static final Logger LOG = Logger.getLogger(RegistrationRetention.class.getName());
  static final Duration EVERY = Duration.ofHours(1);

  @Inject EventOperations events;
  @Inject ClusterJobs jobs;

  @Override
  public StartupPhase phase() {
    return StartupPhase.REGISTRATION_RETENTION;
  }

  @Override
  public void run() {
    // every instance once at start (the work is idempotent), so a changed retention applies at once
    deleteDue();
    jobs.schedule("registration-retention", EVERY, this::deleteDue);
  }

  void deleteDue() {
    int days = Settings.registrationRetentionDays();
    int cleared = events.deletePersonalData(days);
    if (cleared > 0) {
      LOG.info(
          () ->
              "Deleted the personal data of "
                  + cleared
                  + " registrations for events that ended more than "
                  + days
                  + " days ago.");
    }
  }
}
