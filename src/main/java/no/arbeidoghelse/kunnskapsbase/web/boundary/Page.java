package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.arbeidoghelse.kunnskapsbase.account.boundary.SessionCookies;
import no.arbeidoghelse.kunnskapsbase.platform.config.Settings;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Caller;
import no.arbeidoghelse.kunnskapsbase.web.control.PageRenderer;

/**
 * A server-rendered page: picks the language ({@code ?lang=en} or {@code nb}, remembered in a
 * cookie; Bokmål by default), asks the page for its template and model, and renders it. A failure
 * the visitor can act on (unknown record, bad filter) becomes an error page with its status.
 */
public abstract class Page extends HttpServlet {

  private static final Logger LOG = Logger.getLogger(Page.class.getName());
  static final String LANGUAGE_COOKIE = "kb_lang";

  @Inject PageRenderer renderer;

  /** What a page shows: a template and its model, with the page title. */
  protected record View(String template, String title, Map<String, Object> model) {}

  /** The request as a page sees it. */
  protected record Visit(HttpServletRequest request, Locale locale, Caller caller) {
    public String lang() {
      return locale.getLanguage();
    }

    public String text(String key, Object... arguments) {
      return PageRenderer.text(locale, key, arguments);
    }
  }

  protected abstract View view(Visit visit);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    request.setCharacterEncoding("UTF-8");
    Locale locale = language(request, response);
    var visit = new Visit(request, locale, Caller.from(request));
    int status = 200;
    String html;
    try {
      html = render(visit, view(visit));
    } catch (ApiException e) {
      status = e.status();
      html = render(visit, error(visit, status, e.getMessage()));
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Page " + request.getRequestURI() + " failed", e);
      status = 500;
      html = render(visit, error(visit, status, visit.text("error.unexpected")));
    }
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Content-Language", locale.getLanguage());
    response.setHeader("Cache-Control", "no-cache");
    response.getWriter().write(html);
  }

  /** The whole page as text first, so a failure half-way never sends half a page. */
  private String render(Visit visit, View view) {
    HttpServletRequest request = visit.request();
    Locale locale = visit.locale();
    Map<String, Object> model = new HashMap<>(view.model());
    model.put("title", view.title());
    model.put("lang", locale.getLanguage());
    model.put("otherLang", locale.getLanguage().equals("en") ? "nb" : "en");
    model.put(
        "otherLangUrl", withLanguage(request, locale.getLanguage().equals("en") ? "nb" : "en"));
    model.put("path", request.getRequestURI());
    model.put("canonical", absolute(request, request.getRequestURI()));
    model.put("signedIn", visit.caller().isAuthenticated() ? visit.caller().username() : null);
    model.putIfAbsent("description", visit.text("site.description"));
    var out = new java.io.StringWriter();
    renderer.render(view.template(), locale, model, out);
    return out.toString();
  }

  private View error(Visit visit, int status, String message) {
    String key =
        status == 404 ? "error.notFound" : status >= 500 ? "error.server" : "error.request";
    return new View("error", visit.text(key), Map.of("status", status, "message", message));
  }

  /** {@code ?lang=} sets the language and remembers it; else the cookie; else Bokmål. */
  static Locale language(HttpServletRequest request, HttpServletResponse response) {
    String asked = request.getParameter("lang");
    if ("en".equals(asked) || "nb".equals(asked)) {
      response.addHeader(
          "Set-Cookie",
          LANGUAGE_COOKIE
              + "="
              + asked
              + "; Path=/; Max-Age=31536000; SameSite=Lax"
              + (SessionCookies.overTls(request) ? "; Secure" : ""));
      return asked.equals("en") ? PageRenderer.ENGLISH : PageRenderer.BOKMAL;
    }
    Cookie[] cookies = request.getCookies();
    if (cookies != null) {
      for (Cookie cookie : cookies) {
        if (LANGUAGE_COOKIE.equals(cookie.getName()) && "en".equals(cookie.getValue())) {
          return PageRenderer.ENGLISH;
        }
      }
    }
    return PageRenderer.BOKMAL;
  }

  /** The same page in the other language: the query kept, {@code lang} replaced. */
  static String withLanguage(HttpServletRequest request, String lang) {
    StringBuilder url = new StringBuilder(request.getRequestURI()).append("?lang=").append(lang);
    request
        .getParameterMap()
        .forEach(
            (name, values) -> {
              if (!name.equals("lang")) {
                for (String value : values) {
                  url.append('&').append(encode(name)).append('=').append(encode(value));
                }
              }
            });
    return url.toString();
  }

  static String absolute(HttpServletRequest request, String path) {
    String base =
        Settings.publicUrl()
            .orElseGet(
                () -> {
                  String url = request.getRequestURL().toString();
                  return url.substring(0, url.length() - request.getRequestURI().length());
                });
    return base + path;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
