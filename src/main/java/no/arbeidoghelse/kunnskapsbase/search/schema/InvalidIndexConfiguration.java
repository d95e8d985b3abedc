package no.arbeidoghelse.kunnskapsbase.search.schema;

/** The search configuration cannot be used; the message says which file, where and why. */
public class InvalidIndexConfiguration extends RuntimeException {

  public InvalidIndexConfiguration(String location, String path, String problem, Throwable cause) {
    super(location + (path.isEmpty() ? "" : ", " + path) + ": " + problem, cause);
  }

  public InvalidIndexConfiguration(String location, String path, String problem) {
    this(location, path, problem, null);
  }
}
