package io.github.cqpm.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.RulePolicy;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.testkit.CqpmGens;
import io.github.cqpm.testkit.Fixtures;
import io.github.cqpm.testkit.NonConformity;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The decisions of the rules, kept as they were when they were checked by hand: for the named
 * fixtures and for dossiers and policies drawn with a fixed seed (every non-conformity among them),
 * each decision's ruling, views and every finding (code, severity, subject, arguments) in order.
 * A change to how decisions are made that changes what they say fails here; a deliberate change
 * rewrites the file ({@code -Dcqpm.golden.write=true}) and the diff is reviewed.
 */
class GoldenDecisionsTest {
  private static final Path FILE = Path.of("src/test/resources/golden/decisions.txt");

  @Test
  void theDecisionsAreTheGoldenOnes() throws Exception {
    String decisions = String.join("\n", decisions()) + "\n";
    if (Boolean.getBoolean("cqpm.golden.write")) {
      Files.writeString(FILE, decisions, StandardCharsets.UTF_8);
    }
    assertThat(decisions).isEqualTo(Files.readString(FILE, StandardCharsets.UTF_8));
  }

  static List<String> decisions() throws Exception {
    List<String> lines = new ArrayList<>();
    List<Method> fixtures = Arrays.stream(Fixtures.class.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
            && m.getReturnType() == Dossier.class)
        .sorted(Comparator.comparing(Method::getName)).toList();
    for (Method fixture : fixtures) {
      describe("fixture " + fixture.getName(), (Dossier) fixture.invoke(null), RulePolicy.defaults(), lines);
    }
    List<Dossier> drawn = new ArrayList<>();
    List<RulePolicy> policies = new ArrayList<>();
    qt().withFixedSeed(19453).withExamples(120).forAll(CqpmGens.dossiers(), CqpmGens.policies())
        .checkAssert((d, p) -> {
          drawn.add(d);
          policies.add(p);
        });
    for (NonConformity kind : NonConformity.values()) {
      qt().withFixedSeed(kind.ordinal()).withExamples(6).forAll(CqpmGens.nonConforming(kind), CqpmGens.policies())
          .checkAssert((d, p) -> {
            drawn.add(d);
            policies.add(p);
          });
    }
    for (int i = 0; i < drawn.size(); i++) {
      describe("drawn " + i, drawn.get(i), policies.get(i), lines);
    }
    return lines;
  }

  private static void describe(String name, Dossier dossier, RulePolicy policy, List<String> lines) {
    Decision<io.github.cqpm.rules.DossierOutcome> decision =
        CqpmRules.of(io.github.cqpm.model.referential.Referentials.rncp19453(), policy).decide(dossier);
    lines.add("# " + name + " " + dossier.getCandidate().getId() + " " + policy);
    lines.add("  " + decision.outcome());
    for (Finding f : decision.findings()) {
      lines.add("  " + f.severity() + " " + f.code() + " [" + f.subject() + "] " + f.argumentTexts());
    }
  }
}
