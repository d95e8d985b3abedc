package no.arbeidoghelse.kunnskapsbase.taxonomy.boundary;

import java.util.ArrayList;
import no.arbeidoghelse.kunnskapsbase.taxonomy.control.Taxonomy;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Fills the OpenAPI document's enums from {@code index-config/taxonomy.json}: a schema marked
 * {@code x-value-list: providerTypes} gets that list's keys as its {@code enum}, so the document
 * served at {@code /openapi} lists the keys the server accepts (configured as {@code
 * mp.openapi.filter}).
 */
public class ValueListEnums implements OASFilter {

  /** The extension that names a schema's value list. */
  public static final String EXTENSION = "x-value-list";

  @Override
  public Schema filterSchema(Schema schema) {
    if (schema.getExtensions() != null && schema.getExtensions().get(EXTENSION) != null) {
      String list = schema.getExtensions().get(EXTENSION).toString();
      schema.setEnumeration(new ArrayList<>(Taxonomy.configured().valueKeys(list)));
    }
    return schema;
  }
}
