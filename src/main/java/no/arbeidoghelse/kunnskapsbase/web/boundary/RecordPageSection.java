package no.arbeidoghelse.kunnskapsbase.web.boundary;

import no.arbeidoghelse.kunnskapsbase.item.boundary.ItemJson;

/**
 * What a kind shows on its record page besides the fields every record has (an event's programme
 * and sign-up form, a network's members): a template with a fragment {@code section(s)} and its
 * model. {@link RecordPage} finds every such bean.
 */
interface RecordPageSection {

  /** The kind of record (key) it belongs to. */
  String kind();

  /** The template holding the fragment {@code section(s)}. */
  String template();

  /** The fragment's model for this record as the visitor may see it. */
  Object model(ItemJson record, Page.Visit visit);
}
