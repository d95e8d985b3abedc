package no.arbeidoghelse.kunnskapsbase.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import no.arbeidoghelse.kunnskapsbase.platform.persistence.TrackedEntity;

/**
 * An entry of the directory of actors (organisations, people). Entries have no editorial workflow:
 * they are public from the start and withdrawn rather than deleted, since items refer to them.
 */
@MappedSuperclass
public abstract class DirectoryEntry extends TrackedEntity {

  @Column(nullable = false)
  private boolean withdrawn;

  protected DirectoryEntry() {}

  protected DirectoryEntry(String id, String owner, Instant now) {
    super(id, owner, now);
  }

  public boolean isWithdrawn() {
    return withdrawn;
  }

  public void setWithdrawn(boolean withdrawn, Instant now) {
    this.withdrawn = withdrawn;
    touch(now);
  }
}
