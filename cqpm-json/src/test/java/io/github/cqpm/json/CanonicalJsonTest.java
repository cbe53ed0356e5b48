package io.github.cqpm.json;

import static io.github.cqpm.json.JsonProperty.optional;
import static io.github.cqpm.json.JsonProperty.required;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.model.referential.Registration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The canonical JSON is written by this module alone: no white space, the declared order, absent
 * optional properties left out, strings escaped as RFC 8785 escapes them, and its SHA-256 is the
 * digest of those bytes.
 */
class CanonicalJsonTest {
  record Item(String name, int count, Optional<String> note, List<Boolean> flags, Map<String, String> tags) {}

  private static final JsonProperty<Item, String> NAME = required("name", JsonType.text(), Item::name);
  private static final JsonProperty<Item, Integer> COUNT = required("count", JsonType.integer(), Item::count);
  private static final JsonProperty<Item, String> NOTE = optional("note", JsonType.text(), Item::note);
  private static final JsonProperty<Item, List<Boolean>> FLAGS =
      required("flags", JsonType.listOf("flags", JsonType.bool()), Item::flags);
  private static final JsonProperty<Item, Map<String, String>> TAGS =
      required("tags", JsonType.textMap("tags"), Item::tags);
  private static final JsonType<Item> ITEM = JsonType.object("an item",
      v -> new Item(v.get(NAME), v.get(COUNT), v.find(NOTE), v.get(FLAGS), v.get(TAGS)),
      NAME, COUNT, NOTE, FLAGS, TAGS);
  private static final JsonType<List<Item>> ITEMS = JsonType.listOf("items", ITEM);

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  void compactInTheDeclaredOrderWithCommasBetweenValuesOnly() {
    Item one = new Item("a", -7, Optional.of("n"), List.of(true, false), Map.of("k", "v"));
    Item two = new Item("b", 0, Optional.empty(), List.of(), Map.of());
    assertThat(text(CanonicalJson.bytes(ITEMS, List.of(one, two, one)))).isEqualTo(
        "[{\"name\":\"a\",\"count\":-7,\"note\":\"n\",\"flags\":[true,false],\"tags\":{\"k\":\"v\"}},"
            + "{\"name\":\"b\",\"count\":0,\"flags\":[],\"tags\":{}},"
            + "{\"name\":\"a\",\"count\":-7,\"note\":\"n\",\"flags\":[true,false],\"tags\":{\"k\":\"v\"}}]");
    assertThat(text(CanonicalJson.bytes(ITEMS, List.of()))).isEqualTo("[]");
  }

  @Test
  void stringsAreEscapedAsJcsDoesAndOtherCharactersWrittenAsUtf8() {
    StringBuilder controls = new StringBuilder();
    for (char c = 0; c < 0x20; c++) {
      controls.append(c);
    }
    Item item = new Item("\"\\/" + controls + "\u007f é€😀", 1, Optional.empty(), List.of(), Map.of());
    assertThat(text(CanonicalJson.bytes(ITEM, item))).isEqualTo("{\"name\":\"\\\"\\\\/"
        + "\\u0000\\u0001\\u0002\\u0003\\u0004\\u0005\\u0006\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u000f"
        + "\\u0010\\u0011\\u0012\\u0013\\u0014\\u0015\\u0016\\u0017\\u0018\\u0019\\u001a\\u001b\\u001c"
        + "\\u001d\\u001e\\u001f\u007f é€😀\",\"count\":1,\"flags\":[],\"tags\":{}}");
  }

  @Test
  void everyCharacterIsItsUtf8AndALoneSurrogateAQuestionMark() {
    StringBuilder all = new StringBuilder();
    for (int code = 0x20; code < 0x30000; code += 7) {
      if (code != '"' && code != '\\' && !Character.isSurrogate((char) code)) {
        all.appendCodePoint(code);
      }
    }
    Item item = new Item(all.toString(), 1, Optional.empty(), List.of(), Map.of());
    assertThat(CanonicalJson.bytes(ITEM, item)).isEqualTo(("{\"name\":\"" + all
        + "\",\"count\":1,\"flags\":[],\"tags\":{}}").getBytes(StandardCharsets.UTF_8));
    Item lone = new Item("a\ud800b\udc00", 1, Optional.empty(), List.of(), Map.of());
    assertThat(text(CanonicalJson.bytes(ITEM, lone))).startsWith("{\"name\":\"a?b?\"");
  }

  @Test
  void aLongTextIsWrittenWhole() {
    String name = "é".repeat(10_000) + "x".repeat(10_000);
    Item item = new Item(name, 1, Optional.empty(), List.of(), Map.of());
    assertThat(text(CanonicalJson.bytes(ITEM, item)))
        .isEqualTo("{\"name\":\"" + name + "\",\"count\":1,\"flags\":[],\"tags\":{}}");
  }

  enum Kind { FIRST, SECOND_ONE }

  record Dated(String note, List<LocalDate> days, List<Kind> kinds, Map<Kind, Integer> counts) {}

  /** A name longer than the writer's buffer, written whole too. */
  private static final String LONG_NAME = "n".repeat(1_500);
  private static final JsonProperty<Dated, String> PAD = required("note", JsonType.text(), Dated::note);
  private static final JsonProperty<Dated, List<LocalDate>> DAYS =
      required("days", JsonType.listOf("days", JsonType.date()), Dated::days);
  private static final JsonProperty<Dated, List<Kind>> KINDS =
      required(LONG_NAME, JsonType.listOf("kinds", JsonType.enumOf(Kind.class)), Dated::kinds);
  private static final JsonProperty<Dated, Map<Kind, Integer>> COUNTS =
      required("counts", JsonType.enumMapOf(Kind.class, JsonType.integer()), Dated::counts);
  private static final JsonType<List<Dated>> DATED = JsonType.listOf("dated", JsonType.object("dated",
      v -> new Dated(v.get(PAD), v.get(DAYS), v.get(KINDS), v.get(COUNTS)), PAD, DAYS, KINDS, COUNTS));

  @Test
  void datesConstantsAndNamesAsTheirTextWhereverTheBufferEnds() {
    // a note of every length up to a date's, so that a date and a constant fall at every place
    // across the 1,024-byte buffer's end
    for (int pad = 0; pad < 16; pad++) {
      for (int count : new int[] {0, 1, 100, 250}) {
        check(pad, count);
      }
    }
  }

  private static void check(int pad, int count) {
    List<LocalDate> days = new ArrayList<>();
    List<Kind> kinds = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      days.add(LocalDate.of(1999 + i % 9000, 1 + i % 12, 1 + i % 28));
      kinds.add(Kind.values()[i % 2]);
    }
    days.add(LocalDate.of(10_000, 1, 1));
    Map<Kind, Integer> counts = new EnumMap<>(Map.of(Kind.SECOND_ONE, count, Kind.FIRST, -count));
    Dated dated = new Dated("x".repeat(pad), days, kinds, counts);
    String one = "{\"note\":\"" + "x".repeat(pad) + "\",\"days\":["
        + String.join(",", days.stream().map(d -> "\"" + d + "\"").toList()) + "],\"" + LONG_NAME + "\":["
        + String.join(",", kinds.stream().map(k -> "\"" + k.name() + "\"").toList())
        + "],\"counts\":{\"FIRST\":" + -count + ",\"SECOND_ONE\":" + count + "}}";
    // written twice in one document: the second time from the kept encodings
    assertThat(text(CanonicalJson.bytes(DATED, List.of(dated, dated)))).as("pad %d, %d dates", pad, count)
        .isEqualTo("[" + one + "," + one + "]");
  }

  @Test
  void theDigestIsTheSha256OfTheBytes() throws Exception {
    Referential bundled = Referentials.rncp19453();
    JsonType<Referential> type = CqpmFormat.binding(Referential.class).getJsonType();
    byte[] bytes = CanonicalJson.bytes(type, bundled);
    assertThat(CanonicalJson.sha256(type, bundled))
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
        .hasSize(64).matches("[0-9a-f]+");
    Referential later = Referential.builder().from(bundled).registration(Registration.builder()
        .from(bundled.getRegistration()).endDay(LocalDate.of(2019, 8, 10)).build()).build();
    assertThat(CanonicalJson.sha256(type, later)).isNotEqualTo(CanonicalJson.sha256(type, bundled));
  }
}
