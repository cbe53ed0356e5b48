package io.github.cqpm.json;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * A text the format writes in many documents (a property's name, an enum's constant), with the
 * encodings writers made of it: a JSON library's quoted string, the canonical writer's UTF-8
 * bytes. A writer that asks for its encoding gets it made once and kept, instead of escaping the
 * same text again in every document it writes; the text itself never changes.
 *
 * @since 0.2.0
 */
public final class JsonText {
  /** How many encodings a text keeps (one for each JSON library, and the canonical writer's two). */
  private static final int ENCODINGS_KEPT = 4;

  private final String text;
  /**
   * The encodings made so far: each encoding function followed by what it made, at most {@link
   * #ENCODINGS_KEPT} of them; replaced whole, never changed in place. A memo: what it holds is a
   * function of the text.
   */
  private volatile Object[] encodings = new Object[0];

  private JsonText(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /**
   * A text to write.
   *
   * @param text the text
   * @return it, without encodings yet
   */
  public static JsonText of(String text) {
    return new JsonText(text);
  }

  /**
   * The text.
   *
   * @return e.g. {@code registrationDate}
   */
  public String getText() {
    return text;
  }

  /**
   * The text as a writer encodes it, made at the first call with this encoding and kept. The
   * encoding must be a function of the text alone and the same instance at each call (a constant):
   * encodings are told apart by identity. A text keeps four encodings; another one is made at each
   * call.
   *
   * @param encoding makes the encoded text from the text
   * @param <E> the encoded text's type
   * @return the encoded text
   */
  @SuppressWarnings("unchecked")
  public <E> E getEncoded(Function<String, E> encoding) {
    Object[] kept = encodings;
    for (int i = 0; i < kept.length; i += 2) {
      if (kept[i] == encoding) {
        return (E) kept[i + 1];
      }
    }
    E encoded = Objects.requireNonNull(encoding.apply(text), "encoded text");
    if (kept.length < 2 * ENCODINGS_KEPT) {
      // two threads may each add one here: one of them is lost, and made again at a later call
      Object[] more = Arrays.copyOf(kept, kept.length + 2);
      more[kept.length] = encoding;
      more[kept.length + 1] = encoded;
      encodings = more;
    }
    return encoded;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonText && ((JsonText) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /**
   * The text.
   *
   * @return the text, as {@link #getText()}
   */
  @Override
  public String toString() {
    return text;
  }
}
