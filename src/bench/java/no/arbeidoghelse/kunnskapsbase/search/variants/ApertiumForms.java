package no.arbeidoghelse.kunnskapsbase.search.variants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The Bokmål lemmas each inflected form of either standard stands for, by Apertium's morphological
 * analysers and its bilingual dictionary ({@code apertium-nno-nob}, read with {@code lt-proc}): the
 * Nynorsk "kjem" is a present tense of "komme", as is the Bokmål "kommer"; "skreiv" and "skrev" are
 * past tenses of "skrive". This covers what word pairs cannot: words written alike in both
 * standards as lemmas whose forms differ (strong verbs, irregular nouns). Only forms that the
 * stemmer does not already bring onto their lemma's stem are kept, so the table stays small.
 */
final class ApertiumForms {

  private static final Pattern READING = Pattern.compile("\\^([^/$]*)/([^$]*)\\$");

  private final Path root;
  private final Path apertium;

  ApertiumForms(Path root) {
    this.root = root;
    this.apertium = root.resolve("usr/share/apertium/apertium-nno-nob");
  }

  /**
   * Form to Bokmål lemmas, for the forms of both standards whose stem differs from their lemma's.
   * {@code nynorskLemmas} and {@code bokmalLemmas} are the dictionaries' own lemmas: readings of
   * lemmas outside them (Apertium's guesses at rare words) are left out. A form that both standards
   * write keeps only the lemmas that one standard reads it as and the other does not: "kjem" is
   * also a rare Bokmål form, but only Nynorsk reads it as "komme"; "trygd" (a benefit, and a
   * participle of "trygge" in both) already finds itself in either standard, and lemmas for it
   * would only add other words ("trygg") to every search for it.
   */
  Map<String, Set<String>> lemmas(
      Set<String> nynorskForms,
      Set<String> bokmalForms,
      Set<String> nynorskLemmas,
      Set<String> bokmalLemmas,
      UnaryOperator<String> stem)
      throws IOException, InterruptedException {
    Map<String, Set<String>> bokmal = analyse("nob-nno.automorf.bin", bokmalForms, bokmalLemmas);
    Map<String, Set<String>> nynorskReadings =
        analyseReadings("nno-nob.automorf.bin", nynorskForms, nynorskLemmas);
    Map<String, Set<String>> translations = translate(nynorskReadings, bokmalLemmas);
    Map<String, Set<String>> nynorsk = new HashMap<>();
    nynorskReadings.forEach(
        (form, readings) ->
            readings.forEach(
                r ->
                    nynorsk
                        .computeIfAbsent(form, f -> new TreeSet<>())
                        .addAll(translations.getOrDefault(r, Set.of()))));
    Set<String> forms = new HashSet<>(bokmal.keySet());
    forms.addAll(nynorsk.keySet());
    Map<String, Set<String>> result = new HashMap<>();
    for (String form : forms) {
      Set<String> keys = new TreeSet<>(bokmal.getOrDefault(form, Set.of()));
      keys.addAll(nynorsk.getOrDefault(form, Set.of()));
      keep(form, keys, stem, result);
    }
    return result;
  }

  private static void keep(
      String form, Set<String> keys, UnaryOperator<String> stem, Map<String, Set<String>> result) {
    String formStem = stem.apply(form);
    for (String key : keys) {
      if (!formStem.equals(stem.apply(key))) {
        result.computeIfAbsent(form, f -> new TreeSet<>()).add(key);
      }
    }
  }

  /** Surface form to the lemmas of its readings (those among {@code lemmas}). */
  private Map<String, Set<String>> analyse(String analyser, Set<String> forms, Set<String> lemmas)
      throws IOException, InterruptedException {
    Map<String, Set<String>> result = new HashMap<>();
    analyseReadings(analyser, forms, lemmas)
        .forEach(
            (form, readings) ->
                readings.forEach(
                    r ->
                        result
                            .computeIfAbsent(form, f -> new TreeSet<>())
                            .add(r.substring(0, r.indexOf('<')))));
    return result;
  }

  /**
   * Surface form to its readings ({@code lemma<tags>}) whose lemma is among {@code lemmas}. A form
   * that is a noun of its own keeps its noun readings and the finite verb forms of other words
   * only: "trygd", the benefit, is also a participle of "trygge", and "helse" the Nynorsk for
   * "hilse" (greet), which would otherwise make every search for them one for "trygg" (safe) or
   * "hilse" too; "gjekk" is a noun, and mostly the past of "gå".
   */
  private Map<String, Set<String>> analyseReadings(
      String analyser, Set<String> forms, Set<String> lemmas)
      throws IOException, InterruptedException {
    Map<String, Set<String>> result = new HashMap<>();
    var input = new StringBuilder();
    forms.forEach(form -> input.append(form).append(" .\n"));
    var matcher = READING.matcher(ltProc(List.of(apertium.resolve(analyser).toString()), input));
    while (matcher.find()) {
      String form = matcher.group(1);
      for (String reading : matcher.group(2).split("/")) {
        int tags = reading.indexOf('<');
        if (tags > 0
            && !reading.contains("<cmp>")
            && !reading.contains("compound")
            && lemmas.contains(reading.substring(0, tags))) {
          result.computeIfAbsent(form, f -> new LinkedHashSet<>()).add(reading);
        }
      }
    }
    result.forEach(
        (form, readings) -> {
          if (readings.stream().anyMatch(r -> r.startsWith(form + "<n>"))) {
            readings.removeIf(
                r ->
                    !r.contains("<n>")
                        && (r.startsWith(form + "<")
                            || !(r.contains("<pres>") || r.contains("<pret>"))));
          }
        });
    return result;
  }

  /** Nynorsk reading to the Bokmål lemmas the bilingual dictionary gives for it. */
  private Map<String, Set<String>> translate(
      Map<String, Set<String>> readings, Set<String> bokmalLemmas)
      throws IOException, InterruptedException {
    Set<String> all = new TreeSet<>();
    readings.values().forEach(all::addAll);
    List<String> ordered = new ArrayList<>(all);
    var input = new StringBuilder();
    ordered.forEach(r -> input.append('^').append(r).append("$\n"));
    String output =
        ltProc(List.of("-b", apertium.resolve("nno-nob.autobil.bin").toString()), input);
    Map<String, Set<String>> result = new HashMap<>();
    var matcher = READING.matcher(output);
    while (matcher.find()) {
      String reading = matcher.group(1);
      String same = reading.substring(0, reading.indexOf('<'));
      Set<String> targets = new HashSet<>();
      for (String target : matcher.group(2).split("/")) {
        int tags = target.indexOf('<');
        String lemma = (tags > 0 ? target.substring(0, tags) : target).toLowerCase();
        if (bokmalLemmas.contains(lemma)) {
          targets.add(lemma);
        }
      }
      // a word that Bokmål writes alike is that word and its other spellings ("utslepp",
      // "utslipp"): other words are translations of its senses ("trygd" as "støtte", "trygghet")
      if (targets.contains(same)) {
        targets.removeIf(target -> edits(target, same) > 2);
      }
      result.put(reading, targets);
    }
    return result;
  }

  private String ltProc(List<String> args, CharSequence input)
      throws IOException, InterruptedException {
    Path in = Files.createTempFile("lt-proc", ".in");
    Path out = Files.createTempFile("lt-proc", ".out");
    try {
      Files.writeString(in, input, StandardCharsets.UTF_8);
      var command = new ArrayList<>(List.of(root.resolve("usr/bin/lt-proc").toString()));
      command.addAll(args);
      var builder =
          new ProcessBuilder(command)
              .redirectInput(in.toFile())
              .redirectOutput(out.toFile())
              .redirectError(ProcessBuilder.Redirect.INHERIT);
      builder
          .environment()
          .put("LD_LIBRARY_PATH", root.resolve("usr/lib/x86_64-linux-gnu").toString());
      int exit = builder.start().waitFor();
      if (exit != 0) {
        throw new IOException("lt-proc " + args + " exited with " + exit);
      }
      return Files.readString(out, StandardCharsets.UTF_8);
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
    }
  }

  /** Levenshtein distance. */
  static int edits(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
