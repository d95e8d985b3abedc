package no.arbeidoghelse.kunnskapsbase.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import ognl.OgnlRuntime;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the web pages with Thymeleaf: templates in {@code web/templates/}, texts in {@code
 * web/messages_nb.properties} and {@code _en}, and the labels of the value lists in {@code
 * index-config/taxonomy.json} as {@code list.key} ({@code providerTypes.hospital}). Thymeleaf
 * escapes every {@code th:text} and attribute value, so data from records can never become markup.
 */
@ApplicationScoped
public class PageRenderer {

  public static final Locale BOKMAL = Locale.forLanguageTag("nb");
  public static final Locale ENGLISH = Locale.ENGLISH;
  private static final Texts BOKMAL_TEXTS = new Texts(BOKMAL);
  private static final Texts ENGLISH_TEXTS = new Texts(ENGLISH);

  static {
    OgnlRuntime.setPropertyAccessor(Record.class, new RecordPropertyAccessor());
  }

  private final TemplateEngine engine;

  public PageRenderer() {
    var templates = new ClassLoaderTemplateResolver(PageRenderer.class.getClassLoader());
    templates.setPrefix("web/templates/");
    templates.setSuffix(".html");
    templates.setTemplateMode(TemplateMode.HTML);
    templates.setCharacterEncoding("UTF-8");
    templates.setCacheable(true);
    engine = new TemplateEngine();
    engine.setTemplateResolver(templates);
    engine.setMessageResolver(new BundleMessages());
  }

  /**
   * The page as text. Thymeleaf writes it into its own unsynchronised buffer; a {@code
   * StringWriter} (a synchronised {@code StringBuffer}) took a seventh of the rendering time.
   */
  public String render(String template, Locale locale, Map<String, Object> model) {
    return engine.process(template, new Context(locale, model));
  }

  /** A text in the page's language, for texts made outside templates (titles, errors). */
  public static String text(Locale locale, String key, Object... arguments) {
    var texts = ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH_TEXTS : BOKMAL_TEXTS;
    return texts.text(key, arguments);
  }

  /**
   * The texts of one language, loaded once; patterns with arguments are parsed once too. A page
   * reads dozens of texts, and looking up the bundle and parsing a {@code MessageFormat} each time
   * was a noticeable part of rendering one.
   */
  private static final class Texts {
    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();
    private final Map<String, String> valueLabels = new HashMap<>();

    Texts(Locale locale) {
      this.locale = locale;
      Taxonomy.configured()
          .definition()
          .valueLists()
          .forEach(
              (list, terms) ->
                  terms.forEach(
                      term ->
                          valueLabels.put(
                              list + "." + term.key(),
                              term.labels()
                                  .getOrDefault(locale.getLanguage(), term.labels().get("nb")))));
      this.bundle =
          ResourceBundle.getBundle(
              "web.messages",
              locale,
              PageRenderer.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String text(String key, Object... arguments) {
      if (arguments.length == 0) {
        String label = valueLabels.get(key);
        return label != null ? label : bundle.getString(key);
      }
      MessageFormat format =
          formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale));
      // a MessageFormat is not safe for concurrent use; a copy is much cheaper than parsing
      return ((MessageFormat) format.clone()).format(arguments);
    }
  }

  /** Messages from the resource bundle of the page's language; a missing key shows as itself. */
  static final class BundleMessages extends AbstractMessageResolver {
    @Override
    public String resolveMessage(
        ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
      try {
        return text(context.getLocale(), key, arguments == null ? new Object[0] : arguments);
      } catch (MissingResourceException e) {
        return null;
      }
    }

    @Override
    public String createAbsentMessageRepresentation(
        ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
      return "??" + key + "??";
    }
  }
}
