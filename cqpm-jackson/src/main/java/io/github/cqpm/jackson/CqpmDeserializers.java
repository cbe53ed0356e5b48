package io.github.cqpm.jackson;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import io.github.cqpm.json.CqpmFormat;
import io.github.cqpm.json.JsonWritable;
import io.github.cqpm.model.referential.ReferentialCatalog;

/**
 * The module's readers: each model type's, registered by class, and a document's outside the model
 * that declares its JSON ({@link CqpmFormat#documentBinding(Class)}: {@code DecisionDocument}), so
 * that what the module writes as a {@link JsonWritable} it reads back the same way.
 */
final class CqpmDeserializers extends SimpleDeserializers {
  private static final long serialVersionUID = 1L;

  /** The référentiels a dossier may name, in a document too. */
  private final transient ReferentialCatalog catalog;

  CqpmDeserializers(ReferentialCatalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public JsonDeserializer<?> findBeanDeserializer(
      JavaType type, DeserializationConfig config, BeanDescription description) throws JsonMappingException {
    JsonDeserializer<?> registered = super.findBeanDeserializer(type, config, description);
    return registered != null ? registered : document(type.getRawClass());
  }

  private <T> JsonDeserializer<T> document(Class<T> type) {
    return CqpmFormat.documentBinding(type).map(binding -> new StrictDeserializer<>(binding, catalog)).orElse(null);
  }
}
