package no.arbeidoghelse.kunnskapsbase.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Identity, ownership and change tracking shared by every registry record: a UUID, the account that
 * created it, when it was created and changed, and a version for optimistic concurrency (the
 * version is the record's HTTP ETag).
 */
@MappedSuperclass
public abstract class TrackedEntity {

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, length = 64)
  private String owner;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected TrackedEntity() {}

  protected TrackedEntity(String id, String owner, Instant now) {
    this.id = id;
    this.owner = owner;
    this.createdAt = now;
    this.updatedAt = now;
  }

  public String id() {
    return id;
  }

  public String owner() {
    return owner;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }

  public void touch(Instant now) {
    this.updatedAt = now;
  }
}
