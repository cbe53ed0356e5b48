package io.github.cqpm.jackson;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.cqpm.json.CqpmFormat;
import io.github.cqpm.json.JsonWritable;
import io.github.cqpm.model.referential.ReferentialCatalog;
import java.util.Objects;

/**
 * The Jackson module of the cqpm model: a strict reader and a canonical writer for every model
 * type, found by {@code ObjectMapper.findAndRegisterModules()} (registered in {@code
 * META-INF/services} and {@code module-info}).
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new CqpmModule());
 * Dossier dossier = mapper.readValue(json, Dossier.class);
 * }</pre>
 *
 * <p>It writes any {@link JsonWritable} document too, and reads back those that declare their JSON
 * ({@code public static JsonType<T> json()}): {@code mapper.readValue(text, DecisionDocument.class)}.
 *
 * <p>Through any mapper, whatever its settings, reading is strict: an unknown, duplicated, missing
 * or null property, a value of the wrong type, or a value the model's structural invariants refuse
 * is an {@link InvalidJsonException} naming the JSON pointer and what was expected; no type id is
 * ever read or written. Two checks belong to the mapper, not to a module: content after the
 * document's value (enable {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}) and the input
 * limits (its {@code StreamReadConstraints}); {@link CqpmJson} makes both.
 */
public final class CqpmModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module that reads dossiers for the référentiels of the bundled catalogue. */
  public CqpmModule() {
    this(ReferentialCatalog.bundled());
  }

  /**
   * Creates the module that reads dossiers for the référentiels of a catalogue: a dossier naming a
   * certification the catalogue does not hold is refused at {@code /certification}. A mapper
   * registers one cqpm module: a second one, of any catalogue, is ignored (use one mapper per
   * catalogue).
   *
   * @param catalog the référentiels a dossier may name
   * @since 0.2.0
   */
  public CqpmModule(ReferentialCatalog catalog) {
    super(CqpmModule.class.getSimpleName(), PackageVersion.VERSION);
    Objects.requireNonNull(catalog, "catalog");
    setDeserializers(new CqpmDeserializers(catalog));
    for (CqpmFormat.Binding<?> binding : CqpmFormat.bindings()) {
      register(binding, catalog);
    }
    addSerializer(JsonWritable.class, new WriterSerializer<>(JsonWritable.class, JsonWritable::writeTo));
  }

  private <T> void register(CqpmFormat.Binding<T> binding, ReferentialCatalog catalog) {
    addDeserializer(binding.getType(), new StrictDeserializer<>(binding, catalog));
    addSerializer(binding.getType(), new WriterSerializer<>(binding.getType(), binding::write));
  }

  /**
   * A stable identifier, so that registering the module twice registers it once.
   *
   * @return the module's class name
   */
  @Override
  public Object getTypeId() {
    return CqpmModule.class.getName();
  }
}
