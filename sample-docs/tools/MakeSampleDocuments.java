import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xslf.usermodel.SlideLayout;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFTextShape;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the sample documents in sample-docs/files from the texts in sample-docs/records/documents.json.
 * Run from the repository root after a build (the worker class path has POI and PDFBox):
 *   java -cp "target/ROOT/WEB-INF/extractor/lib/*" sample-docs/tools/MakeSampleDocuments.java
 */
public class MakeSampleDocuments {

  record Doc(String file, String title, String author, List<String> paragraphs) {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of("sample-docs", "files");
    Files.createDirectories(folder);
    String json = Files.readString(Path.of("sample-docs", "records", "documents.json"));
    for (Doc doc : parse(json)) {
      Path out = folder.resolve(doc.file());
      String ext = doc.file().substring(doc.file().lastIndexOf('.') + 1);
      switch (ext) {
        case "pdf" -> pdf(doc, out);
        case "docx" -> docx(doc, out);
        case "pptx" -> pptx(doc, out);
        case "odt" -> odt(doc, out);
        case "html" -> html(doc, out);
        default -> throw new IllegalArgumentException(doc.file());
      }
      System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    }
  }

  /** A small reader for our own documents.json (objects with file, title, author, paragraphs). */
  static List<Doc> parse(String json) {
    var docs = new java.util.ArrayList<Doc>();
    var object = java.util.regex.Pattern.compile("\\{[^{}]*\\}", java.util.regex.Pattern.DOTALL).matcher(json);
    while (object.find()) {
      String o = object.group();
      var paragraphs = new java.util.ArrayList<String>();
      var array = java.util.regex.Pattern.compile("\"paragraphs\"\\s*:\\s*\\[(.*?)\\]", java.util.regex.Pattern.DOTALL).matcher(o);
      if (array.find()) {
        var s = java.util.regex.Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(array.group(1));
        while (s.find()) {
          paragraphs.add(s.group(1).replace("\\\"", "\""));
        }
      }
      docs.add(new Doc(field(o, "file"), field(o, "title"), field(o, "author"), paragraphs));
    }
    return docs;
  }

  static String field(String o, String name) {
    var m = java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(o);
    return m.find() ? m.group(1).replace("\\\"", "\"") : null;
  }

  static void pdf(Doc doc, Path out) throws IOException {
    try (var pdf = new PDDocument()) {
      var font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      var bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      pdf.getDocumentInformation().setTitle(doc.title());
      pdf.getDocumentInformation().setAuthor(doc.author());
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      var stream = new PDPageContentStream(pdf, page);
      float y = 780;
      stream.beginText();
      stream.setFont(bold, 16);
      stream.newLineAtOffset(60, y);
      stream.showText(doc.title());
      stream.endText();
      y -= 36;
      for (String paragraph : doc.paragraphs()) {
        for (String line : wrap(paragraph, 90)) {
          if (y < 60) {
            stream.close();
            page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = 780;
          }
          stream.beginText();
          stream.setFont(font, 11);
          stream.newLineAtOffset(60, y);
          stream.showText(line);
          stream.endText();
          y -= 15;
        }
        y -= 8;
      }
      stream.close();
      pdf.save(out.toFile());
    }
  }

  static List<String> wrap(String text, int width) {
    var lines = new java.util.ArrayList<String>();
    var line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() + word.length() + 1 > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  static void docx(Doc doc, Path out) throws IOException {
    try (var docx = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
      docx.getProperties().getCoreProperties().setTitle(doc.title());
      docx.getProperties().getCoreProperties().setCreator(doc.author());
      var heading = docx.createParagraph().createRun();
      heading.setBold(true);
      heading.setFontSize(16);
      heading.setText(doc.title());
      for (String paragraph : doc.paragraphs()) {
        docx.createParagraph().createRun().setText(paragraph);
      }
      docx.write(os);
    }
  }

  static void pptx(Doc doc, Path out) throws IOException {
    try (var ppt = new XMLSlideShow(); OutputStream os = Files.newOutputStream(out)) {
      ppt.getProperties().getCoreProperties().setTitle(doc.title());
      ppt.getProperties().getCoreProperties().setCreator(doc.author());
      var master = ppt.getSlideMasters().get(0);
      var titleSlide = ppt.createSlide(master.getLayout(SlideLayout.TITLE));
      titleSlide.getPlaceholder(0).setText(doc.title());
      titleSlide.getPlaceholder(1).setText(doc.author());
      for (String paragraph : doc.paragraphs()) {
        var slide = ppt.createSlide(master.getLayout(SlideLayout.TITLE_AND_CONTENT));
        int colon = paragraph.indexOf(": ");
        ((XSLFTextShape) slide.getPlaceholder(0)).setText(colon > 0 ? paragraph.substring(0, colon) : doc.title());
        ((XSLFTextShape) slide.getPlaceholder(1)).setText(colon > 0 ? paragraph.substring(colon + 2) : paragraph);
      }
      ppt.write(os);
    }
  }

  static void odt(Doc doc, Path out) throws IOException {
    var content = new StringBuilder(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">"
            + "<office:body><office:text>");
    content.append("<text:h text:outline-level=\"1\">").append(xml(doc.title())).append("</text:h>");
    for (String paragraph : doc.paragraphs()) {
      content.append("<text:p>").append(xml(paragraph)).append("</text:p>");
    }
    content.append("</office:text></office:body></office:document-content>");
    String meta =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\"><office:meta>"
            + "<dc:title>" + xml(doc.title()) + "</dc:title><dc:creator>" + xml(doc.author())
            + "</dc:creator></office:meta></office:document-meta>";
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<manifest:manifest"
            + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
            + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
            + "</manifest:manifest>";
    try (var zip = new ZipOutputStream(Files.newOutputStream(out))) {
      byte[] mimetype = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
      var entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(mimetype.length);
      var crc = new CRC32();
      crc.update(mimetype);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(mimetype);
      zip.closeEntry();
      for (var file : List.of(
          new String[] {"content.xml", content.toString()},
          new String[] {"meta.xml", meta},
          new String[] {"META-INF/manifest.xml", manifest})) {
        zip.putNextEntry(new ZipEntry(file[0]));
        zip.write(file[1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }

  static void html(Doc doc, Path out) throws IOException {
    var html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        .append(xml(doc.title())).append("</title><meta name=\"author\" content=\"")
        .append(xml(doc.author())).append("\"></head>\n<body>\n<h1>").append(xml(doc.title())).append("</h1>\n");
    for (String paragraph : doc.paragraphs()) {
      html.append("<p>").append(xml(paragraph)).append("</p>\n");
    }
    html.append("</body></html>\n");
    Files.writeString(out, html);
  }

  static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
