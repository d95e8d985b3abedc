package no.arbeidoghelse.kunnskapsbase.web.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class RecordPropertyAccessorTest {

  /** Private on purpose: templates read records nested in page classes of other packages. */
  private record Facet(String key, long count, Facet parent) {
    public String getShout() {
      return key.toUpperCase(Locale.ROOT);
    }

    public String describe(String prefix) {
      return prefix + key;
    }
  }

  private static String render(String template, Object value) {
    new PageRenderer(); // registers the accessor, as the application does
    var templates = new StringTemplateResolver();
    templates.setTemplateMode(TemplateMode.HTML);
    var engine = new TemplateEngine();
    engine.setTemplateResolver(templates);
    return engine.process(template, new Context(Locale.ROOT, Map.of("f", value)));
  }

  @Test
  void readsComponentsOfRecordsIncludingNestedAndEscaped() {
    var facet = new Facet("<helse>", 3, new Facet("sektor", 9, null));
    assertEquals(
        "<p>&lt;helse&gt; 3 sektor 9</p>",
        render(
            "<p th:text=\"${f.key} + ' ' + ${f.count} + ' ' + ${f.parent.key} + ' ' +"
                + " ${f.parent.count}\"></p>",
            facet));
  }

  @Test
  void leavesGettersMethodsAndOtherObjectsToOgnl() {
    var facet = new Facet("helse", 3, null);
    assertEquals(
        "<p>HELSE x-helse</p>",
        render("<p th:text=\"${f.shout} + ' ' + ${f.describe('x-')}\"></p>", facet));
    assertEquals("<p>nb</p>", render("<p th:text=\"${f.language}\"></p>", PageRenderer.BOKMAL));
  }
}
