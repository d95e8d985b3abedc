package no.arbeidoghelse.kunnskapsbase.account.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.startup.StartupPhase;
import no.arbeidoghelse.kunnskapsbase.platform.startup.StartupTask;

/** Creates or resets the {@code admin} account when {@code kb.admin.password} is set. */
@ApplicationScoped
public class AdminBootstrap implements StartupTask {

  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class.getName());

  @Inject AccountService accounts;

  @Override
  public StartupPhase phase() {
    return StartupPhase.ACCOUNTS;
  }

  @Override
  @Transactional
  public void run() {
    Settings.adminPassword()
        .ifPresent(
            password -> {
              accounts.bootstrapAdmin(password);
              LOG.info("Account 'admin' set from kb.admin.password");
            });
  }
}
