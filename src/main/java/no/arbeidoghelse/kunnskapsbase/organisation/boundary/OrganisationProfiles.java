package no.arbeidoghelse.kunnskapsbase.organisation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryOperations;
import no.arbeidoghelse.kunnskapsbase.organisation.control.OrganisationProfile;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;

/** An organisation with its profile, read in one transaction. */
@ApplicationScoped
@Transactional
public class OrganisationProfiles {

  @Inject DirectoryOperations operations;
  @Inject OrganisationMapper organisations;
  @Inject OrganisationProfile profile;

  public OrganisationProfiles() {}

  /** Outside the container (tests). */
  public OrganisationProfiles(
      DirectoryOperations operations,
      OrganisationMapper organisations,
      OrganisationProfile profile) {
    this.operations = operations;
    this.organisations = organisations;
    this.profile = profile;
  }

  public OrganisationJson read(String id, Caller caller) {
    OrganisationJson json = operations.read(organisations, id, caller);
    return json.withProfile(profile.of(json.id(), caller));
  }
}
