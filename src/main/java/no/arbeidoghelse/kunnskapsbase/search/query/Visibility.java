package no.arbeidoghelse.kunnskapsbase.search.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import no.arbeidoghelse.kunnskapsbase.item.control.ReadAccess;
import no.arbeidoghelse.kunnskapsbase.item.entity.ItemState;
import no.arbeidoghelse.kunnskapsbase.platform.security.Caller;
import no.arbeidoghelse.kunnskapsbase.search.index.PerReader;
import no.arbeidoghelse.kunnskapsbase.search.schema.IndexSchema;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * The records a caller may find in an index reader: the item core's {@link ReadAccess} as a Lucene
 * query, without withdrawn records (searching never finds them).
 */
public final class Visibility {

  private static final String WITHDRAWN = ItemState.WITHDRAWN.key();
  private static final String PUBLIC_STATE = ReadAccess.of(Caller.ANONYMOUS).publicState().key();

  /**
   * The states other than the public one that records of the reader are in. A record has exactly
   * one state, so "public" is "none of these": a few rare records to skip, where a filter on the
   * public state would have to be checked for nearly every record the text matches.
   */
  private static final PerReader<List<Term>> UNPUBLISHED_STATES =
      new PerReader<>(Visibility::unpublishedStates);

  private final Caller caller;
  private final IndexReader reader;

  public Visibility(Caller caller, IndexReader reader) {
    this.caller = caller;
    this.reader = reader;
  }

  /** The records of {@code query} that the caller may see. */
  public Query of(Query query) {
    var visible = new BooleanQuery.Builder().add(query, Occur.MUST);
    restrict(visible);
    return visible.build();
  }

  /** Restricts a query with a required clause of its own to the records the caller may see. */
  public void restrict(BooleanQuery.Builder query) {
    ReadAccess access = ReadAccess.of(caller);
    if (!access.everything() && access.owner().isEmpty()) {
      for (Term state : UNPUBLISHED_STATES.get(reader)) {
        query.add(new TermQuery(state), Occur.MUST_NOT);
      }
      return;
    }
    query.add(new TermQuery(new Term(IndexSchema.STATE, WITHDRAWN)), Occur.MUST_NOT);
    if (!access.everything()) {
      query.add(
          new BooleanQuery.Builder()
              .add(
                  new TermQuery(new Term(IndexSchema.STATE, access.publicState().key())),
                  Occur.SHOULD)
              .add(new TermQuery(new Term(IndexSchema.OWNER, access.owner().get())), Occur.SHOULD)
              .build(),
          Occur.FILTER);
    }
  }

  private static List<Term> unpublishedStates(IndexReader reader) {
    List<Term> states = new ArrayList<>();
    try {
      var terms = MultiTerms.getTerms(reader, IndexSchema.STATE);
      if (terms != null) {
        var iterator = terms.iterator();
        for (BytesRef state = iterator.next(); state != null; state = iterator.next()) {
          if (!state.utf8ToString().equals(PUBLIC_STATE)) {
            states.add(new Term(IndexSchema.STATE, BytesRef.deepCopyOf(state)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(states);
  }
}
