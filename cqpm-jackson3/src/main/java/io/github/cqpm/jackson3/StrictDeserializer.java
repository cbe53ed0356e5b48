package io.github.cqpm.jackson3;

import io.github.cqpm.json.CqpmFormat;
import io.github.cqpm.json.InvalidDocumentException;
import io.github.cqpm.model.referential.ReferentialCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

/**
 * Deserializes one model type with the format's strict reader, whatever the mapper's settings: no
 * default typing (a type id is never read), no null, no unknown, duplicated or missing property.
 *
 * @param <T> the model type
 */
final class StrictDeserializer<T> extends StdDeserializer<T> {
  /** The type's reader and writer in the format. */
  private final CqpmFormat.Binding<T> binding;
  /** The référentiels a dossier may name. */
  private final ReferentialCatalog catalog;

  StrictDeserializer(CqpmFormat.Binding<T> binding, ReferentialCatalog catalog) {
    super(binding.getType());
    this.binding = binding;
    this.catalog = catalog;
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    try {
      return binding.read(new Jackson3Source(parser), catalog);
    } catch (InvalidDocumentException e) {
      throw InvalidJsonException.of(parser, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // Jackson 3's parser throws no checked exception
    }
  }

  /** The format has no type ids: a polymorphic wrapper is read as the value it is not. */
  @Override
  public Object deserializeWithType(
      JsonParser parser, DeserializationContext context, TypeDeserializer typeDeserializer) {
    return deserialize(parser, context);
  }

  /** A JSON null is never a model value. */
  @Override
  public T getNullValue(DeserializationContext context) {
    JsonParser parser = context.getParser();
    throw InvalidJsonException.of(parser, binding.nullRefused(new Jackson3Source(parser)));
  }
}
