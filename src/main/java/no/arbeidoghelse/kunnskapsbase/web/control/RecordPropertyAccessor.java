package no.arbeidoghelse.kunnskapsbase.web.control;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlException;

/**
 * Reads record components in templates ({@code ${hit.title}} calls {@code title()}). OGNL looks for
 * bean getters first and, finding none on a record, searched all of the class's methods again on
 * every read: a quarter of the processor time of rendering the search page. The accessors are
 * looked up once per record class; anything else goes the usual way.
 */
final class RecordPropertyAccessor extends ObjectPropertyAccessor {

  private static final ClassValue<Map<String, Method>> ACCESSORS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          Map<String, Method> accessors = new HashMap<>();
          // only records reach here: the accessor is registered for Record.class
          for (RecordComponent component : type.getRecordComponents()) {
            Method accessor = component.getAccessor();
            // a record nested in a class of another package is read here all the same
            if (accessor.trySetAccessible()) {
              accessors.put(component.getName(), accessor);
            }
          }
          return Map.copyOf(accessors);
        }
      };

  @Override
  @SuppressWarnings("rawtypes") // OGNL's interface
  public Object getProperty(Map context, Object target, Object name) throws OgnlException {
    Method accessor =
        name instanceof String component ? ACCESSORS.get(target.getClass()).get(component) : null;
    if (accessor == null) {
      return super.getProperty(context, target, name);
    }
    try {
      return accessor.invoke(target);
    } catch (IllegalAccessException e) {
      throw new OgnlException("cannot read " + name, e);
    } catch (InvocationTargetException e) {
      throw new OgnlException("reading " + name + " failed", e.getCause());
    }
  }
}
