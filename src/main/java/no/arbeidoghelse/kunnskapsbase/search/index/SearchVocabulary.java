package no.arbeidoghelse.kunnskapsbase.search.index;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.arbeidoghelse.kunnskapsbase.platform.concurrency.ManagedThreads;
import no.arbeidoghelse.kunnskapsbase.platform.startup.StartupPhase;
import no.arbeidoghelse.kunnskapsbase.platform.startup.StartupTask;
import no.arbeidoghelse.kunnskapsbase.vocabulary.control.Vocabulary;
import no.arbeidoghelse.kunnskapsbase.vocabulary.entity.VocabularyChanged;
import no.arbeidoghelse.kunnskapsbase.vocabulary.entity.VocabularyEntry;

/**
 * Searches use the editors' vocabulary: at start-up, at once after a change on this instance, and
 * within {@link #POLL_SECONDS} of a change on another instance sharing the database (each compares
 * the vocabulary's version with the one its searches use). Only the query side changes, so nothing
 * is indexed again.
 */
@ApplicationScoped
public class SearchVocabulary implements StartupTask {

  private static final Logger LOG = Logger.getLogger(SearchVocabulary.class.getName());
  static final long POLL_SECONDS = 2;

  @Inject Vocabulary vocabulary;
  @Inject LuceneIndex lucene;
  @Inject ManagedThreads threads;

  /** The vocabulary version the searches use; -1 before the first. */
  private volatile long applied = -1;

  private volatile boolean running;
  private Thread poller;

  @Override
  public StartupPhase phase() {
    return StartupPhase.SEARCH_VOCABULARY;
  }

  @Override
  public void run() {
    refresh();
    running = true;
    poller = threads.named("search-vocabulary").newThread(this::poll);
    poller.start();
  }

  void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) VocabularyChanged change) {
    if (running && change.version() > applied) {
      try {
        refresh();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The changed vocabulary waits for the next check", e);
      }
    }
  }

  private void poll() {
    while (running) {
      try {
        TimeUnit.SECONDS.sleep(POLL_SECONDS);
        if (vocabulary.version() != applied) {
          refresh();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Reading the vocabulary failed; trying again", e);
      }
    }
  }

  /** Reads the vocabulary and gives it to the searches, unless they have this version already. */
  synchronized void refresh() {
    long version = vocabulary.version();
    if (version == applied) {
      return;
    }
    lucene.useVocabulary(rules(vocabulary.all()));
    applied = version;
    LOG.fine(() -> "Searches use vocabulary version " + version);
  }

  /** The entries as synonym rules (Solr format, one line per entry), by analyzer. */
  private Map<String, String> rules(List<VocabularyEntry> entries) {
    Map<String, StringBuilder> byAnalyzer = new LinkedHashMap<>();
    var configuration = lucene.schema().configuration();
    for (VocabularyEntry entry : entries) {
      configuration
          .analyzerFor(entry.language())
          .ifPresent(
              analyzer ->
                  byAnalyzer
                      .computeIfAbsent(analyzer, a -> new StringBuilder())
                      .append(
                          String.join(
                              ", ", entry.terms().stream().map(SearchVocabulary::escape).toList()))
                      .append('\n'));
    }
    Map<String, String> rules = new LinkedHashMap<>();
    byAnalyzer.forEach((analyzer, text) -> rules.put(analyzer, text.toString()));
    return rules;
  }

  /** The synonym format's own signs, read as text. */
  private static String escape(String term) {
    return term.replace("\\", "\\\\").replace(",", "\\,").replace("=>", "=\\>");
  }

  @PreDestroy
  void stop() {
    running = false;
    if (poller != null) {
      poller.interrupt();
    }
  }
}
