package io.github.cqpm.cdc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.Ruling;
import io.github.cqpm.testkit.CqpmGens;
import io.github.cqpm.testkit.DossierSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The laws of a declaration, for generated dossiers and generated holders: the flux is valid
 * against the CDC's schema, holds one passage per admissible dossier and none other, and its
 * {@code idTechnique}s are unique and the same from one run to the next.
 */
class AccrochageLawsTest {
  private static final Pattern ID_TECHNIQUE = Pattern.compile("<cpf:idTechnique>([^<]*)</cpf:idTechnique>");

  /** Names as people have them: accents, apostrophes, hyphens, spaces, XML's own characters. */
  private static final Gen<String> NAMES = SourceDSL.strings()
      .betweenCodePoints(0x20, 0x17F).ofLengthBetween(1, 60)
      .map(name -> name.replaceAll("[\\x7F-\\x9F]", "é"));

  private static final Gen<Optional<Integer>> MONTHS =
      SourceDSL.integers().between(0, 12).map(m -> m == 0 ? Optional.<Integer>empty() : Optional.of(m));

  private static final Gen<HolderIdentity> TITULAIRES = NAMES.zip(NAMES, SourceDSL.integers().between(1900, 2099),
      MONTHS, SourceDSL.booleans().all(),
      (name, first, year, month, insee) -> new Titulaire(name, Optional.of(first).filter(f -> f.length() > 30),
          first, Optional.empty(), year, month, month.map(m -> 1 + (year + m) % 28), m(year) ? Sex.M : Sex.F,
          insee ? BirthCommune.insee(String.format("%05d", year * 7 % 100000)) : BirthCommune.postalCode(
              String.format("%05d", year * 13 % 100000))));

  private static final Gen<HolderIdentity> NATIONALS = NAMES.zip(SourceDSL.longs().between(0, 999_999_999_999L),
      (name, digits) -> new IdentifiantNational((digits % 2 == 0 ? "1" : "2") + String.format("%012d", digits), name));

  private static final Gen<HolderIdentity> FILES = NAMES.zip(NAMES, SourceDSL.longs().between(1, 99_999_999_999L),
      (name, first, number) -> new DossierFormation(Long.toString(number), name, first));

  private static final Gen<HolderIdentity> IDENTITIES = Generate.oneOf(TITULAIRES, NATIONALS, FILES);

  private static boolean m(int year) {
    return year % 2 == 0;
  }

  /** Dossiers, a third of them with every block acquired, each candidate once. */
  private static final Gen<List<Dossier>> DOSSIERS = SourceDSL.lists().of(Generate.oneOf(
      CqpmGens.dossiers(DossierSpec.any()), CqpmGens.dossiers(DossierSpec.any().acquiredBlocks(3)),
      CqpmGens.dossiers(DossierSpec.any().acquiredBlocks(3).tie(false)))).ofSizeBetween(1, 12)
      .map(AccrochageLawsTest::oneCandidateEach);

  private static List<Dossier> oneCandidateEach(List<Dossier> dossiers) {
    List<Dossier> unique = new ArrayList<>();
    for (int i = 0; i < dossiers.size(); i++) {
      unique.add(Dossier.builder().from(dossiers.get(i)).candidate(Candidate.of("CAND-" + i)).build());
    }
    return unique;
  }

  @Test
  void oneValidPassagePerAdmissibleDossierWithUniqueStableIds() {
    AtomicInteger written = new AtomicInteger();
    qt().withExamples(60).forAll(DOSSIERS, SourceDSL.lists().of(IDENTITIES).ofSize(12),
        SourceDSL.lists().of(SourceDSL.booleans().all()).ofSize(12))
        .checkAssert((dossiers, identities, leave) -> {
          List<Holder> holders = new ArrayList<>();
          for (int i = 0; i < dossiers.size(); i++) {
            holders.add(new Holder(dossiers.get(i).getCandidate(), identities.get(i),
                leave.get(i) && dossiers.get(i).getCandidacy().getRoute().name().equals("VAE")
                    ? Optional.of(VaeAccess.CONGES_VAE) : Optional.empty()));
          }
          Accrochage declaration = new Accrochage(holders, LocalDate.of(2018, 1, 1));
          long admissible = 0;
          for (Dossier dossier : dossiers) {
            DossierOutcome outcome = Samples.decide(dossier);
            admissible += outcome.ruling() == Ruling.ADMISSIBLE ? 1 : 0;
            declaration.add(dossier, outcome);
          }
          assertThat(declaration.isComplete()).isTrue();
          assertThat(declaration.getPassages()).hasSize((int) admissible);
          assertThat(declaration.getNotAdmissible()).isEqualTo(dossiers.size() - admissible);
          if (admissible == 0) {
            return;
          }
          try {
            String flux = Samples.write(declaration);
            Samples.check(flux);
            List<String> ids = new ArrayList<>();
            Matcher matcher = ID_TECHNIQUE.matcher(flux);
            while (matcher.find()) {
              ids.add(matcher.group(1));
            }
            assertThat(ids).hasSize((int) admissible);
            assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
            for (Passage passage : declaration.getPassages()) {
              assertThat(ids).contains(passage.id().toString());
              assertThat(PassageId.parse(passage.id().toString())).contains(passage.id());
            }
            assertThat(Samples.write(declaration)).as("the same flux from the same decisions").isEqualTo(flux);
            written.incrementAndGet();
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
    assertThat(written).as("examples with a flux written").hasValueGreaterThan(10);
  }
}
