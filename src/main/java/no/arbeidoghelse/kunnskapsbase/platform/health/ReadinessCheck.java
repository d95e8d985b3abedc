package no.arbeidoghelse.kunnskapsbase.platform.health;

/**
 * A part of the application that must be ready before it can serve (the search index): features
 * implement it as CDI beans, and {@code /health/ready} reports each by name.
 */
public interface ReadinessCheck {

  /** The check's name in the health answer ({@code search-index}). */
  String name();

  boolean isReady();

  /** Figures reported with the check, and at the top of the answer ({@code indexLagSeconds}). */
  default java.util.Map<String, Long> data() {
    return java.util.Map.of();
  }
}
