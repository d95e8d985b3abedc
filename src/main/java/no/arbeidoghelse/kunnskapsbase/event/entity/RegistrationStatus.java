package no.arbeidoghelse.kunnskapsbase.event.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Where a sign-up stands; the keys are the value list {@code registrationStatuses}. */
public enum RegistrationStatus {
  CONFIRMED("confirmed"),
  WAITLISTED("waitlisted"),
  CANCELLED("cancelled");

  private final String key;

  RegistrationStatus(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static RegistrationStatus fromKey(String key) {
    for (RegistrationStatus status : values()) {
      if (status.key.equals(key)) {
        return status;
      }
    }
    throw new IllegalArgumentException(key);
  }

  /** Stored by key, so the database reads like the API. */
  @Converter(autoApply = true)
  public static class Storage implements AttributeConverter<RegistrationStatus, String> {
    @Override
    public String convertToDatabaseColumn(RegistrationStatus status) {
      return status == null ? null : status.key();
    }

    @Override
    public RegistrationStatus convertToEntityAttribute(String key) {
      return key == null ? null : fromKey(key);
    }
  }
}
