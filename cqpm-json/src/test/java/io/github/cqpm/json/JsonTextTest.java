package io.github.cqpm.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A text keeps what each of up to four encodings made of it, made once each. */
class JsonTextTest {
  /** An encoding that counts how often it is made. */
  private static final class Counted implements Function<String, String> {
    private final String mark;
    private final AtomicInteger made = new AtomicInteger();

    Counted(String mark) {
      this.mark = mark;
    }

    @Override
    public String apply(String text) {
      made.incrementAndGet();
      return mark + text;
    }
  }

  @Test
  void fourEncodingsAreMadeOnceEachAndAFifthAtEveryCall() {
    JsonText text = JsonText.of("registrationDate");
    List<Counted> encodings = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      encodings.add(new Counted(i + ":"));
    }
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 5; i++) {
        assertThat(text.getEncoded(encodings.get(i))).isEqualTo(i + ":registrationDate");
      }
    }
    assertThat(encodings.subList(0, 4)).allSatisfy(e -> assertThat(e.made).hasValue(1));
    assertThat(encodings.get(4).made).hasValue(3);
  }

  @Test
  void encodingsAreToldApartByIdentity() {
    JsonText text = JsonText.of("state");
    Counted first = new Counted("a");
    Counted second = new Counted("a");
    assertThat(text.getEncoded(first)).isSameAs(text.getEncoded(first));
    text.getEncoded(second);
    assertThat(first.made).hasValue(1);
    assertThat(second.made).hasValue(1);
  }

  @Test
  void aTextIsItsStringAndRefusesNothingToEncode() {
    JsonText text = JsonText.of("modality");
    assertThat(text.getText()).isEqualTo("modality").isEqualTo(text.toString());
    assertThat(text.hashCode()).isEqualTo("modality".hashCode());
    assertThat(text).isEqualTo(JsonText.of("modality")).hasSameHashCodeAs(JsonText.of("modality"))
        .isNotEqualTo(JsonText.of("method")).isNotEqualTo("modality");
    assertThatThrownBy(() -> JsonText.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> text.getEncoded(t -> null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("encoded text");
  }

  @Test
  void threadsAskingAtOnceAllGetTheEncodingsText() {
    JsonText text = JsonText.of("validUntilExcluded");
    List<Counted> encodings = List.of(new Counted("a"), new Counted("b"), new Counted("c"), new Counted("d"));
    ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    IntStream.range(0, 4_000).parallel().forEach(i -> {
      Counted encoding = encodings.get(i % 4);
      String encoded = text.getEncoded(encoding);
      if (!encoded.equals(encoding.mark + "validUntilExcluded")) {
        wrong.add(encoded);
      }
    });
    assertThat(wrong).isEmpty();
    // two threads adding at once may lose one addition, made again at a later call: once one
    // thread asks again, each is kept and no more made
    encodings.forEach(text::getEncoded);
    encodings.forEach(e -> {
      int made = e.made.get();
      text.getEncoded(e);
      assertThat(e.made).hasValue(made);
    });
  }
}
