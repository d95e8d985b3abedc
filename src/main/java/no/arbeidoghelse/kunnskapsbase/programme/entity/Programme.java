package no.arbeidoghelse.kunnskapsbase.programme.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;

/**
 * What an institution offers (tilbud), e.g. a work-oriented rehabilitation (ARR) programme: its
 * provider, form, region and how one is referred; target groups are the item's topics, the level of
 * care its levels of care, and the evaluations its linked records.
 */
@Entity
@Table(name = "programme")
@DiscriminatorValue("programme")
public class Programme extends Item {

  @Column(name = "provider_id", nullable = false, length = 36)
  private String providerId;

  @Column(nullable = false, length = 40)
  private String form;

  @Column(length = 40)
  private String region;

  @Column(name = "referral_route", length = 2000)
  private String referralRoute;

  @Column(length = 200)
  private String duration;

  @Column(length = 500)
  private String contact;

  protected Programme() {}

  public Programme(String id, String owner, ItemState state, Instant now) {
    super(id, owner, state, now);
  }

  public String providerId() {
    return providerId;
  }

  public String form() {
    return form;
  }

  public String region() {
    return region;
  }

  public String referralRoute() {
    return referralRoute;
  }

  public String duration() {
    return duration;
  }

  public String contact() {
    return contact;
  }

  public void offer(
      String providerId,
      String form,
      String region,
      String referralRoute,
      String duration,
      String contact) {
    this.providerId = providerId;
    this.form = form;
    this.region = region;
    this.referralRoute = referralRoute;
    this.duration = duration;
    this.contact = contact;
  }

  @Override
  public Set<String> referencedOrganisationIds() {
    Set<String> ids = super.referencedOrganisationIds();
    ids.add(providerId);
    return ids;
  }
}
