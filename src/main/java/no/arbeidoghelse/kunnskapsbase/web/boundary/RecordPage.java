package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.directory.boundary.DirectoryOperations;
import no.arbeidoghelse.kunnskapsbase.document.boundary.DocumentOperations;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMappers;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemOperations;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.organisation.boundary.OrganisationMapper;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.JsonbConfiguration;
import no.arbeidoghelse.kunnskapsbase.search.boundary.SearchOperations;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;
import no.arbeidoghelse.kunnskapsbase.web.control.Labels;

/**
 * One page per record, of every kind: every field, the linked records, the documents to download,
 * related records, and schema.org JSON-LD for search engines. Visibility is the API's: a draft is
 * shown only to its owners and editors, others get "not found".
 */
@WebServlet(name = RecordPage.NAME)
public class RecordPage extends Page {

  /** The servlet's name; {@link RecordPageAddresses} maps each kind's segment to it. */
  static final String NAME = "RecordPage";

  @Inject ItemOperations items;
  @Inject ItemMappers mappers;
  @Inject DocumentOperations documents;
  @Inject DirectoryOperations directory;
  @Inject OrganisationMapper organisations;
  @Inject SearchOperations search;
  @Inject Labels labels;
  @Inject WebPaths paths;
  @Inject RecordNames names;
  @Inject @Any Instance<RecordPageSection> sections;

  /** A kind's own part of the page: the template of its fragment and the fragment's model. */
  public record Section(String template, Object model) {}

  /** A record this one links to. */
  public record Linked(String url, String typeLabel, String title) {}

  /** A fact: its label and text, or a link. */
  public record Fact(String label, String text, String href) {}

  @Override
  protected View view(Visit visit) {
    String path = visit.request().getServletPath();
    String id = segment(visit);
    String type =
        paths
            .kindAt(path)
            .orElseThrow(() -> ApiException.notFound(visit.text("error.noSuchPage")))
            .key();
    ItemMapper<?, ?> mapper = mappers.of(type);
    ItemJson record = read(mapper, id, visit);
    JsonObject json = parse(JsonbConfiguration.jsonb().toJson(record));
    Locale locale = visit.locale();
    boolean english = visit.lang().equals("en");
    String title = english && record.titleEn != null ? record.titleEn : record.title;
    String summary = english && record.summaryEn != null ? record.summaryEn : record.summary;

    Map<String, Object> model = new HashMap<>();
    model.put("record", record);
    model.put("type", type);
    model.put("typeLabel", visit.text(ItemKinds.VALUE_LIST + "." + type));
    model.put("heading", title);
    model.put("summary", summary);
    model.put("contentLanguage", english && record.titleEn != null ? "en" : record.language);
    model.put("facts", facts(mapper, json, visit));
    Map<String, String> texts = new LinkedHashMap<>();
    for (String field : mapper.pageTexts()) {
      if (json.get(field) instanceof JsonString text && !text.getString().isBlank()) {
        texts.put(visit.text("field." + field), text.getString());
      }
    }
    model.put("texts", texts);
    model.put("sectors", links("sector", TaxonomyScheme.SECTOR, record.sectors, locale));
    model.put("levels", links("level", TaxonomyScheme.LEVEL_OF_CARE, record.levelsOfCare, locale));
    model.put("topics", links("topic", TaxonomyScheme.TOPIC, record.topics, locale));
    model.put("people", record.people == null ? List.of() : record.people);
    model.put("links", record.links == null ? List.of() : record.links);
    model.put("externalIds", record.externalIds == null ? List.of() : record.externalIds);
    model.put("organisations", organisations(record, visit));
    model.put("linked", linked(record, visit));
    model.put("documents", documents.ofItem(mapper.entityClass(), id, visit.caller()));
    model.put(
        "related",
        search.related(id, visit.caller()).items().stream()
            .map(hit -> HitView.of(hit, labels, locale, paths))
            .toList());
    model.put(
        "jsonLd", jsonLd(mapper, record, json, absolute(visit.request(), paths.item(type, id))));
    List<Section> shown = new ArrayList<>();
    for (RecordPageSection section : sections) {
      if (section.kind().equals(type)) {
        shown.add(new Section(section.template(), section.model(record, visit)));
      }
    }
    model.put("sections", shown);
    model.put("description", summary == null ? visit.text("site.description") : shorten(summary));
    model.put("ogType", "article");
    return new View("record", title, model);
  }

  private ItemJson read(ItemMapper<?, ?> mapper, String id, Visit visit) {
    return items.read(mapper, id, visit.caller());
  }

  private List<Fact> facts(ItemMapper<?, ?> kind, JsonObject json, Visit visit) {
    List<Fact> facts = new ArrayList<>();
    for (String field : kind.pageFacts()) {
      JsonValue value = json.get(field);
      if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
        continue;
      }
      String text = value instanceof JsonString s ? s.getString() : value.toString();
      String label = visit.text("field." + field);
      String valueList = ValueLists.of(kind, field);
      if (field.equals("doi")) {
        facts.add(new Fact(label, text, "https://doi.org/" + text));
      } else if (field.endsWith("Id")) {
        // an organisation the record names (a programme's provider, a network's coordinator)
        names
            .organisationLink(text, visit.caller())
            .ifPresent(o -> facts.add(new Fact(label, o.name(), o.url())));
      } else if (valueList != null) {
        facts.add(new Fact(label, visit.text(valueList + "." + text), null));
      } else {
        facts.add(new Fact(label, text, null));
      }
    }
    int leading = 0;
    for (var joined : kind.joinedFacts(json)) {
      var fact = new Fact(visit.text("field." + joined.field()), joined.text(), null);
      if (joined.leading()) {
        facts.add(leading++, fact);
      } else {
        facts.add(fact);
      }
    }
    if (json.get("keywords") instanceof JsonArray keywords && !keywords.isEmpty()) {
      facts.add(
          new Fact(
              visit.text("field.keywords"),
              String.join(", ", keywords.getValuesAs(JsonString::getString)),
              null));
    }
    return facts;
  }

  /** Taxonomy terms as links to the search filtered by them. */
  private List<Linked> links(
      String param, TaxonomyScheme scheme, List<String> keys, Locale locale) {
    if (keys == null) {
      return List.of();
    }
    return keys.stream()
        .map(
            key ->
                new Linked(
                    WebPaths.SEARCH + "?" + param + "=" + encode(key),
                    null,
                    labels.of(scheme, key, locale)))
        .toList();
  }

  private List<Linked> organisations(ItemJson record, Visit visit) {
    if (record.organisations == null) {
      return List.of();
    }
    List<Linked> named = new ArrayList<>();
    for (var role : record.organisations) {
      try {
        var organisation = directory.read(organisations, role.id(), visit.caller());
        named.add(
            new Linked(
                RecordNames.ORGANISATIONS + organisation.id(),
                visit.text("organisationRoles." + role.role()),
                organisation.name()));
      } catch (DomainException withdrawn) {
        // an organisation that has been withdrawn is not shown
      }
    }
    return named;
  }

  private List<Linked> linked(ItemJson record, Visit visit) {
    List<Linked> linked = new ArrayList<>();
    JsonObject json = parse(JsonbConfiguration.jsonb().toJson(record));
    mappers
        .kinds()
        .all()
        .forEach(
            kind -> {
              String type = kind.key();
              if (!(json.get(kind.relationField()) instanceof JsonArray ids)) {
                return;
              }
              ItemMapper<?, ?> mapper = mappers.of(type);
              for (String id : ids.getValuesAs(JsonString::getString)) {
                try {
                  linked.add(
                      new Linked(
                          paths.item(type, id),
                          visit.text(ItemKinds.VALUE_LIST + "." + type),
                          read(mapper, id, visit).title));
                } catch (DomainException notVisible) {
                  // the caller may not see it
                }
              }
            });
    return linked;
  }

  /**
   * schema.org description of the record. Written into a script element of type
   * application/ld+json, so {@code <}, {@code >} and {@code &} are written as JSON escapes: no text
   * from a record can end or disturb the element.
   */
  static String jsonLd(ItemMapper<?, ?> kind, ItemJson record, JsonObject json, String url) {
    JsonObjectBuilder ld =
        Json.createObjectBuilder()
            .add("@context", "https://schema.org")
            .add("@type", kind.schemaOrgType(json))
            .add("name", record.title)
            .add("url", url)
            .add("inLanguage", record.language);
    if (record.summary != null) {
      ld.add("description", record.summary);
    }
    if (record.keywords != null && !record.keywords.isEmpty()) {
      ld.add("keywords", String.join(", ", record.keywords));
    }
    List<String> creators = kind.creators(json);
    if (!creators.isEmpty()) {
      var people = Json.createArrayBuilder();
      creators.forEach(
          name -> people.add(Json.createObjectBuilder().add("@type", "Person").add("name", name)));
      ld.add("author", people);
    }
    if (json.get("year") instanceof jakarta.json.JsonNumber year) {
      ld.add("datePublished", year.toString());
    }
    if (json.get("doi") instanceof JsonString doi) {
      ld.add("identifier", "https://doi.org/" + doi.getString());
    }
    if (record.topics != null && !record.topics.isEmpty()) {
      ld.add("about", Json.createArrayBuilder(record.topics));
    }
    kind.schemaOrgProperties(json).forEach(ld::add);
    return Page.jsonLd(ld.build());
  }

  private static String shorten(String text) {
    return text.length() <= 200
        ? text
        : text.substring(0, text.lastIndexOf(' ', 197) > 0 ? text.lastIndexOf(' ', 197) : 197)
            + "…";
  }

  private static JsonObject parse(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
