package no.arbeidoghelse.kunnskapsbase.search.schema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;
import org.apache.lucene.util.Version;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.FSTCompiler;
import org.apache.lucene.util.fst.Util;

/**
 * Lets text in one written standard of Norwegian meet text in the other. Every form of a word in
 * either standard ("sjukdomane", "sykdommene") also stands for its group's key, the Bokmål lemma
 * ("sykdom"), at the same position, in indexed and searched text alike; so inflected forms and
 * words whose lemmas differ altogether meet. With {@code compounds} true, a compound the table does
 * not list is also read by its parts when a part is in the table ("sjukefråværsoppfølging": the
 * parts' keys "syk", "fravær" and "oppfølging"), so compounds whose parts differ between the
 * standards meet too; that doubles the cost of analysis, so it is off unless configured.
 *
 * <p>The table ({@code forms}: files of lines {@code key<TAB>form form ...}) is generated from
 * maintained lexical resources by {@code tools/nynorsk-bokmal.sh}; an installation adds its own
 * groups in a file of its own, one per line, {@code nynorsk, bokmål} with the Bokmål form (the key)
 * last. Named in {@code search.json} by class name.
 */
public final class WrittenStandardsFilterFactory extends TokenFilterFactory
    implements ResourceLoaderAware {

  /** The type of the tokens this filter adds. */
  public static final String VARIANT = "variant";

  /** Shortest part of a compound read on its own; shorter endings are mostly inflection. */
  private static final int MIN_PART = 4;

  /** Tables by the digest of their files' contents. */
  private static final Map<String, FormTable> TABLES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Where built tables are kept between starts; none (tests) builds them in every process. */
  private static volatile Path storedTables;

  /**
   * Keeps the built tables in this directory: building one reads a quarter of a million forms
   * through the analyzer (two seconds of every start); reading it back takes milliseconds.
   */
  public static void keepTablesIn(Path directory) {
    storedTables = directory;
  }

  private final java.util.Set<String> files;
  private final boolean compounds;
  private FormTable keys;

  public WrittenStandardsFilterFactory(Map<String, String> args) {
    super(args);
    files = getSet(args, "forms");
    compounds = getBoolean(args, "compounds", false);
    if (files == null || files.isEmpty()) {
      throw new IllegalArgumentException("needs \"forms\": the files of the form table");
    }
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters: " + args.keySet());
    }
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    List<byte[]> contents = new ArrayList<>();
    var digest = sha256();
    for (String file : files) {
      try (var in = loader.openResource(file)) {
        byte[] bytes = in.readAllBytes();
        contents.add(bytes);
        digest.update(bytes);
      }
    }
    // every analyzer chain (index, query, each vocabulary change) has its own factory: the table
    // of the same files is built once
    // the table depends on the files, on how this code and Lucene read them
    digest.update(Version.LATEST.toString().getBytes(StandardCharsets.UTF_8));
    for (var type : List.of(WrittenStandardsFilterFactory.class, SynonymRuleAnalyzer.class)) {
      try (var code = type.getResourceAsStream(type.getSimpleName() + ".class")) {
        if (code != null) {
          digest.update(code.readAllBytes());
        }
      }
    }
    String id = java.util.HexFormat.of().formatHex(digest.digest());
    try {
      keys = TABLES.computeIfAbsent(id, k -> stored(k, () -> read(contents)));
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The table kept under this id, or a new one, kept for the next start. */
  static FormTable stored(String id, java.util.function.Supplier<FormTable> build) {
    Path directory = storedTables;
    if (directory == null) {
      return build.get();
    }
    Path file = directory.resolve("forms-" + id + ".fst");
    if (Files.isRegularFile(file)) {
      try (var in = new InputStreamDataInput(Files.newInputStream(file))) {
        return FormTable.read(in);
      } catch (IOException | RuntimeException damaged) {
        java.util.logging.Logger.getLogger(WrittenStandardsFilterFactory.class.getName())
            .warning(() -> "Building the form table again: " + file + " is damaged: " + damaged);
      }
    }
    FormTable table = build.get();
    try {
      Files.createDirectories(directory);
      Path partial = Files.createTempFile(directory, "forms-", ".partial");
      try (var out = new OutputStreamDataOutput(Files.newOutputStream(partial))) {
        table.write(out);
      }
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      java.util.logging.Logger.getLogger(WrittenStandardsFilterFactory.class.getName())
          .warning(() -> "Cannot keep the form table in " + directory + ": " + e);
    }
    return table;
  }

  private static FormTable read(List<byte[]> contents) {
    Map<String, List<String>> table = new HashMap<>();
    try (Analyzer normal = new SynonymRuleAnalyzer()) {
      for (byte[] content : contents) {
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank() && !line.startsWith("#")) {
            group(normal, line, table);
          }
        }
      }
      return FormTable.of(table);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static java.security.MessageDigest sha256() {
    try {
      return java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * One line of the table: {@code key<TAB>form form ...} (the generated table) or {@code form,
   * form, ..., key} (an installation's own groups, the Bokmål form last). Every form, the key
   * included, stands for the key; entries of more than one word are left out.
   */
  private static void group(Analyzer normal, String line, Map<String, List<String>> table)
      throws IOException {
    int tab = line.indexOf('\t');
    String[] forms =
        tab >= 0
            ? (line.substring(0, tab) + " " + line.substring(tab + 1)).split(" ")
            : line.split(",");
    String key = normal(normal, tab >= 0 ? line.substring(0, tab) : forms[forms.length - 1]);
    if (key == null) {
      return;
    }
    for (String form : forms) {
      String normalForm = normal(normal, form.strip());
      if (normalForm != null) {
        var list = table.computeIfAbsent(normalForm, f -> new ArrayList<>(1));
        if (!list.contains(key)) {
          list.add(key);
        }
      }
    }
  }

  /** Lower-case Norwegian letters with nothing for the Scandinavian normalisation to fold. */
  private static final java.util.regex.Pattern ALREADY_NORMAL =
      java.util.regex.Pattern.compile("(?!.*(?:aa|ao|ae|oe|oo))[a-zæøå]+");

  /** The word as the analyzer has it when this filter reads it, or null if it is not one word. */
  static String normal(Analyzer analyzer, String word) throws IOException {
    // most of the quarter of a million forms need no analysis (a second of every start)
    if (ALREADY_NORMAL.matcher(word).matches()) {
      return word;
    }
    try (var stream = analyzer.tokenStream("", word)) {
      var term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      String only = stream.incrementToken() ? term.toString() : null;
      boolean more = stream.incrementToken();
      stream.end();
      return more ? null : only;
    }
  }

  @Override
  public TokenStream create(TokenStream input) {
    if (keys == null) {
      throw new IllegalStateException("the form table was not read (inform)");
    }
    return new WrittenStandardsFilter(input, keys, compounds);
  }

  /** Number of forms in the table (for tests and the log). */
  public int size() {
    return keys.size();
  }

  /**
   * Form to keys, as a finite state transducer: the generated table has a quarter of a million
   * forms, which as a hash map of strings took 35 MB of heap per analyzer; as an FST, a few.
   */
  static final class FormTable {
    private static final char SEPARATOR = ' ';
    private final FST<BytesRef> fst;
    private final int size;

    private FormTable(FST<BytesRef> fst, int size) {
      this.fst = fst;
      this.size = size;
    }

    static FormTable of(Map<String, List<String>> table) throws IOException {
      var sorted = new TreeMap<BytesRef, String>();
      table.forEach(
          (form, keys) ->
              sorted.put(new BytesRef(form), String.join(String.valueOf(SEPARATOR), keys)));
      var compiler =
          new FSTCompiler.Builder<>(FST.INPUT_TYPE.BYTE1, ByteSequenceOutputs.getSingleton())
              .build();
      var scratch = new IntsRefBuilder();
      for (var entry : sorted.entrySet()) {
        compiler.add(Util.toIntsRef(entry.getKey(), scratch), new BytesRef(entry.getValue()));
      }
      var metadata = compiler.compile();
      return new FormTable(
          metadata == null ? null : FST.fromFSTReader(metadata, compiler.getFSTReader()),
          sorted.size());
    }

    void write(DataOutput out) throws IOException {
      out.writeVInt(size);
      out.writeByte((byte) (fst == null ? 0 : 1));
      if (fst != null) {
        fst.save(out, out);
      }
    }

    static FormTable read(DataInput in) throws IOException {
      int size = in.readVInt();
      if (in.readByte() == 0) {
        return new FormTable(null, size);
      }
      var outputs = ByteSequenceOutputs.getSingleton();
      return new FormTable(new FST<>(FST.readMetadata(in, outputs), in), size);
    }

    /** The keys the form stands for, or null if the table has no such form. */
    String[] get(CharSequence form, BytesRefBuilder scratch) throws IOException {
      if (fst == null) {
        return null;
      }
      scratch.copyChars(form);
      BytesRef keys = Util.get(fst, scratch.get());
      return keys == null ? null : keys.utf8ToString().split(String.valueOf(SEPARATOR));
    }

    int size() {
      return size;
    }
  }

  private static final class WrittenStandardsFilter extends TokenFilter {
    private final FormTable keys;
    private final boolean compounds;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        addAttribute(PositionIncrementAttribute.class);
    private final TypeAttribute type = addAttribute(TypeAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private final BytesRefBuilder scratch = new BytesRefBuilder();
    private State current;

    WrittenStandardsFilter(TokenStream input, FormTable keys, boolean compounds) {
      super(input);
      this.keys = keys;
      this.compounds = compounds;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!pending.isEmpty()) {
        restoreState(current);
        term.setEmpty().append(pending.poll());
        increment.setPositionIncrement(0);
        type.setType(VARIANT);
        return true;
      }
      if (!input.incrementToken()) {
        return false;
      }
      if (!keyword.isKeyword()) {
        String[] found = keys.get(term, scratch);
        if (found != null) {
          for (String key : found) {
            if (!key.contentEquals(term)) {
              pending.add(key);
            }
          }
        } else if (compounds) {
          parts(term.toString());
        }
        if (!pending.isEmpty()) {
          current = captureState();
        }
      }
      return true;
    }

    /**
     * The parts of a compound the table does not list, each part as its keys when the table has it
     * and as it stands otherwise; only when at least one part is in the table (otherwise both
     * standards write the compound alike). Parts have at least {@link #MIN_PART} letters; a part is
     * also read without a joining "s" or "e".
     */
    private void parts(String word) throws IOException {
      List<String> parts = new ArrayList<>();
      if (split(word, parts)) {
        pending.addAll(parts);
      }
    }

    /** Adds the parts of the word; answers whether any came from the table. */
    private boolean split(String word, List<String> parts) throws IOException {
      // the longest known beginning first: "sjukefråvær..." is "sjuke" + ..., not "sjuk" + "e..."
      for (int at = word.length() - MIN_PART; at >= MIN_PART; at--) {
        String[] first = known(word.substring(0, at));
        if (first != null) {
          parts.addAll(List.of(first));
          String rest = word.substring(at);
          String[] last = keys.get(rest, scratch);
          if (last != null) {
            parts.addAll(List.of(last));
          } else if (!split(rest, parts)) {
            parts.add(rest);
          }
          return true;
        }
      }
      // a known ending after an unknown beginning: "arbeids" + "gjevar"
      for (int at = MIN_PART; at <= word.length() - MIN_PART; at++) {
        String[] last = keys.get(word.substring(at), scratch);
        if (last != null) {
          String first = word.substring(0, at);
          parts.add(first.endsWith("s") ? first.substring(0, at - 1) : first);
          parts.addAll(List.of(last));
          return true;
        }
      }
      return false;
    }

    /** The keys of a compound's beginning, with or without a joining letter; null if unknown. */
    private String[] known(String beginning) throws IOException {
      String[] found = keys.get(beginning, scratch);
      if (found == null && (beginning.endsWith("s") || beginning.endsWith("e"))) {
        found = keys.get(beginning.substring(0, beginning.length() - 1), scratch);
      }
      return found;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      pending.clear();
      current = null;
    }
  }
}
