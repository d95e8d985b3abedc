package no.arbeidoghelse.kunnskapsbase.publication.entity;

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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A research result (forskningsresultat), of one of the publication types in index-config. */
@Entity
@Table(name = "publication")
@DiscriminatorValue("publication")
public class Publication extends Item {

  @Column(name = "publication_type", nullable = false, length = 20)
  private String publicationType;

  @Column(name = "publication_year", nullable = false)
  private int year;

  @Lob
  @Column(name = "abstract_text")
  private String abstractText;

  @Column(length = 255)
  private String doi;

  @Column(length = 500)
  private String venue;

  @Column(length = 17)
  private String isbn;

  @ElementCollection
  @BatchFetch(BatchFetchType.IN)
  @CollectionTable(name = "publication_author", joinColumns = @JoinColumn(name = "publication_id"))
  @OrderColumn(name = "position")
  @Column(name = "name")
  private List<String> authors = new ArrayList<>();

  protected Publication() {}

  public Publication(String id, String owner, ItemState state, Instant now) {
    super(id, owner, state, now);
  }

  public String publicationType() {
    return publicationType;
  }

  public int year() {
    return year;
  }

  public String abstractText() {
    return abstractText;
  }

  public String doi() {
    return doi;
  }

  public String venue() {
    return venue;
  }

  public String isbn() {
    return isbn;
  }

  public List<String> authors() {
    return authors;
  }

  public void cite(
      String publicationType,
      int year,
      Collection<String> authors,
      String abstractText,
      String doi,
      String venue,
      String isbn) {
    this.publicationType = publicationType;
    this.year = year;
    this.authors.clear();
    this.authors.addAll(authors);
    this.abstractText = abstractText;
    this.doi = doi;
    this.venue = venue;
    this.isbn = isbn;
  }
}
