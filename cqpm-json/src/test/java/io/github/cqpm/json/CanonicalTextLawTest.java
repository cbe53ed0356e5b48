package io.github.cqpm.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A law of the canonical JSON's strings, over generated texts: whatever their characters (control
 * characters, quotes and backslashes, any plane, lone surrogates, each encoding's boundaries) and
 * wherever a text falls in the writer's buffer, its bytes are RFC 8785's escapes of the text, in
 * UTF-8 as the JDK encodes it (a lone surrogate, which is no character, as {@code ?}). The
 * référentiel's revision and the dossier's digest rest on these bytes being the same on every JVM.
 */
class CanonicalTextLawTest {
  private static final JsonType<List<String>> TEXTS = JsonType.listOf("texts", JsonType.text());
  /** Where one encoding or escape ends and another begins. */
  private static final int[] EDGES = {0x1F, 0x20, 0x21, 0x22, 0x5C, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800,
    0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF, 0x10000, 0x10FFFF};

  @Test
  void everyTextIsItsEscapesInUtf8WhereverItFalls() {
    qt().withExamples(400).withShrinkCycles(100).forAll(lists().of(text()).ofSizeBetween(1, 4)).checkAssert(texts ->
        assertThat(CanonicalJson.bytes(TEXTS, texts)).isEqualTo(reference(texts)));
  }

  /** Texts up to 1,500 code points: some of each kind, so that every branch meets every other. */
  private static Gen<String> text() {
    Gen<Integer> codePoint = integers().between(0, 6).zip(integers().between(0, 0x10FFFF), (kind, any) -> {
      switch (kind) {
        case 0:
          return any % 0x20; // a control character
        case 1:
          return (int) "\"\\/ ".charAt(any % 4);
        case 2:
          return 0x20 + any % 0x60; // ASCII
        case 3:
          return 0x80 + any % 0x780; // two bytes
        case 4:
          return 0xD800 + any % 0x800; // a surrogate, most often alone
        case 5:
          return EDGES[any % EDGES.length];
        default:
          return any;
      }
    });
    return lists().of(codePoint).ofSizeBetween(0, 1_500).map(points -> {
      StringBuilder text = new StringBuilder();
      points.forEach(point -> {
        if (point > 0xFFFF) {
          text.appendCodePoint(point);
        } else {
          text.append((char) (int) point);
        }
      });
      return text.toString();
    });
  }

  /** RFC 8785's escapes, written plainly, then the JDK's UTF-8. */
  private static byte[] reference(List<String> texts) {
    StringBuilder json = new StringBuilder("[");
    for (String text : texts) {
      json.append(json.length() > 1 ? ",\"" : "\"");
      for (char c : text.toCharArray()) {
        switch (c) {
          case '"' -> json.append("\\\"");
          case '\\' -> json.append("\\\\");
          case '\b' -> json.append("\\b");
          case '\f' -> json.append("\\f");
          case '\n' -> json.append("\\n");
          case '\r' -> json.append("\\r");
          case '\t' -> json.append("\\t");
          default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
      }
      json.append('"');
    }
    return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }
}
