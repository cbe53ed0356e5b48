package io.github.cqpm.jackson3;

import io.github.cqpm.json.CqpmFormat;
import io.github.cqpm.json.JsonWritable;
import io.github.cqpm.model.referential.ReferentialCatalog;
import java.util.Objects;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of the cqpm model: a strict reader and a canonical writer for every model
 * type (cqpm-json's bindings), found by {@code JsonMapper.builder().findAndAddModules()}
 * (registered in {@code META-INF/services/tools.jackson.databind.JacksonModule} and {@code
 * module-info}).
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new CqpmModule()).build();
 * Dossier dossier = mapper.readValue(json, Dossier.class);
 * }</pre>
 *
 * <p>It writes any {@link JsonWritable} document too, and reads back those that declare their JSON
 * ({@code public static JsonType<T> json()}): {@code mapper.readValue(text, DecisionDocument.class)}.
 *
 * <p>Through any mapper, whatever its settings (Jackson 3 accepts unknown properties by
 * default), reading is strict: an unknown, duplicated, missing or null property, a value of the
 * wrong type, or a value the model's structural invariants refuse is an {@link
 * InvalidJsonException} naming the JSON pointer and what was expected, word for word as the
 * Jackson 2 module says it; no type id is ever read or written. Content after the document and
 * the input limits belong to the mapper: {@link CqpmJson} makes both.
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
  public Object getRegistrationId() {
    return CqpmModule.class.getName();
  }
}
