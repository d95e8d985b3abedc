package no.arbeidoghelse.kunnskapsbase.web.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.curation.boundary.CurationViews;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemKinds;
import no.arbeidoghelse.kunnskapsbase.item.control.ItemService;

/**
 * {@code /sitemap.xml}: the public pages and every published record, newest changes first, so
 * search engines find them. One sitemap holds at most 50,000 addresses (the protocol's limit).
 */
@WebServlet(urlPatterns = "/sitemap.xml")
public class Sitemap extends HttpServlet {

  static final int LIMIT = 50_000;

  @Inject ItemService items;
  @Inject CurationViews curation;
  @Inject WebPaths paths;
  @Inject ItemKinds kinds;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/xml;charset=UTF-8");
    PrintWriter out = response.getWriter();
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    int written = 0;
    for (String path : List.of("/", WebPaths.SEARCH, WebPaths.GAP_MAP)) {
      url(out, Page.absolute(request, path), null);
      written++;
    }
    for (var theme : curation.themes(false)) {
      url(out, Page.absolute(request, WebPaths.THEMES + "/" + theme.slug()), null);
      written++;
    }
    for (var kind : kinds.all()) {
      for (Object[] row : items.published(kind.entityClass(), LIMIT - written)) {
        url(out, Page.absolute(request, paths.item(kind.key(), (String) row[0])), (Instant) row[1]);
        written++;
      }
    }
    out.println("</urlset>");
  }

  private static void url(PrintWriter out, String location, Instant changed) {
    out.print("  <url><loc>");
    out.print(location.replace("&", "&amp;").replace("<", "&lt;"));
    out.print("</loc>");
    if (changed != null) {
      out.print("<lastmod>" + changed.atOffset(ZoneOffset.UTC).toLocalDate() + "</lastmod>");
    }
    out.println("</url>");
  }
}
