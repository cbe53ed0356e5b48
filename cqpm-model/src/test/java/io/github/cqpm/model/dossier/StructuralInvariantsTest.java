package io.github.cqpm.model.dossier;

import static io.github.cqpm.model.dossier.Samples.JURY;
import static io.github.cqpm.model.dossier.Samples.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.jury.JuryComposition;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.model.jury.Vote;
import io.github.cqpm.model.jury.VoteChoice;
import io.github.cqpm.model.referential.EvaluationMethod;
import io.github.cqpm.model.referential.EvaluationModality;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Structural invariants fail at construction with a message naming the field; conformity never
 * does.
 */
class StructuralInvariantsTest {

  @Test
  void aMethodMustBelongToItsModality() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                CapacityAssessment.builder()
                    .capacity(CapacityCode.of(1))
                    .modality(EvaluationModality.PROJECT_PRESENTATION)
                    .method(EvaluationMethod.OBSERVATION_AT_WORK)
                    .date(Samples.ASSESSED)
                    .outcome(AssessmentOutcome.VALIDATED)
                    .commission("C-1")
                    .build())
        .withMessage(
            "method: OBSERVATION_AT_WORK is a method of REAL_WORK_SITUATION, not of PROJECT_PRESENTATION"
                + " (expected one of [REPORT_AND_PRESENTATION])");
  }

  @Test
  void identifiersAreOpaqueTokens() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Candidate.of("Jean Dupont"))
        .withMessage("id: expected 1 to 64 letters, digits, '.', '_', ':' or '-', was \"Jean Dupont\"");
    assertThatIllegalArgumentException().isThrownBy(() -> Candidate.of("")).withMessageStartingWith("id: ");
    assertThatIllegalArgumentException().isThrownBy(() -> Candidate.of("x".repeat(65))).withMessageStartingWith("id: ");
    assertThat(Candidate.of("x".repeat(64)).getId()).hasSize(64);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Samples.juryOfTen().president("le président").build())
        .withMessageStartingWith("president: ");
  }

  @Test
  void requiredAttributesAreNamedWhenMissingOrNull() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Dossier.builder().candidate(Candidate.of("A")).build())
        .withMessage("certification: required, was not set (nor were candidacy)");
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(() -> Candidacy.builder().territory(null))
        .withMessage("territory: must not be null");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Sponsor.of(SponsorKind.COMPANY, "  "))
        .withMessage("name: must not be blank");
  }

  @Test
  void aBlockIsAcquiredAtMostOnce() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Samples.admissibleTrainingDossier()
                    .addAcquiredBlocks(AcquiredBlock.of(Samples.block(1), LocalDate.of(2014, 1, 1)))
                    .addAcquiredBlocks(AcquiredBlock.of(Samples.block(1), LocalDate.of(2015, 1, 1)))
                    .build())
        .withMessage("acquiredBlocks[1]: duplicate RNCP19453BC01 (each may appear only once)");
  }

  @Test
  void aCandidacyTargetsABlockAtMostOnceAndWithoutTargetsTheWholeCertification() {
    Candidacy base = Samples.admissibleTrainingDossier().build().getCandidacy();
    assertThat(base.getTargetedBlocks()).isEmpty();
    assertThat(base.hasTargetedBlocks()).isFalse();
    io.github.cqpm.model.code.BlockCode two = io.github.cqpm.model.code.BlockCode.of(19453, 2);
    Candidacy partial = Candidacy.builder().from(base).addTargetedBlocks(two).build();
    assertThat(partial.hasTargetedBlocks()).isTrue();
    assertThat(partial.getTargetedBlocks()).containsExactly(two);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Candidacy.builder().from(base).addTargetedBlocks(two, two).build())
        .withMessageStartingWith("targetedBlocks");
  }

  @Test
  void aCandidateIsPresentUnlessTheDossierSaysOtherwise() {
    io.github.cqpm.model.jury.JuryDeliberation jury = Samples.admissibleTrainingDossier().build().getJury().orElseThrow();
    assertThat(jury.getAttendance()).isEqualTo(io.github.cqpm.model.jury.Attendance.PRESENT);
    assertThat(io.github.cqpm.model.jury.JuryDeliberation.builder().from(jury)
        .attendance(io.github.cqpm.model.jury.Attendance.EXCUSED).build().getAttendance())
        .isEqualTo(io.github.cqpm.model.jury.Attendance.EXCUSED);
  }

  @Test
  void jurorsAreUniqueAndVotesNameJurors() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Samples.juryOfTen().addMembers(member("M3", College.EMPLOYEE, Branch.METALLURGY, "CGT", false)).build())
        .withMessage("members[10]: duplicate M3 (each may appear only once)");
    JurySession session = Samples.juryOfTen().build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> JuryDeliberation.builder().session(session).addVotes(Vote.of("M99", VoteChoice.ADMISSIBLE)).build())
        .withMessage("votes[0].member: M99 is not a member of the session");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                JuryDeliberation.builder()
                    .session(session)
                    .addVotes(Vote.of("M1", VoteChoice.ADMISSIBLE), Vote.of("M1", VoteChoice.NOT_ADMISSIBLE))
                    .build())
        .withMessage("votes[1]: duplicate M1 (each may appear only once)");
  }

  @Test
  void anInvariantNamesItsPropertyAsAPathOfNamesAndIndices() {
    JurySession session = Samples.juryOfTen().build();
    assertThatThrownBy(() -> JuryDeliberation.builder().session(session)
            .addVotes(Vote.of("M1", VoteChoice.ADMISSIBLE), Vote.of("Z9", VoteChoice.ADMISSIBLE)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.getPath()).containsExactly("votes", 1, "member");
          assertThat(e.getProperty()).isEqualTo("votes[1].member");
          assertThat(e.getProblem()).isEqualTo("Z9 is not a member of the session");
          assertThat(e.getMessage()).isEqualTo("votes[1].member: Z9 is not a member of the session");
        });
    assertThatThrownBy(() -> InvalidValueException.at("x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("path: at least one property");
  }

  @Test
  void aNonConformJuryIsRepresentable() {
    JurySession.Builder six = JurySession.builder().date(JURY);
    for (int i = 1; i <= 6; i++) {
      six.addMembers(member("E" + i, College.EMPLOYER, Branch.METALLURGY, "UIMM", true));
    }
    JurySession jury = six.build();
    JuryComposition composition = JuryComposition.of(jury, Referentials.rncp19453().getJuryRules().orElseThrow());
    assertThat(composition.count(College.EMPLOYER, Branch.METALLURGY)).isEqualTo(6);
    assertThat(composition.getVotingEmployees()).isZero();
    assertThat(composition.isConform()).isFalse();
    assertThat(jury.getPresident()).isEmpty();
    JuryDeliberation byANonVoter =
        JuryDeliberation.builder()
            .session(Samples.juryOfTen().addMembers(member("M11", College.EMPLOYEE, Branch.TEMPORARY_WORK, "CFDT", false)).build())
            .addVotes(Vote.of("M11", VoteChoice.NOT_ADMISSIBLE))
            .build();
    assertThat(byANonVoter.getVotes()).hasSize(1);
  }

  @Test
  void valuesAreEqualByContentAndRebuildIdentically() {
    Dossier a = Samples.admissibleTrainingDossier().build();
    Dossier b = Samples.admissibleTrainingDossier().build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotSameAs(b);
    assertThat(Dossier.builder().from(a).build()).isEqualTo(a);
    assertThat(a.toString()).startsWith("Dossier{certification=RNCP19453, candidate=Candidate{id=CAND-2016-0042}");
    assertThat(Samples.admissibleTrainingDossier().vae(Samples.vaeFile().build()).build()).isNotEqualTo(a);
  }

  @Test
  void collectionsAreUnmodifiable() {
    Dossier dossier = Samples.admissibleTrainingDossier().build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> dossier.getAssessments().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
