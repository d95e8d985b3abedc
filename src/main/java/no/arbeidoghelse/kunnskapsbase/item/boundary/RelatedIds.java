package no.arbeidoghelse.kunnskapsbase.item.boundary;

import java.util.ArrayList;
import java.util.List;

/** The records a kind links to, gathered from the JSON lists it writes. */
public final class RelatedIds {

  private RelatedIds() {}

  @SafeVarargs
  public static List<String> of(List<String>... lists) {
    List<String> ids = new ArrayList<>();
    for (List<String> list : lists) {
      if (list != null) {
        list.stream().map(String::strip).forEach(ids::add);
      }
    }
    return ids;
  }
}
