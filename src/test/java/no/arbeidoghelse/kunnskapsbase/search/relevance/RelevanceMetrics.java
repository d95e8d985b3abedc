package no.arbeidoghelse.kunnskapsbase.search.relevance;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mean average precision and nDCG@10 of ranked results against binary relevance judgments. */
final class RelevanceMetrics {

  private RelevanceMetrics() {}

  /** Average precision of one ranking: relevant documents not retrieved count as zero. */
  static double averagePrecision(List<String> ranking, Set<String> relevant) {
    if (relevant.isEmpty()) {
      return 0;
    }
    double sum = 0;
    int found = 0;
    for (int i = 0; i < ranking.size(); i++) {
      if (relevant.contains(ranking.get(i))) {
        found++;
        sum += (double) found / (i + 1);
      }
    }
    return sum / relevant.size();
  }

  static double ndcgAt10(List<String> ranking, Set<String> relevant) {
    double dcg = 0;
    for (int i = 0; i < Math.min(10, ranking.size()); i++) {
      if (relevant.contains(ranking.get(i))) {
        dcg += 1 / log2(i + 2);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(10, relevant.size()); i++) {
      ideal += 1 / log2(i + 2);
    }
    return ideal == 0 ? 0 : dcg / ideal;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  /** Scores of one system over all queries. */
  record Scores(double map, double ndcg10) {
    static Scores of(Map<String, List<String>> rankings, Map<String, Set<String>> relevant) {
      double map = 0;
      double ndcg = 0;
      for (var query : relevant.keySet()) {
        List<String> ranking = rankings.getOrDefault(query, List.of());
        map += averagePrecision(ranking, relevant.get(query));
        ndcg += ndcgAt10(ranking, relevant.get(query));
      }
      return new Scores(map / relevant.size(), ndcg / relevant.size());
    }
  }
}
