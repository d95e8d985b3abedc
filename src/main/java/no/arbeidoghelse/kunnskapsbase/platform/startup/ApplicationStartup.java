package no.arbeidoghelse.kunnskapsbase.platform.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.arbeidoghelse.kunnskapsbase.platform.backup.Restore;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.database.Database;
import no.arbeidoghelse.kunnskapsbase.platform.database.SchemaMigrations;

/**
 * Start-up in a fixed order: a restore when {@code KB_RESTORE_FROM} asks for one, schema
 * migrations, then each feature's task in the sequence {@link StartupPhase} spells out. A failure
 * is logged and reported by {@code /health/ready} instead of failing the deployment, which would
 * leave Payara answering 404 with no explanation.
 */
@ApplicationScoped
public class ApplicationStartup {

  private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

  @Resource(lookup = Database.JNDI_NAME)
  DataSource dataSource;

  @Inject Readiness readiness;
  @Inject Instance<StartupTask> tasks;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    long begin = System.nanoTime();
    try {
      Settings.restoreFrom()
          .ifPresent(backup -> Restore.run(dataSource, backup, Settings.documentsDir()));
      SchemaMigrations.migrate(dataSource);
      tasks.stream()
          .sorted(java.util.Comparator.comparing(StartupTask::phase))
          .forEach(StartupTask::run);
      readiness.started();
      LOG.info(
          () ->
              "Kunnskapsbasen started in "
                  + (System.nanoTime() - begin) / 1_000_000
                  + " ms on "
                  + (Settings.databaseUrl().isPresent()
                      ? "MariaDB"
                      : "the embedded database in " + Settings.dataDir()));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Start-up failed; the application is not ready", e);
      readiness.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
