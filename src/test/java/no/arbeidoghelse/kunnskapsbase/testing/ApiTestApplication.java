package no.arbeidoghelse.kunnskapsbase.testing;

import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryOperations;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemOperations;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemSatellites;
import no.arbeidoghelse.kunnskapsbase.organisation.boundary.OrganisationMapper;
import no.arbeidoghelse.kunnskapsbase.organisation.boundary.OrganisationProfiles;
import no.arbeidoghelse.kunnskapsbase.organisation.boundary.OrganisationsResource;
import no.arbeidoghelse.kunnskapsbase.organisation.control.OrganisationProfile;
import no.arbeidoghelse.kunnskapsbase.person.boundary.PeopleResource;
import no.arbeidoghelse.kunnskapsbase.person.boundary.PersonMapper;
import no.arbeidoghelse.kunnskapsbase.person.boundary.PersonProfiles;
import no.arbeidoghelse.kunnskapsbase.platform.rest.DomainExceptionMapper;
import no.arbeidoghelse.kunnskapsbase.platform.rest.JsonbConfiguration;
import no.arbeidoghelse.kunnskapsbase.platform.rest.RequestSizeLimit;
import no.arbeidoghelse.kunnskapsbase.platform.rest.StrictJsonBodies;
import no.arbeidoghelse.kunnskapsbase.platform.rest.UnexpectedExceptionMapper;
import no.arbeidoghelse.kunnskapsbase.platform.rest.WebApplicationExceptionMapper;
import no.arbeidoghelse.kunnskapsbase.practicereport.boundary.PracticeReportKind;
import no.arbeidoghelse.kunnskapsbase.practicereport.boundary.PracticeReportsResource;
import no.arbeidoghelse.kunnskapsbase.programme.boundary.ProgrammeKind;
import no.arbeidoghelse.kunnskapsbase.programme.boundary.ProgrammesResource;
import no.arbeidoghelse.kunnskapsbase.project.boundary.ProjectKind;
import no.arbeidoghelse.kunnskapsbase.project.boundary.ProjectsResource;
import no.arbeidoghelse.kunnskapsbase.publication.boundary.PublicationKind;
import no.arbeidoghelse.kunnskapsbase.publication.boundary.PublicationsResource;
import no.arbeidoghelse.kunnskapsbase.taxonomy.boundary.TaxonomyResource;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The REST API as the container runs it (resources, mappers, JSON binding, size limit) over real
 * control classes and a real database, with two stand-ins for the container: a transaction per
 * request, and the caller taken from an {@code X-Test-User: name;role,role} header in place of
 * Jakarta Security (which the end-to-end tests cover).
 */
public final class ApiTestApplication {

  public static final String TEST_USER = "X-Test-User";

  private ApiTestApplication() {}

  public static ResourceConfig create(Services services) {
    var config = new ResourceConfig();
    config.register(ProjectsResource.class);
    config.register(PublicationsResource.class);
    config.register(PracticeReportsResource.class);
    config.register(ProgrammesResource.class);
    config.register(OrganisationsResource.class);
    config.register(PeopleResource.class);
    config.register(TaxonomyResource.class);
    config.register(DomainExceptionMapper.class);
    config.register(WebApplicationExceptionMapper.class);
    config.register(UnexpectedExceptionMapper.class);
    config.register(JsonbConfiguration.class);
    config.register(RequestSizeLimit.class);
    config.register(StrictJsonBodies.class);
    config.register(new TestCaller());
    config.register(new TransactionPerRequest(services.em));
    config.register(
        new AbstractBinder() {
          @Override
          protected void configure() {
            bind(services.items).to(ItemOperations.class);
            bind(services.directory).to(DirectoryOperations.class);
            // documents need the container (extraction, events); DocumentsIT covers them
            // documents, history and related records need the container; the ITs cover them
            bind(new ItemSatellites(List.of())).to(ItemSatellites.class);
            bind(Services.TAXONOMY).to(Taxonomy.class);
            bind(new ProjectKind()).to(ProjectKind.class);
            bind(new PublicationKind()).to(PublicationKind.class);
            bind(new PracticeReportKind()).to(PracticeReportKind.class);
            bind(new ProgrammeKind()).to(ProgrammeKind.class);
            var organisations = new OrganisationMapper(Services.TAXONOMY);
            bind(organisations).to(OrganisationMapper.class);
            bind(new OrganisationProfiles(
                    services.directory,
                    organisations,
                    new OrganisationProfile(services.em, Services.KINDS, services.itemService)))
                .to(OrganisationProfiles.class);
            bind(new PersonMapper()).to(PersonMapper.class);
            bind(new PersonProfiles(
                    services.directory,
                    new PersonMapper(),
                    Services.KINDS,
                    services.itemService,
                    services.em))
                .to(PersonProfiles.class);
          }
        });
    return config;
  }

  @PreMatching
  static final class TestCaller implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
      String header = request.getHeaderString(TEST_USER);
      if (header == null) {
        return;
      }
      String[] parts = header.split(";", 2);
      Set<String> roles = parts.length > 1 ? Set.of(parts[1].split(",")) : Set.of();
      Principal principal = () -> parts[0];
      request.setSecurityContext(
          new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
              return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
              return roles.contains(role);
            }

            @Override
            public boolean isSecure() {
              return false;
            }

            @Override
            public String getAuthenticationScheme() {
              return SecurityContext.BASIC_AUTH;
            }
          });
    }
  }

  static final class TransactionPerRequest
      implements ContainerRequestFilter, ContainerResponseFilter {
    private final EntityManager em;

    TransactionPerRequest(EntityManager em) {
      this.em = em;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      em.getTransaction().begin();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
      var tx = em.getTransaction();
      if (tx.isActive()) {
        if (response.getStatus() < 400 && !tx.getRollbackOnly()) {
          tx.commit();
        } else {
          tx.rollback();
        }
      }
      em.clear();
    }
  }
}
