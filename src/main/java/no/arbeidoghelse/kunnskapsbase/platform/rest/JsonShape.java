package no.arbeidoghelse.kunnskapsbase.platform.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.arbeidoghelse.kunnskapsbase.platform.domain.FieldError;
import no.arbeidoghelse.kunnskapsbase.platform.persistence.StorableDates;

/**
 * Checks a JSON document against the Java type it is bound to before JSON-B sees it, so that a
 * request body gets exactly the type it declares: text where text is expected (JSON-B would turn
 * {@code 123} and {@code ["x"]} into "123" and "x"), whole numbers, true or false, dates within
 * what the databases store, lists without nulls, and no properties the type does not have. Every
 * mismatch is named by its JSON path, in words a client understands.
 */
final class JsonShape {

  private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();

  private final List<FieldError> errors = new ArrayList<>();

  private JsonShape() {}

  /** What is wrong with {@code value} as a {@code type}; empty when it fits. */
  static List<FieldError> check(JsonValue value, Type type) {
    var shape = new JsonShape();
    shape.check(value, type, "");
    return shape.errors;
  }

  private void check(JsonValue value, Type type, String path) {
    Class<?> raw = raw(type);
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        wrong(path, type, value);
      }
      return;
    }
    if (raw == String.class) {
      expect(value instanceof JsonString, path, type, value);
    } else if (raw == Integer.class || raw == int.class) {
      expect(isWhole(value, Integer.MIN_VALUE, Integer.MAX_VALUE), path, type, value);
    } else if (raw == Long.class || raw == long.class) {
      expect(isWhole(value, Long.MIN_VALUE, Long.MAX_VALUE), path, type, value);
    } else if (raw == Double.class || raw == double.class || raw == BigDecimal.class) {
      expect(value instanceof JsonNumber, path, type, value);
    } else if (raw == Boolean.class || raw == boolean.class) {
      expect(value == JsonValue.TRUE || value == JsonValue.FALSE, path, type, value);
    } else if (raw == LocalDate.class) {
      expect(
          value instanceof JsonString s && StorableDates.parse(s.getString()).isPresent(),
          path,
          type,
          value);
    } else if (raw == LocalDateTime.class) {
      expect(
          value instanceof JsonString s && StorableDates.parseDateTime(s.getString()).isPresent(),
          path,
          type,
          value);
    } else if (raw == Instant.class) {
      expect(value instanceof JsonString, path, type, value);
    } else if (Collection.class.isAssignableFrom(raw)) {
      list(value, elementType(type), path, type);
    } else if (Map.class.isAssignableFrom(raw)) {
      if (expect(value instanceof JsonObject, path, type, value)) {
        Type valueType = typeArgument(type, 1);
        value.asJsonObject().forEach((key, v) -> check(v, valueType, path(path, key)));
      }
    } else if (!raw.isEnum() && !JsonValue.class.isAssignableFrom(raw) && raw != Object.class) {
      object(value, raw, path, type);
    }
  }

  private void list(JsonValue value, Type element, String path, Type type) {
    if (!expect(value instanceof JsonArray, path, type, value)) {
      return;
    }
    JsonArray array = value.asJsonArray();
    for (int i = 0; i < array.size(); i++) {
      String at = path + "[" + i + "]";
      if (array.isNull(i)) {
        errors.add(new FieldError(at, "must not be null: a list holds values only"));
      } else {
        check(array.get(i), element, at);
      }
    }
  }

  private void object(JsonValue value, Class<?> raw, String path, Type type) {
    if (!expect(value instanceof JsonObject, path, type, value)) {
      return;
    }
    Map<String, Type> properties = PROPERTIES.computeIfAbsent(raw, JsonShape::properties);
    value
        .asJsonObject()
        .forEach(
            (key, v) -> {
              Type propertyType = properties.get(key);
              if (propertyType == null) {
                errors.add(
                    new FieldError(
                        path(path, key),
                        "is not a property here; known: "
                            + String.join(", ", properties.keySet())));
              } else {
                check(v, propertyType, path(path, key));
              }
            });
  }

  /** The JSON properties of a class: record components, or public and annotated fields. */
  private static Map<String, Type> properties(Class<?> type) {
    Map<String, Type> properties = new LinkedHashMap<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        Field field = field(type, component.getName());
        JsonbProperty renamed =
            field != null && field.isAnnotationPresent(JsonbProperty.class)
                ? field.getAnnotation(JsonbProperty.class)
                : component.getAccessor().getAnnotation(JsonbProperty.class);
        properties.put(name(renamed, component.getName()), component.getGenericType());
      }
      return properties;
    }
    List<Class<?>> hierarchy = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      hierarchy.add(0, c);
    }
    for (Class<?> c : hierarchy) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isAnnotationPresent(JsonbTransient.class)
            || !Modifier.isPublic(modifiers)) {
          continue;
        }
        properties.put(
            name(field.getAnnotation(JsonbProperty.class), field.getName()),
            field.getGenericType());
      }
    }
    return properties;
  }

  private static Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static String name(JsonbProperty annotation, String fallback) {
    return annotation == null || annotation.value().isEmpty() ? fallback : annotation.value();
  }

  private boolean expect(boolean fits, String path, Type type, JsonValue value) {
    if (!fits) {
      wrong(path, type, value);
    }
    return fits;
  }

  private void wrong(String path, Type type, JsonValue value) {
    errors.add(
        new FieldError(
            path.isEmpty() ? "(body)" : path,
            "must be " + describe(type) + ", not " + describe(value)));
  }

  private static boolean isWhole(JsonValue value, long min, long max) {
    if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
      return false;
    }
    BigDecimal decimal = number.bigDecimalValue();
    return decimal.compareTo(BigDecimal.valueOf(min)) >= 0
        && decimal.compareTo(BigDecimal.valueOf(max)) <= 0;
  }

  static String describe(Type type) {
    Class<?> raw = raw(type);
    if (raw == String.class) {
      return "text";
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return "a whole number";
    }
    if (raw == Double.class || raw == double.class || raw == BigDecimal.class) {
      return "a number";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return "true or false";
    }
    if (raw == LocalDate.class) {
      return StorableDates.RANGE;
    }
    if (raw == LocalDateTime.class) {
      return StorableDates.TIME_RANGE;
    }
    if (raw == Instant.class) {
      return "a point in time (e.g. 2026-12-01T12:00:00Z)";
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return "a list of " + plural(describe(elementType(type)));
    }
    return "an object";
  }

  private static String plural(String description) {
    return switch (description) {
      case "text" -> "texts";
      case "an object" -> "objects";
      default -> description.replaceFirst("^an? ", "") + "s";
    };
  }

  private static String describe(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> {
        String text = ((JsonString) value).getString();
        yield text.length() <= 40 ? "the text \"" + text + "\"" : "a text";
      }
      case NUMBER -> ((JsonNumber) value).isIntegral() ? "the number " + value : "a number";
      case TRUE, FALSE -> value.toString();
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      case NULL -> "null";
    };
  }

  private static String path(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof WildcardType w && w.getUpperBounds().length > 0) {
      return raw(w.getUpperBounds()[0]);
    }
    return Object.class;
  }

  private static Type elementType(Type type) {
    return typeArgument(type, 0);
  }

  private static Type typeArgument(Type type, int index) {
    return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
        ? p.getActualTypeArguments()[index]
        : Object.class;
  }
}
