package io.github.cqpm.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The decision document's shape as plain Java records, messages and sentences already rendered,
 * written by Jackson's defaults: the baseline of {@link DecisionWriteBenchmark}.
 */
public final class DecisionRecords {
  private DecisionRecords() {}

  /** The document. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record DecisionDoc(String candidate, String certification, String referential,
      String referentialSha256, String libraryVersion, String dossierSha256, List<String> targetedBlocks,
      String attendance, String ruling, List<String> irregularities, String declaredVerdict, String evidence,
      String audit, PolicyDoc policy, String date, boolean certificationDue, List<String> missingBlocks,
      List<String> missingCapacities, List<String> attestableBlocks, List<BlockDoc> blocks, TallyDoc deliberation,
      List<FindingDoc> findings) {}

  /** The policy. */
  public record PolicyDoc(String registrationEnd, String unfavourableOpinion, String tieFallback, int quorum,
      String validityScope, String routes) {}

  /** A block. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BlockDoc(String block, boolean valid, String acquiredOn, String validUntilExcluded,
      String companyOpinion, List<CapacityDoc> capacities) {}

  /** A capacity. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CapacityDoc(String capacity, String state, String assessedOn, String modality) {}

  /** The votes' tally. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record TallyDoc(long admissible, long notAdmissible, long abstentions, String verdict,
      boolean presidentDecided) {}

  /** A finding. */
  public record FindingDoc(String code, String severity, String subject, Map<String, String> arguments,
      String rule, String message, String sentence) {}
}
