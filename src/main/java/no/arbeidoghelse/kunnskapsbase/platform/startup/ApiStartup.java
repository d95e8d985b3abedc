package no.arbeidoghelse.kunnskapsbase.platform.startup;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.ext.Provider;
import org.glassfish.jersey.server.spi.Container;
import org.glassfish.jersey.server.spi.ContainerLifecycleListener;

/**
 * Tells {@link Readiness} when the REST API can answer. Payara opens the HTTP port before the API
 * has initialised; without this, {@code /health/ready} could say UP while API calls still get 503.
 */
@Provider
public class ApiStartup implements ContainerLifecycleListener {

  @Override
  public void onStartup(Container container) {
    CDI.current().select(Readiness.class).get().apiStarted();
  }

  @Override
  public void onReload(Container container) {}

  @Override
  public void onShutdown(Container container) {}
}
