package no.arbeidoghelse.kunnskapsbase.directory.boundary;

/** What the directory resources need of an entry's JSON. */
public interface DirectoryJson {
  String id();

  Long version();
}
