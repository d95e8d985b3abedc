package no.arbeidoghelse.kunnskapsbase.search.schema;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilterFactory;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * Lucene's {@code dictionaryCompoundWord} (same parameters), with the parts it adds typed {@link
 * #PART}: the query side then asks for a compound's parts together, not for each on its own. Named
 * in {@code search.json} by class name.
 */
public final class CompoundPartsFilterFactory extends TokenFilterFactory
    implements ResourceLoaderAware {

  /** The type of a compound's parts. */
  public static final String PART = "part";

  private final DictionaryCompoundWordTokenFilterFactory compounds;

  public CompoundPartsFilterFactory(Map<String, String> args) {
    super(args);
    compounds = new DictionaryCompoundWordTokenFilterFactory(new HashMap<>(args));
    args.clear();
  }

  @Override
  public void inform(ResourceLoader loader) throws IOException {
    compounds.inform(loader);
  }

  @Override
  public TokenStream create(TokenStream input) {
    var read = new Counting(input);
    return new Marking(compounds.create(read), read);
  }

  /** Counts the tokens the compound filter reads. */
  private static final class Counting extends TokenFilter {
    private long tokens;

    Counting(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (input.incrementToken()) {
        tokens++;
        return true;
      }
      return false;
    }
  }

  /** A token the compound filter gave without reading one is a part it added. */
  private static final class Marking extends TokenFilter {
    private final Counting read;
    private final TypeAttribute type = addAttribute(TypeAttribute.class);

    Marking(TokenStream input, Counting read) {
      super(input);
      this.read = read;
    }

    @Override
    public boolean incrementToken() throws IOException {
      long before = read.tokens;
      if (!input.incrementToken()) {
        return false;
      }
      if (read.tokens == before) {
        type.setType(PART);
      }
      return true;
    }
  }
}
