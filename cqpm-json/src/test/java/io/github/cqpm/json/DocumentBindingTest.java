package io.github.cqpm.json;

import static io.github.cqpm.json.JsonProperty.required;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A document outside the model is read with the JSON its class declares, a {@code public static
 * JsonType<T> json()} of its own type, and with nothing else.
 */
class DocumentBindingTest {
  /** Declares its JSON. */
  public record Note(String text) implements JsonWritable {
    private static final JsonProperty<Note, String> TEXT = required("text", JsonType.text(), Note::text);
    private static final JsonType<Note> JSON = JsonType.object("a note", v -> new Note(v.get(TEXT)), TEXT);

    /**
     * Its JSON.
     *
     * @return the type
     */
    public static JsonType<Note> json() {
      return JSON;
    }

    @Override
    public void writeTo(JsonSink sink) throws IOException {
      JSON.write(this, sink);
    }
  }

  /** Declares the JSON of another type. */
  public record Wrapper(Note note) implements JsonWritable {
    /**
     * Another type's JSON.
     *
     * @return the note's type
     */
    public static JsonType<Note> json() {
      return Note.json();
    }

    @Override
    public void writeTo(JsonSink sink) throws IOException {
      note.writeTo(sink);
    }
  }

  /** Declares its JSON as an instance method. */
  public record Unbound(String text) implements JsonWritable {
    /**
     * Not static.
     *
     * @return nothing usable
     */
    public JsonType<Unbound> json() {
      throw new AssertionError("never called");
    }

    @Override
    public void writeTo(JsonSink sink) {}
  }

  /** Not a document at all, though it has a json(). */
  public static final class Plain {
    /**
     * Not a document's.
     *
     * @return the note's type
     */
    public static JsonType<Note> json() {
      return Note.json();
    }
  }

  /** Its json() fails. */
  public record Broken() implements JsonWritable {
    /**
     * Fails.
     *
     * @return never
     */
    public static JsonType<Broken> json() {
      throw new IllegalStateException("no JSON today");
    }

    @Override
    public void writeTo(JsonSink sink) {}
  }

  @Test
  void aDocumentIsReadWithTheJsonItsClassDeclares() throws Exception {
    CqpmFormat.Binding<Note> binding = CqpmFormat.documentBinding(Note.class).orElseThrow();
    assertThat(binding.getType()).isEqualTo(Note.class);
    assertThat(binding.getJsonType()).isSameAs(Note.json());
    assertThat(binding.getWhat()).isEqualTo("a note");
    // serialized as its type, and found again
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(binding);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(((CqpmFormat.Binding<?>) in.readObject()).getJsonType()).isSameAs(Note.json());
    }
  }

  @Test
  void nothingElseIsRead() {
    assertThat(CqpmFormat.documentBinding(Wrapper.class)).as("the JSON of another type").isEmpty();
    assertThat(CqpmFormat.documentBinding(Unbound.class)).as("an instance method").isEmpty();
    assertThat(CqpmFormat.documentBinding(Plain.class)).as("not a JsonWritable").isEmpty();
    assertThat(CqpmFormat.documentBinding(String.class)).isEmpty();
    assertThatThrownBy(() -> CqpmFormat.documentBinding(Broken.class))
        .isInstanceOf(IllegalStateException.class).hasMessageEndingWith("Broken.json() failed")
        .hasRootCauseMessage("no JSON today");
  }
}
