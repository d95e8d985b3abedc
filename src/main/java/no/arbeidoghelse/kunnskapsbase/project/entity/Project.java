package no.arbeidoghelse.kunnskapsbase.project.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;

/** A research project (forskningsprosjekt). */
@Entity
@Table(name = "project")
@DiscriminatorValue("project")
public class Project extends Item {

  @Column(nullable = false, length = 20)
  private String status;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Lob private String design;

  @Column(name = "target_group", length = 1000)
  private String targetGroup;

  @ElementCollection
  @CollectionTable(name = "project_funding", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  private List<Funding> funding = new ArrayList<>();

  protected Project() {}

  public Project(String id, String owner, ItemState state, Instant now) {
    super(id, owner, state, now);
  }

  public String status() {
    return status;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public LocalDate endDate() {
    return endDate;
  }

  public String design() {
    return design;
  }

  public String targetGroup() {
    return targetGroup;
  }

  @Override
  public Set<String> referencedOrganisationIds() {
    Set<String> ids = super.referencedOrganisationIds();
    funding.stream()
        .map(Funding::organisationId)
        .filter(java.util.Objects::nonNull)
        .forEach(ids::add);
    return ids;
  }

  public List<Funding> funding() {
    return funding;
  }

  public void plan(
      String status,
      LocalDate startDate,
      LocalDate endDate,
      String design,
      String targetGroup,
      Collection<Funding> funding) {
    this.status = status;
    this.startDate = startDate;
    this.endDate = endDate;
    this.design = design;
    this.targetGroup = targetGroup;
    this.funding.clear();
    this.funding.addAll(funding);
  }
}
