package no.arbeidoghelse.kunnskapsbase.item.entity;

/** The kinds of item; the key is used in JSON, URLs and the database. */
public enum ItemType {
  PROJECT("project", "projects"),
  PUBLICATION("publication", "publications"),
  PRACTICE_REPORT("practice-report", "practice-reports");

  private final String key;
  private final String collection;

  ItemType(String key, String collection) {
    this.key = key;
    this.collection = collection;
  }

  public String key() {
    return key;
  }

  /** The API path of an item of this type. */
  public String path(String id) {
    return "/api/v1/" + collection + "/" + id;
  }
}
