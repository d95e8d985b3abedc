package no.arbeidoghelse.kunnskapsbase.item.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A web link about the item, with an optional label. */
@Embeddable
public class Link {

  @Column(name = "url", nullable = false, length = 1000)
  private String url;

  @Column(name = "label", length = 200)
  private String label;

  protected Link() {}

  public Link(String url, String label) {
    this.url = url;
    this.label = label;
  }

  public String url() {
    return url;
  }

  public String label() {
    return label;
  }
}
