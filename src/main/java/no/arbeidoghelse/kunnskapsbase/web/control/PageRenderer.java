package no.arbeidoghelse.kunnskapsbase.web.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import ognl.OgnlRuntime;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the web pages with Thymeleaf: templates in {@code web/templates/}, texts in {@code
 * web/messages_nb.properties} and {@code _en}. Thymeleaf escapes every {@code th:text} and
 * attribute value, so data from records can never become markup.
 */
@ApplicationScoped
public class PageRenderer {

  public static final Locale BOKMAL = Locale.forLanguageTag("nb");
  public static final Locale ENGLISH = Locale.ENGLISH;

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
    String pattern = bundle(locale).getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
  }

  static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "web.messages",
        ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : BOKMAL,
        PageRenderer.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
