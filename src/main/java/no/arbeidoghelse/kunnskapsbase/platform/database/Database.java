package no.arbeidoghelse.kunnskapsbase.platform.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/** Declares the container-managed pool over {@link ConfiguredDataSource}. */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "no.arbeidoghelse.kunnskapsbase.platform.database.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@ApplicationScoped
public class Database {
  public static final String JNDI_NAME = "java:app/jdbc/kunnskapsbase";
}
