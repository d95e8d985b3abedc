package no.arbeidoghelse.kunnskapsbase.item.boundary;

import jakarta.json.JsonObject;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKind;
import no.arbeidoghelse.kunnskapsbase.item.entity.Item;

/** A kind of record together with its JSON: each kind's plug-in bean implements this. */
public interface ItemMapper<E extends Item, J extends ItemJson> extends ItemKind<E> {

  Class<J> jsonClass();

  /**
   * Brings a request body into the common shape before it is validated (a programme's {@code name}
   * is its title).
   */
  default void prepare(J json) {}

  /** Copies the kind's own fields and the links it owns from a validated request body. */
  void apply(J json, E entity);

  /** A new JSON object with the kind's own fields filled in. */
  J toJson(E entity);

  /** The kind's own fields in the order a form asks for them. */
  List<String> formFields();

  /** The kind's own short facts on its page, in order. */
  List<String> pageFacts();

  /** The kind's own longer texts on its page, each under its own heading. */
  List<String> pageTexts();

  /** The schema.org type of a record of this kind, given the record as JSON. */
  String schemaOrgType(JsonObject record);

  /**
   * schema.org properties of the kind's own (an event's dates and place), added to the record's.
   */
  default JsonObject schemaOrgProperties(JsonObject record) {
    return jakarta.json.JsonValue.EMPTY_JSON_OBJECT;
  }

  /** The people credited as the record's creators (schema.org {@code author}). */
  default List<String> creators(JsonObject record) {
    return List.of();
  }

  /**
   * The kind's facts that join several values (a publication's authors, a project's funding), in
   * page order; a leading one comes before the kind's other facts.
   */
  default List<JoinedFact> joinedFacts(JsonObject record) {
    return List.of();
  }

  /** A fact of several values, labelled by its field. */
  record JoinedFact(String field, String text, boolean leading) {}
}
