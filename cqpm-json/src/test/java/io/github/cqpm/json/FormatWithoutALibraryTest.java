package io.github.cqpm.json;

import static io.github.cqpm.json.TokenListSource.integer;
import static io.github.cqpm.json.TokenListSource.name;
import static io.github.cqpm.json.TokenListSource.of;
import static io.github.cqpm.json.TokenListSource.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.dossier.CompanyOpinion;
import io.github.cqpm.model.dossier.OpinionAuthorRole;
import io.github.cqpm.model.dossier.OpinionPolarity;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The format needs no JSON library: any source of tokens is read with every check and error of
 * the format, and any sink is written in the canonical order. (cqpm-jackson's tests run the same
 * format through Jackson 2, golden files included.)
 */
class FormatWithoutALibraryTest {
  private static <T> T read(Class<T> type, TokenListSource.Item... items) throws IOException {
    TokenListSource source = new TokenListSource(List.of(items));
    source.nextToken();
    return CqpmFormat.binding(type).read(source);
  }

  @Test
  void anyTokenSourceIsReadWithTheFormatsChecks() throws IOException {
    assertThat(read(Vote.class, of(Token.START_OBJECT), name("member"), string("M1"),
        name("choice"), string("ABSTENTION"), of(Token.END_OBJECT)))
        .isEqualTo(Vote.of("M1", VoteChoice.ABSTENTION));
    assertThat(read(CapacityCode.class, string("C5"))).isEqualTo(CapacityCode.of(5));
  }

  @Test
  void everyRefusalNamesItsPointer() {
    assertThatThrownBy(() -> read(Vote.class, of(Token.START_OBJECT), name("member"), string("M1"),
        name("choice"), string("abstention"), of(Token.END_OBJECT)))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
          assertThat(e.getPointer()).isEqualTo("/choice");
          assertThat(e.getProblem()).isEqualTo("expected one of ADMISSIBLE, NOT_ADMISSIBLE, ABSTENTION, was \"abstention\"");
        });
    assertThatThrownBy(() -> read(JuryMember.class, of(Token.START_OBJECT), name("id"), string("M1"),
        name("college"), string("EMPLOYER"), name("branch"), string("METALLURGY"),
        name("organisation"), string("UIMM"), name("voting"), integer(1), of(Token.END_OBJECT)))
        .isInstanceOfSatisfying(InvalidDocumentException.class, e -> {
          assertThat(e.getPointer()).isEqualTo("/voting");
          assertThat(e.getProblem()).isEqualTo("expected true or false, was 1");
        });
    assertThatThrownBy(() -> read(Candidate.class, of(Token.NULL)))
        .isInstanceOf(InvalidDocumentException.class).hasMessage("(root): expected a candidate, was null");
  }

  /** Records what is written, one token a line. */
  static final class RecordingSink implements JsonSink {
    final List<String> written = new ArrayList<>();

    @Override public void startObject() { written.add("{"); }
    @Override public void endObject() { written.add("}"); }
    @Override public void startArray() { written.add("["); }
    @Override public void endArray() { written.add("]"); }
    @Override public void name(String name) { written.add(name + ":"); }
    @Override public void string(String value) { written.add("\"" + value + "\""); }
    @Override public void number(long value) { written.add(String.valueOf(value)); }
    @Override public void bool(boolean value) { written.add(String.valueOf(value)); }
  }

  @Test
  void anySinkIsWrittenInTheCanonicalOrder() throws IOException {
    RecordingSink sink = new RecordingSink();
    CqpmFormat.binding(Vote.class).write(Vote.of("M1", VoteChoice.ADMISSIBLE), sink);
    assertThat(sink.written).containsExactly("{", "member:", "\"M1\"", "choice:", "\"ADMISSIBLE\"", "}");
  }

  @Test
  void aSinkThatKnowsOnlyStringsIsGivenNamesConstantsAndDatesAsStrings() throws IOException {
    RecordingSink sink = new RecordingSink();
    CompanyOpinion opinion = CompanyOpinion.builder().block(BlockCode.of(19453, 2)).date(LocalDate.of(2016, 5, 9))
        .polarity(OpinionPolarity.FAVOURABLE).authorRole(OpinionAuthorRole.LINE_MANAGER).build();
    CqpmFormat.binding(CompanyOpinion.class).write(opinion, sink);
    assertThat(sink.written).containsExactly("{", "block:", "\"RNCP19453BC02\"", "date:", "\"2016-05-09\"",
        "polarity:", "\"FAVOURABLE\"", "authorRole:", "\"LINE_MANAGER\"", "}");
  }

  @Test
  void everyTypeHasOneBinding() {
    Set<Class<?>> types = new HashSet<>();
    for (CqpmFormat.Binding<?> binding : CqpmFormat.bindings()) {
      assertThat(types.add(binding.getType())).as(binding.getType().getName()).isTrue();
      assertThat(binding.getWhat()).isNotBlank();
    }
    assertThatIllegalArgumentException().isThrownBy(() -> CqpmFormat.binding(String.class))
        .withMessage("java.lang.String has no JSON in the cqpm format");
  }
}
