package io.github.cqpm.json;

import static io.github.cqpm.json.JsonProperty.optional;
import static io.github.cqpm.json.JsonProperty.required;
import static io.github.cqpm.json.TokenListSource.integer;
import static io.github.cqpm.json.TokenListSource.name;
import static io.github.cqpm.json.TokenListSource.of;
import static io.github.cqpm.json.TokenListSource.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqpm.model.invariant.InvalidValueException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A type outside the model (as cqpm-rules declares its decision) is declared once with {@link
 * JsonType} and {@link JsonProperty}, and that declaration alone reads it, as strictly as the
 * model's types, and writes it in the declared order.
 */
class DeclaredTypesTest {
  /** A value of another module, with an optional part and a list. */
  record Tally(String name, int votes, Optional<String> note, List<String> tags) {
    Tally {
      if (votes < 0) {
        throw InvalidValueException.at("must be zero or more, was " + votes, "votes");
      }
    }
  }

  private static final JsonProperty<Tally, String> NAME = required("name", JsonType.text(), Tally::name);
  private static final JsonProperty<Tally, Integer> VOTES = required("votes", JsonType.integer(), Tally::votes);
  private static final JsonProperty<Tally, String> NOTE = optional("note", JsonType.text(), Tally::note);
  private static final JsonProperty<Tally, List<String>> TAGS =
      required("tags", JsonType.listOf("tags", JsonType.text()), Tally::tags);
  private static final JsonType<Tally> TALLY = JsonType.object("a tally",
      v -> new Tally(v.get(NAME), v.get(VOTES), v.find(NOTE), v.get(TAGS)), NAME, VOTES, NOTE, TAGS);

  private static <T> T read(JsonType<T> type, TokenListSource.Item... items) throws IOException {
    TokenListSource source = new TokenListSource(List.of(items));
    source.nextToken();
    return type.read(source);
  }

  @Test
  void theDeclarationReadsAndWritesTheType() throws IOException {
    Tally tally = read(TALLY, of(Token.START_OBJECT), name("tags"), of(Token.START_ARRAY), string("a"),
        of(Token.END_ARRAY), name("votes"), integer(3), name("name"), string("x"), of(Token.END_OBJECT));
    assertThat(tally).isEqualTo(new Tally("x", 3, Optional.empty(), List.of("a")));
    FormatWithoutALibraryTest.RecordingSink sink = new FormatWithoutALibraryTest.RecordingSink();
    TALLY.write(new Tally("x", 3, Optional.of("n"), List.of()), sink);
    assertThat(sink.written).containsExactly("{", "name:", "\"x\"", "votes:", "3", "note:", "\"n\"", "tags:", "[", "]", "}");
    assertThat(TALLY.getProperties()).containsExactly(NAME, VOTES, NOTE, TAGS);
    assertThat(TAGS.getType().getElementType()).contains(JsonType.text());
  }

  @Test
  void itIsReadAsStrictlyAsTheModelsTypes() {
    assertThatThrownBy(() -> read(TALLY, of(Token.START_OBJECT), name("name"), string("x"), name("votes"),
        integer(1), of(Token.END_OBJECT)))
        .isInstanceOfSatisfying(InvalidDocumentException.class,
            e -> assertThat(e.getProblem()).isEqualTo("missing required property \"tags\" of a tally"));
    assertThatThrownBy(() -> read(TALLY, of(Token.START_OBJECT), name("name"), string("x"), name("name"),
        string("y"), of(Token.END_OBJECT)))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
          assertThat(e.getPointer()).isEqualTo("/name");
          assertThat(e.getProblem()).isEqualTo("duplicate property \"name\"");
        });
    assertThatThrownBy(() -> read(TALLY, of(Token.START_OBJECT), name("name"), string("x"), name("votes"),
        integer(-1), name("tags"), of(Token.START_ARRAY), of(Token.END_ARRAY), of(Token.END_OBJECT)))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
          assertThat(e.getPointer()).isEqualTo("/votes");
          assertThat(e.getProblem()).isEqualTo("must be zero or more, was -1");
        });
  }

  @Test
  void aSecretTextIsNeverRepeated() throws IOException {
    assertThat(read(JsonType.secretText(), string("1850557463012"))).isEqualTo("1850557463012");
    assertThatThrownBy(() -> read(JsonType.secretText(), integer(185055746)))
        .isInstanceOfSatisfying(InvalidDocumentException.class,
            e -> assertThat(e.getProblem()).isEqualTo("expected a string, was a number"));
    assertThatThrownBy(() -> read(JsonType.secretText(), of(Token.TRUE)))
        .isInstanceOfSatisfying(InvalidDocumentException.class,
            e -> assertThat(e.getProblem()).isEqualTo("expected a string, was a boolean"));
    assertThatThrownBy(() -> read(JsonType.text(), integer(185055746)))
        .isInstanceOfSatisfying(InvalidDocumentException.class,
            e -> assertThat(e.getProblem()).as("a plain text says what it found").contains("185055746"));
  }

  @Test
  void aTextMapKeepsItsOrderAndRefusesADuplicate() throws IOException {
    JsonType<Map<String, String>> map = JsonType.textMap("arguments");
    assertThat(read(map, of(Token.START_OBJECT), name("b"), string("1"), name("a"), string("2"), of(Token.END_OBJECT)))
        .containsExactly(Map.entry("b", "1"), Map.entry("a", "2"));
    assertThatThrownBy(() -> read(map, of(Token.START_OBJECT), name("a"), string("1"), name("a"), string("2"),
        of(Token.END_OBJECT)))
        .isInstanceOf(InvalidDocumentException.class).hasMessageContaining("duplicate property \"a\"");
  }

  @Test
  void aDeclarationThatContradictsItselfIsRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> JsonType.object("twice", v -> "", required("a",
        JsonType.text(), (String s) -> s), required("a", JsonType.text(), (String s) -> s)))
        .withMessage("twice: property a declared twice");
    PropertyValues<Tally> values = new PropertyValues<>(List.of(NAME, NOTE), new Object[] {"x", null});
    assertThat(values.find(NOTE)).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> values.get(NOTE)).withMessageContaining("optional");
    assertThatIllegalArgumentException().isThrownBy(() -> values.get(VOTES)).withMessageContaining("not a property");
  }
}
