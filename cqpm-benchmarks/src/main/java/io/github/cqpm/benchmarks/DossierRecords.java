package io.github.cqpm.benchmarks;

import java.util.List;

/**
 * The dossier document's shape as plain Java records, bound by Jackson's defaults: the baseline
 * of {@link JsonReadBenchmark}. Dates stay strings (what plain binding gives without a module).
 */
public final class DossierRecords {
  private DossierRecords() {}

  /** The document. */
  public record DossierDoc(int formatVersion, String certification, CandidateDoc candidate, CandidacyDoc candidacy,
      List<AssessmentDoc> assessments, List<OpinionDoc> companyOpinions, List<AcquiredDoc> acquiredBlocks,
      VaeDoc vae, JuryDoc jury) {}

  /** A candidate. */
  public record CandidateDoc(String id) {}

  /** A candidacy. */
  public record CandidacyDoc(String route, String territory, String registrationDate, SponsorDoc sponsor) {}

  /** A sponsor. */
  public record SponsorDoc(String kind, String name) {}

  /** An assessment. */
  public record AssessmentDoc(String capacity, String modality, String method, String date, String outcome, String commission) {}

  /** An opinion. */
  public record OpinionDoc(String block, String date, String polarity, String authorRole) {}

  /** A block acquired earlier. */
  public record AcquiredDoc(String block, String acquiredOn) {}

  /** A VAE file. */
  public record VaeDoc(AdmissibilityDoc admissibility, List<SituationDoc> evidence, InterviewDoc interview) {}

  /** A decision on admissibility. */
  public record AdmissibilityDoc(String decision, String date) {}

  /** A professional situation. */
  public record SituationDoc(String description, List<String> capacities) {}

  /** An interview. */
  public record InterviewDoc(String date, String commission) {}

  /** A deliberation. */
  public record JuryDoc(SessionDoc session, List<VoteDoc> votes, String declaredVerdict) {}

  /** A session. */
  public record SessionDoc(String date, List<MemberDoc> members, String president) {}

  /** A member. */
  public record MemberDoc(String id, String college, String branch, String organisation, boolean voting) {}

  /** A vote. */
  public record VoteDoc(String member, String choice) {}

}
