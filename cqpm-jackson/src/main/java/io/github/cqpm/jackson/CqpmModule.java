package io.github.cqpm.jackson;

import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.cqpm.json.CqpmFormat;
import io.github.cqpm.json.JsonWritable;

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
 * <p>Through any mapper, whatever its settings, reading is strict: an unknown, duplicated, missing
 * or null property, a value of the wrong type, or a value the model's structural invariants refuse
 * is an {@link InvalidJsonException} naming the JSON pointer and what was expected; no type id is
 * ever read or written. Two checks belong to the mapper, not to a module: content after the
 * document's value (enable {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}) and the input
 * limits (its {@code StreamReadConstraints}); {@link CqpmJson} makes both.
 */
public final class CqpmModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public CqpmModule() {
    super(CqpmModule.class.getSimpleName(), PackageVersion.VERSION);
    for (CqpmFormat.Binding<?> binding : CqpmFormat.bindings()) {
      register(binding);
    }
    addSerializer(JsonWritable.class, new WriterSerializer<>(JsonWritable.class, JsonWritable::writeTo));
  }

  private <T> void register(CqpmFormat.Binding<T> binding) {
    addDeserializer(binding.getType(), new StrictDeserializer<>(binding));
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
