package io.github.cqpm.cdc;

import io.github.cqpm.model.dossier.Candidacy;
import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.RulePolicy;
import io.github.cqpm.rules.Ruling;
import io.github.cqpm.testkit.Fixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Dossiers, holders and a header for the tests, from the testkit's fixtures. */
final class Samples {
  /**
   * The rules under the policy that opens every route the fiche's table lists: under the default,
   * the fiche gives no jury for initial training, and a passage by that route could not be shown.
   */
  static final CqpmRules RULES = CqpmRules.of(CqpmRules.standard().getReferential(),
      new RulePolicy(true, RulePolicy.OpinionPolicy.ADVISORY, RulePolicy.TieFallback.UNDECIDED, 0,
          RulePolicy.ValidityScope.BLOCKS_AND_CAPACITIES, RulePolicy.RouteReading.EVERY_LISTED));
  static final FluxHeader HEADER = new FluxHeader("cqpm-2017-07-03-001",
      OffsetDateTime.parse("2017-07-03T09:30:00+02:00"), Optional.empty(), "03UIM123", "03UIM123",
      "MCFCER000123");

  private Samples() {}

  /** An admissible dossier on a route, for a candidate. */
  static Dossier admissible(AccessRoute route, String candidate) {
    Dossier fixture = route == AccessRoute.VAE ? Fixtures.admissibleVae() : Fixtures.admissibleTrainingPath();
    Dossier dossier = Dossier.builder().from(fixture)
        .candidate(Candidate.of(candidate))
        .candidacy(Candidacy.builder().from(fixture.getCandidacy()).route(route).build())
        .build();
    if (RULES.decide(dossier).outcome().ruling() != Ruling.ADMISSIBLE) {
      throw new AssertionError("not admissible: " + route + " " + RULES.decide(dossier).findings());
    }
    return dossier;
  }

  /** A holder known by civil status, born in Metz. */
  static Holder titulaire(String candidate) {
    return Holder.of(Candidate.of(candidate), new Titulaire("Martin", Optional.of("Durand"), "Léa",
        Optional.of("Marie"), 1990, Optional.of(4), Optional.of(12), Sex.F, BirthCommune.insee("57463")));
  }

  static DossierOutcome decide(Dossier dossier) {
    return RULES.decide(dossier).outcome();
  }

  /** The flux a declaration writes, as text. */
  static String write(Accrochage declaration) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    declaration.write(HEADER, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Checks a flux against the schema. */
  static void check(String flux) throws CdcFormatException, IOException {
    CdcSchema.check(new ByteArrayInputStream(flux.getBytes(StandardCharsets.UTF_8)), "flux.xml");
  }
}
