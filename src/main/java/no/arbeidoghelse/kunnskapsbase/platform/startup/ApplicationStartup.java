package no.arbeidoghelse.kunnskapsbase.platform.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.arbeidoghelse.kunnskapsbase.platform.backup.Restore;
import no.arbeidoghelse.kunnskapsbase.platform.concurrency.ManagedThreads;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.database.Database;
import no.arbeidoghelse.kunnskapsbase.platform.database.SchemaMigrations;
import no.arbeidoghelse.kunnskapsbase.platform.launcher.Launcher;

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
  @Inject ManagedThreads threads;
  @Inject Instance<StartupTask> tasks;

  /**
   * Started by the launcher, the server must not outlive it: a launcher killed without warning
   * cannot stop its child, and an orphaned server would keep the port and the embedded database.
   */
  private static void stopWithLauncher() {
    Optional.ofNullable(System.getProperty(Launcher.LAUNCHER_PID))
        .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
        .ifPresent(
            launcher ->
                launcher
                    .onExit()
                    .thenRun(
                        () -> {
                          LOG.severe("The launcher has gone; the server stops");
                          System.exit(1);
                        }));
  }

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
    long begin = System.nanoTime();
    stopWithLauncher();
    try {
      Settings.restoreFrom()
          .ifPresent(backup -> Restore.run(dataSource, backup, Settings.documentsDir()));
      var steps = new StringBuilder();
      timed("migrations", () -> SchemaMigrations.migrate(dataSource), steps);
      var ordered = tasks.stream().sorted(Comparator.comparing(StartupTask::phase)).toList();
      ordered.stream()
          .filter(task -> !task.afterReady())
          .forEach(task -> timed(task.phase().name().toLowerCase(), task::run, steps));
      readiness.started();
      runAfterReady(ordered.stream().filter(StartupTask::afterReady).toList());
      LOG.info(
          () ->
              "Kunnskapsbasen started in "
                  + (System.nanoTime() - begin) / 1_000_000
                  + " ms ("
                  + steps
                  + ") on "
                  + (Settings.databaseUrl().isPresent()
                      ? "MariaDB"
                      : "the embedded database in " + Settings.dataDir()));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Start-up failed; the application is not ready", e);
      readiness.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  private void runAfterReady(List<StartupTask> later) {
    if (later.isEmpty()) {
      return;
    }
    readiness.background("running");
    threads
        .named("startup-after-ready")
        .newThread(
            () -> {
              var steps = new StringBuilder();
              try {
                later.forEach(task -> timed(task.phase().name().toLowerCase(), task::run, steps));
                readiness.background("done");
                LOG.info(() -> "Work after ready done (" + steps + ")");
              } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Work after ready failed", e);
                readiness.background(e.getClass().getSimpleName() + ": " + e.getMessage());
              }
            })
        .start();
  }

  /** Runs a step, noting its time in {@code steps} ("migrations 812 ms, accounts 40 ms"). */
  private static void timed(String name, Runnable step, StringBuilder steps) {
    long begin = System.nanoTime();
    step.run();
    steps
        .append(steps.isEmpty() ? "" : ", ")
        .append(name)
        .append(' ')
        .append((System.nanoTime() - begin) / 1_000_000)
        .append(" ms");
  }
}
