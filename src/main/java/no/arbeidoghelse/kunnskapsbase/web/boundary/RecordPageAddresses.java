package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;

/** Maps each kind's page segment ({@code /prosjekter/*}, ...) to {@link RecordPage} at start. */
@WebListener
public class RecordPageAddresses implements ServletContextListener {

  @Inject ItemKinds kinds;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    var registration = event.getServletContext().getServletRegistration(RecordPage.NAME);
    kinds.all().forEach(kind -> registration.addMapping("/" + kind.pageSegment() + "/*"));
  }
}
