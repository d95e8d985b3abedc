package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;
import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemMapper;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;
import no.arbeidoghelse.kunnskapsbase.platform.persistence.StorableDates;
import no.arbeidoghelse.kunnskapsbase.taxonomy.boundary.ValueListKey;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import no.arbeidoghelse.kunnskapsbase.taxonomy.entity.TaxonomyScheme;

/**
 * A kind's form, typed by the kind's JSON class: each field's control follows from its Java type
 * and constraints (a date, a number, lines, a choice from a value list, a long or a short text),
 * the form is read straight into that class, and a record is shown from it.
 */
final class RecordForm {

  /** How a field is asked for. */
  enum Control {
    TEXT,
    TEXTAREA,
    LINES,
    DATE,
    NUMBER,
    SELECT
  }

  /** One field of the form: for a choice, the keys and the prefix of their texts. */
  record Input(String name, Control control, List<String> options, String optionTexts, int rows) {}

  /** The fields every kind has, besides the taxonomy check boxes. */
  static final List<String> COMMON =
      List.of("title", "titleEn", "summary", "summaryEn", "language", "keywords");

  private final Class<? extends ItemJson> type;
  private final List<Input> own;

  RecordForm(ItemMapper<?, ?> kind, Taxonomy taxonomy) {
    this.type = kind.jsonClass();
    this.own = kind.formFields().stream().map(name -> input(name, taxonomy)).toList();
  }

  /** The kind's own fields, in the kind's order. */
  List<Input> inputs() {
    return own;
  }

  private Input input(String name, Taxonomy taxonomy) {
    Field field = field(name);
    Class<?> javaType = field.getType();
    ValueListKey list = field.getAnnotation(ValueListKey.class);
    Size size = field.getAnnotation(Size.class);
    if (list != null) {
      return new Input(
          name, Control.SELECT, taxonomy.valueKeys(list.value()), list.value() + ".", 0);
    }
    if (javaType == LocalDate.class) {
      return new Input(name, Control.DATE, List.of(), null, 0);
    }
    if (javaType == Integer.class) {
      return new Input(name, Control.NUMBER, List.of(), null, 0);
    }
    if (javaType == List.class) {
      return new Input(name, Control.LINES, List.of(), null, 3);
    }
    if (size != null && size.max() >= 1000) {
      return new Input(
          name,
          Control.TEXTAREA,
          List.of(),
          null,
          size.max() <= 1000 ? 2 : size.max() <= 10_000 ? 5 : 6);
    }
    return new Input(name, Control.TEXT, List.of(), null, 0);
  }

  /** The record's values as the form shows them. */
  Map<String, Object> values(ItemJson record) {
    Map<String, Object> values = new HashMap<>();
    for (String name : COMMON) {
      values.put(name, shown(name, read(record, name)));
    }
    for (Input input : own) {
      values.put(input.name(), shown(input.name(), read(record, input.name())));
    }
    for (TaxonomyScheme scheme : TaxonomyScheme.values()) {
      Object terms = read(record, scheme.field());
      values.put(scheme.field(), terms == null ? List.of() : terms);
    }
    return values;
  }

  private Object shown(String name, Object value) {
    if (value instanceof List<?> list) {
      return String.join(
          name.equals("keywords") ? ", " : "\n", list.stream().map(String::valueOf).toList());
    }
    return value == null ? null : value.toString();
  }

  /** The form as sent: texts, and the check boxes as lists. */
  Map<String, Object> submitted(HttpServletRequest request) {
    Map<String, Object> values = new HashMap<>();
    for (String name : COMMON) {
      values.put(name, orEmpty(request.getParameter(name)));
    }
    for (Input input : own) {
      values.put(input.name(), orEmpty(request.getParameter(input.name())));
    }
    for (TaxonomyScheme scheme : TaxonomyScheme.values()) {
      String[] chosen = request.getParameterValues(scheme.field());
      values.put(scheme.field(), chosen == null ? List.of() : Arrays.asList(chosen));
    }
    return values;
  }

  /**
   * The kind's JSON object made from the form. Fields that cannot be read (a date, a number) are
   * reported together with what the usual checks say about the rest.
   */
  ItemJson bind(Map<String, Object> values, Validator validator, ItemJson base) {
    // onto the record as it is, so that what the form does not show (people, links, a programme
    // of sessions) stays as it was
    ItemJson json = base == null ? newJson() : base;
    List<FieldError> errors = new ArrayList<>();
    for (String name : COMMON) {
      String text = ((String) values.get(name)).strip();
      write(json, name, text.isEmpty() ? null : name.equals("keywords") ? split(text) : text);
    }
    for (Input input : own) {
      String text = ((String) values.get(input.name())).strip();
      if (text.isEmpty()) {
        write(json, input.name(), null);
        continue;
      }
      switch (input.control()) {
        case LINES ->
            write(
                json,
                input.name(),
                text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
        case DATE ->
            StorableDates.parse(text)
                .ifPresentOrElse(
                    date -> write(json, input.name(), date),
                    () ->
                        errors.add(
                            new FieldError(
                                input.name(),
                                "must be a date such as 2024-03-01, in the years 1 to 9999")));
        case NUMBER -> {
          try {
            write(json, input.name(), Integer.parseInt(text));
          } catch (NumberFormatException e) {
            errors.add(new FieldError(input.name(), "must be a whole number such as 2024"));
          }
        }
        default -> write(json, input.name(), text);
      }
    }
    for (TaxonomyScheme scheme : TaxonomyScheme.values()) {
      write(json, scheme.field(), List.copyOf((List<?>) values.get(scheme.field())));
    }
    if (!errors.isEmpty()) {
      validator
          .validate(json)
          .forEach(v -> errors.add(new FieldError(v.getPropertyPath().toString(), v.getMessage())));
      throw DomainException.invalid(errors);
    }
    return json;
  }

  private static List<String> split(String keywords) {
    return Arrays.stream(keywords.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
  }

  private ItemJson newJson() {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + " needs a public no-argument constructor", e);
    }
  }

  private Object read(ItemJson json, String name) {
    try {
      return field(name).get(json);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private void write(ItemJson json, String name, Object value) {
    try {
      field(name).set(json, value);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private Field field(String name) {
    try {
      return type.getField(name);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(type.getSimpleName() + " has no public field " + name, e);
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
