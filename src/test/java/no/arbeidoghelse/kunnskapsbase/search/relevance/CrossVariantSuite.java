package no.arbeidoghelse.kunnskapsbase.search.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import no.arbeidoghelse.kunnskapsbase.search.control.SearchFixture;
import no.arbeidoghelse.kunnskapsbase.search.entity.SearchRequest;

/**
 * Whether a search in one written standard of Norwegian finds what the same search in the other
 * finds, on real text: every sentence of the Universal Dependencies Nynorsk and Bokmål sets in
 * {@code ../shared/corpora/norwegian/ud-sentences} is a record in its standard, searched through
 * the real index and analyzers. Each word pair ({@code relevance/nynorsk-bokmal-pairs.tsv}: kind,
 * Nynorsk forms, Bokmål forms) is searched in both standards; a sentence with any form of the pair
 * is relevant. Reports recall@20 and P@10 of each standard's query and how much of what one
 * standard's query finds the other's finds too. (Judgments list only some forms of each word; a
 * query also finds the other forms, which count as misses in recall and precision.)
 */
public final class CrossVariantSuite {

  static final Path SENTENCES = TestCollection.CORPORA.resolve("norwegian/ud-sentences");

  record Pair(String kind, List<String> nynorsk, List<String> bokmal) {
    Set<String> forms() {
      Set<String> forms = new HashSet<>(nynorsk);
      forms.addAll(bokmal);
      return forms;
    }
  }

  /** Means over the pairs of one kind (or all). */
  record Scores(
      int pairs,
      double recallNynorsk,
      double recallBokmal,
      double precisionNynorsk,
      double precisionBokmal,
      double bokmalFindsNynorsk,
      double nynorskFindsBokmal) {}

  public record Outcome(Map<String, Scores> byKind) {
    Scores all() {
      return byKind.get("all");
    }

    public String table() {
      var out =
          new StringBuilder(
              String.format(
                  "Nynorsk/Bokmål cross-variant suite (ud-sentences)%n| pairs | kind | recall@20 nn"
                      + " query | recall@20 nb query | P@10 nn | P@10 nb | nb query finds of what nn's"
                      + " finds | nn query finds of what nb's finds |%n|---|---|---|---|---|---|---|---|%n"));
      byKind.forEach(
          (kind, s) ->
              out.append(
                  String.format(
                      "| %d | %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                      s.pairs(),
                      kind,
                      s.recallNynorsk(),
                      s.recallBokmal(),
                      s.precisionNynorsk(),
                      s.precisionBokmal(),
                      s.bokmalFindsNynorsk(),
                      s.nynorskFindsBokmal())));
      return out.toString();
    }
  }

  private CrossVariantSuite() {}

  public static Outcome run(Path indexDirectory) throws IOException {
    List<Pair> pairs = pairs();
    Map<String, Set<String>> words = new LinkedHashMap<>();
    try (var fixture = new SearchFixture(indexDirectory)) {
      var records = new ArrayList<no.arbeidoghelse.kunnskapsbase.search.entity.IndexedRecord>();
      for (String file : List.of("nno-dev.txt", "nno-test.txt", "nob-dev.txt", "nob-test.txt")) {
        String language = file.startsWith("nno") ? "nn" : "nb";
        int line = 0;
        for (String sentence : Files.readAllLines(SENTENCES.resolve(file))) {
          String id = file + ":" + ++line;
          if (sentence.isBlank()) {
            continue;
          }
          words.put(
              id, Set.copyOf(List.of(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))));
          records.add(fixture.record(id).title(sentence).language(language).build());
        }
      }
      fixture.index.update(records, List.of());
      fixture.index.refresh();
      Map<String, List<double[]>> perKind = new LinkedHashMap<>();
      for (Pair pair : pairs) {
        Set<String> relevant = new HashSet<>();
        words.forEach(
            (id, ws) -> {
              if (pair.forms().stream().anyMatch(ws::contains)) {
                relevant.add(id);
              }
            });
        if (relevant.isEmpty()) {
          continue;
        }
        List<String> nn = top(fixture, pair.nynorsk().get(0));
        List<String> nb = top(fixture, pair.bokmal().get(0));
        double[] scores = {
          recall(nn, relevant),
          recall(nb, relevant),
          precision(nn, relevant),
          precision(nb, relevant),
          covers(nb, nn, relevant),
          covers(nn, nb, relevant)
        };
        if (Boolean.getBoolean("crossVariant.pairs")) {
          System.out.printf(
              "%s %s/%s relevant %d: recall nn %.2f nb %.2f, nb finds of nn's %.2f, nn finds of nb's %.2f%n",
              pair.kind(),
              pair.nynorsk().get(0),
              pair.bokmal().get(0),
              relevant.size(),
              scores[0],
              scores[1],
              scores[4],
              scores[5]);
        }
        perKind.computeIfAbsent(pair.kind(), k -> new ArrayList<>()).add(scores);
        perKind.computeIfAbsent("all", k -> new ArrayList<>()).add(scores);
      }
      Map<String, Scores> byKind = new LinkedHashMap<>();
      perKind.forEach((kind, list) -> byKind.put(kind, mean(list)));
      return new Outcome(byKind);
    }
  }

  /** The first 100 hits. */
  private static List<String> top(SearchFixture fixture, String query) throws IOException {
    return fixture.search(query).hits().stream().map(SearchRequest.Hit::id).toList();
  }

  private static double recall(List<String> hits, Set<String> relevant) {
    return hits.subList(0, Math.min(20, hits.size())).stream().filter(relevant::contains).count()
        / (double) Math.min(20, relevant.size());
  }

  private static double precision(List<String> top, Set<String> relevant) {
    return top.subList(0, Math.min(10, top.size())).stream().filter(relevant::contains).count()
        / (double) Math.min(10, relevant.size());
  }

  /**
   * The share of the relevant records that {@code other} found (in its first 100 hits) which {@code
   * one} found as well (1 when {@code other} found none): whether the standards match the same
   * records, whatever the order.
   */
  private static double covers(List<String> one, List<String> other, Set<String> relevant) {
    var found = other.stream().filter(relevant::contains).toList();
    return found.isEmpty()
        ? 1
        : found.stream().filter(one::contains).count() / (double) found.size();
  }

  private static Scores mean(List<double[]> list) {
    double[] sum = new double[6];
    list.forEach(
        scores -> {
          for (int i = 0; i < sum.length; i++) {
            sum[i] += scores[i];
          }
        });
    int n = list.size();
    return new Scores(n, sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n, sum[4] / n, sum[5] / n);
  }

  private static List<Pair> pairs() throws IOException {
    List<Pair> pairs = new ArrayList<>();
    try (InputStream in =
        CrossVariantSuite.class.getResourceAsStream("/relevance/nynorsk-bokmal-pairs.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] fields = line.split("\t");
        if (!line.startsWith("#") && fields.length == 3) {
          pairs.add(
              new Pair(fields[0], List.of(fields[1].split(" ")), List.of(fields[2].split(" "))));
        }
      }
    }
    return pairs;
  }
}
