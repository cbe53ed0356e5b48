package io.github.cqpm.rncp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/** An element as read: its children found by name in order, its text the pieces as they came. */
class XmlElementTest {
  private static final String[] NAMES = {"CODE", "LIBELLE", "NSF", "ROME", "BLOC_COMPETENCES"};

  /**
   * Whether walked (a few children) or indexed (many), the children of a name are those of the
   * element with that name, in order, and the first of a name is the first of them.
   */
  @Test
  void childrenOfANameAreFoundInOrder() {
    qt().withExamples(1_000).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, NAMES.length - 1))
        .ofSizeBetween(0, 30), SourceDSL.integers().between(0, NAMES.length - 1)).checkAssert((names, asked) -> {
          XmlElement parent = new XmlElement("FICHE", 1, 1);
          for (int i = 0; i < names.size(); i++) {
            parent.add(new XmlElement(NAMES[names.get(i)], 2 + i, 1));
          }
          String name = NAMES[asked];
          List<XmlElement> expected = parent.children().stream().filter(c -> c.name.equals(name))
              .collect(Collectors.toList());
          assertThat(parent.first(name)).isEqualTo(expected.stream().findFirst());
          assertThat(parent.all(name)).containsExactlyElementsOf(expected);
          assertThat(parent.all(name)).containsExactlyElementsOf(expected); // asked again, indexed
          assertThat(parent.first("ABSENT")).isEqualTo(Optional.empty());
        });
  }

  /** The text is the pieces appended, in order, however many and however long. */
  @Test
  void textIsThePiecesInOrder() {
    qt().withExamples(1_000)
        .forAll(SourceDSL.lists().of(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 90)).ofSizeBetween(0, 12))
        .checkAssert(pieces -> {
          XmlElement element = new XmlElement("LISTE_COMPETENCES", 1, 1);
          for (String piece : pieces) {
            char[] around = ("<<" + piece + ">>").toCharArray();
            element.append(around, 2, piece.length());
          }
          assertThat(element.text()).isEqualTo(String.join("", pieces));
          assertThat(element.text()).isEqualTo(String.join("", pieces));
        });
  }
}
