package no.arbeidoghelse.kunnskapsbase.item.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An identifier of the item in another register (Cristin, REK, ClinicalTrials.gov, ...). */
@Embeddable
public class ExternalId {

  @Column(name = "scheme", nullable = false, length = 30)
  private String scheme;

  @Column(name = "id_value", nullable = false, length = 200)
  private String value;

  protected ExternalId() {}

  public ExternalId(String scheme, String value) {
    this.scheme = scheme;
    this.value = value;
  }

  public String scheme() {
    return scheme;
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExternalId other
        && scheme.equals(other.scheme)
        && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return scheme.hashCode() * 31 + value.hashCode();
  }
}
