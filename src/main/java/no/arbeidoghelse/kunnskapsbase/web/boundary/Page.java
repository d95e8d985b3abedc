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
import no.arbeidoghelse.kunnskapsbase.account.boundary.ApiAuthentication;
import no.arbeidoghelse.kunnskapsbase.account.control.AuthenticationFailure;
import no.arbeidoghelse.kunnskapsbase.account.entity.AccountSession;
import no.arbeidoghelse.kunnskapsbase.platform.domain.DomainException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.ApiException;
import no.arbeidoghelse.kunnskapsbase.platform.rest.Callers;
import no.arbeidoghelse.kunnskapsbase.platform.rest.HttpStatuses;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.platform.web.PublicAddress;
import no.arbeidoghelse.kunnskapsbase.platform.web.ServerTiming;
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
  protected record Visit(
      HttpServletRequest request, HttpServletResponse response, Locale locale, Caller caller) {
    public String lang() {
      return locale.getLanguage();
    }

    public String text(String key, Object... arguments) {
      return PageRenderer.text(locale, key, arguments);
    }
  }

  protected abstract View view(Visit visit);

  /** What a form leads to: another address (303 See Other), or a page shown with a status. */
  protected record Outcome(String redirect, View view, int status) {
    static Outcome redirect(String url) {
      return new Outcome(url, null, 303);
    }

    static Outcome show(View view, int status) {
      return new Outcome(null, view, status);
    }
  }

  /** A page that needs a signed-in visitor sends others to the sign-in page and back. */
  static final class SignInRequired extends RuntimeException {
    SignInRequired() {
      super(null, null, false, false);
    }
  }

  /** Handles a form; pages without forms answer 405. */
  protected Outcome submit(Visit visit) {
    throw new ApiException(405, visit.text("error.method"));
  }

  static void requireSignedIn(Visit visit) {
    if (!visit.caller().isAuthenticated()) {
      throw new SignInRequired();
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, visit -> Outcome.show(view(visit), 200));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(request, response, this::submit);
  }

  private void serve(
      HttpServletRequest request,
      HttpServletResponse response,
      java.util.function.Function<Visit, Outcome> handler)
      throws IOException {
    long begin = System.nanoTime();
    request.setCharacterEncoding("UTF-8");
    Locale locale = language(request, response);
    var visit = new Visit(request, response, locale, Callers.from(request));
    int status;
    String html;
    try {
      if (request.getAttribute(AuthenticationFailure.ATTRIBUTE)
              instanceof AuthenticationFailure refused
          && !"GET".equals(request.getMethod())) {
        // a form whose CSRF token or credentials were refused is not handled at all
        throw new ApiException(refused.status(), visit.text("error.refused"));
      }
      Outcome outcome = handler.apply(visit);
      if (outcome.redirect() != null) {
        response.setStatus(303);
        response.setHeader("Location", outcome.redirect());
        return;
      }
      status = outcome.status();
      html = render(visit, outcome.view());
    } catch (SignInRequired e) {
      response.setStatus(303);
      response.setHeader("Location", "/logg-inn?returnTo=" + encode(returnTo(request)));
      return;
    } catch (DomainException e) {
      status = HttpStatuses.of(e);
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
    // the page's own time (search and rendering), measured by the search benchmark
    response.setHeader("Server-Timing", ServerTiming.since("page", begin));
    response.getWriter().write(html);
  }

  /** Where to come back to after signing in: this page (a GET), else "my records". */
  private static String returnTo(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return "/mine";
    }
    return request.getRequestURI()
        + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
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
    model.put("editor", visit.caller().isEditor());
    model.put("admin", visit.caller().isAdmin());
    model.put(
        "csrf",
        request.getAttribute(ApiAuthentication.SESSION_ATTRIBUTE) instanceof AccountSession session
            ? session.csrfToken()
            : null);
    model.putIfAbsent("description", visit.text("site.description"));
    return renderer.render(view.template(), locale, model);
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
              + (PublicAddress.overTls(request) ? "; Secure" : ""));
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

  /**
   * The one segment after the page's address ({@code /organisasjoner/<id>}): 404 when there is none
   * or more.
   */
  static String segment(Visit visit) {
    String info = visit.request().getPathInfo();
    String segment = info == null ? "" : info.replaceAll("^/+|/+$", "");
    if (segment.isEmpty() || segment.contains("/")) {
      throw ApiException.notFound(visit.text("error.noSuchPage"));
    }
    return segment;
  }

  /**
   * JSON-LD to write into a script element: {@code <}, {@code >} and {@code &} as JSON escapes, so
   * no text from a record can end or disturb the element.
   */
  static String jsonLd(jakarta.json.JsonObject ld) {
    return ld.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }

  /** A role and, for a membership, its period ("medlem, fra 2015-01-01"). */
  static String roleAndPeriod(
      String role, java.time.LocalDate from, java.time.LocalDate to, Visit visit) {
    if (from == null) {
      return role;
    }
    String period =
        to == null
            ? visit.text("network.since", from.toString())
            : visit.text("network.period", from.toString(), to.toString());
    return role == null ? period : role + ", " + period;
  }

  static String absolute(HttpServletRequest request, String path) {
    return PublicAddress.origin(request) + path;
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
