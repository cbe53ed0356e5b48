package io.github.cqpm.rules.json;

import static io.github.cqpm.json.JsonProperty.optional;
import static io.github.cqpm.json.JsonProperty.required;
import static io.github.cqpm.json.JsonType.bool;
import static io.github.cqpm.json.JsonType.date;
import static io.github.cqpm.json.JsonType.enumOf;
import static io.github.cqpm.json.JsonType.integer;
import static io.github.cqpm.json.JsonType.listOf;
import static io.github.cqpm.json.JsonType.object;
import static io.github.cqpm.json.JsonType.text;
import static io.github.cqpm.json.JsonType.textMap;

import io.github.cqpm.json.CqpmFormat;
import io.github.cqpm.json.JsonProperty;
import io.github.cqpm.json.JsonType;
import io.github.cqpm.json.PropertyValues;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.code.CapacityCode;
import io.github.cqpm.model.dossier.OpinionPolarity;
import io.github.cqpm.model.invariant.InvalidValueException;
import io.github.cqpm.model.jury.Attendance;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.referential.EvaluationModality;
import io.github.cqpm.rules.AuditOutcome;
import io.github.cqpm.rules.BlockStatus;
import io.github.cqpm.rules.CapacityStatus;
import io.github.cqpm.rules.CertificationOutcome;
import io.github.cqpm.rules.DeliberationOutcome;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.PolicyOption;
import io.github.cqpm.rules.RulePolicy;
import io.github.cqpm.rules.Ruling;
import io.github.cqpm.rules.decision.FicheRule;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Severity;
import io.github.cqpm.rules.decision.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON of decision documents, each property declared once: the writer, the reader and the
 * test that holds the decision's schema to them read these declarations.
 */
final class DecisionJson {
  private static final JsonType<BlockCode> BLOCK_CODE = CqpmFormat.binding(BlockCode.class).getJsonType();
  private static final JsonType<CapacityCode> CAPACITY_CODE = CqpmFormat.binding(CapacityCode.class).getJsonType();

  /** One property per option of a policy ({@link RulePolicy#options()}), in their order. */
  private static final List<JsonProperty<RulePolicy, ?>> POLICY_OPTIONS =
      RulePolicy.options().stream().<JsonProperty<RulePolicy, ?>>map(DecisionJson::property).toList();
  static final JsonType<RulePolicy> POLICY = object("a policy", DecisionJson::policy,
      POLICY_OPTIONS.toArray(JsonProperty[]::new));

  private static final JsonProperty<CapacityStatus, CapacityCode> CAPACITY =
      required("capacity", CAPACITY_CODE, CapacityStatus::capacity);
  private static final JsonProperty<CapacityStatus, CapacityStatus.State> STATE =
      required("state", enumOf(CapacityStatus.State.class), CapacityStatus::state);
  private static final JsonProperty<CapacityStatus, LocalDate> ASSESSED_ON =
      optional("assessedOn", date(), CapacityStatus::assessedOn);
  private static final JsonProperty<CapacityStatus, EvaluationModality> MODALITY =
      optional("modality", enumOf(EvaluationModality.class), CapacityStatus::modality);
  static final JsonType<CapacityStatus> CAPACITY_STATUS = object("a capacity's status",
      v -> new CapacityStatus(v.get(CAPACITY), v.get(STATE), v.find(ASSESSED_ON), v.find(MODALITY)),
      CAPACITY, STATE, ASSESSED_ON, MODALITY);

  private static final JsonProperty<BlockStatus, BlockCode> BLOCK = required("block", BLOCK_CODE, BlockStatus::block);
  private static final JsonProperty<BlockStatus, Boolean> VALID = required("valid", bool(), BlockStatus::valid);
  private static final JsonProperty<BlockStatus, LocalDate> ACQUIRED_ON =
      optional("acquiredOn", date(), BlockStatus::acquiredOn);
  private static final JsonProperty<BlockStatus, LocalDate> VALID_UNTIL_EXCLUDED =
      optional("validUntilExcluded", date(), BlockStatus::firstInvalidDay);
  private static final JsonProperty<BlockStatus, OpinionPolarity> COMPANY_OPINION =
      optional("companyOpinion", enumOf(OpinionPolarity.class), BlockStatus::opinion);
  private static final JsonProperty<BlockStatus, List<CapacityStatus>> CAPACITIES =
      required("capacities", listOf("capacities' statuses", CAPACITY_STATUS), BlockStatus::capacities);
  static final JsonType<BlockStatus> BLOCK_STATUS = object("a block's status",
      v -> new BlockStatus(v.get(BLOCK), v.get(CAPACITIES), v.find(COMPANY_OPINION), v.find(ACQUIRED_ON),
          v.find(VALID_UNTIL_EXCLUDED), v.get(VALID)),
      BLOCK, VALID, ACQUIRED_ON, VALID_UNTIL_EXCLUDED, COMPANY_OPINION, CAPACITIES);

  private static final JsonProperty<DeliberationOutcome, Integer> ADMISSIBLE =
      required("admissible", integer(), t -> Math.toIntExact(t.admissible()));
  private static final JsonProperty<DeliberationOutcome, Integer> NOT_ADMISSIBLE =
      required("notAdmissible", integer(), t -> Math.toIntExact(t.notAdmissible()));
  private static final JsonProperty<DeliberationOutcome, Integer> ABSTENTIONS =
      required("abstentions", integer(), t -> Math.toIntExact(t.abstentions()));
  private static final JsonProperty<DeliberationOutcome, Verdict> TALLY_VERDICT =
      optional("verdict", enumOf(Verdict.class), DeliberationOutcome::verdict);
  private static final JsonProperty<DeliberationOutcome, Boolean> PRESIDENT_DECIDED =
      required("presidentDecided", bool(), DeliberationOutcome::presidentDecided);
  static final JsonType<DeliberationOutcome> DELIBERATION = object("a deliberation's tally",
      v -> new DeliberationOutcome(v.find(TALLY_VERDICT), v.get(ADMISSIBLE), v.get(NOT_ADMISSIBLE),
          v.get(ABSTENTIONS), v.get(PRESIDENT_DECIDED)),
      ADMISSIBLE, NOT_ADMISSIBLE, ABSTENTIONS, TALLY_VERDICT, PRESIDENT_DECIDED);

  private static final JsonProperty<StatedFinding, FindingCode> CODE =
      required("code", enumOf(FindingCode.class), s -> s.finding().code());
  private static final JsonProperty<StatedFinding, Severity> SEVERITY =
      required("severity", enumOf(Severity.class), s -> s.finding().severity());
  private static final JsonProperty<StatedFinding, String> SUBJECT =
      required("subject", text(), s -> s.finding().subject().toString());
  private static final JsonProperty<StatedFinding, Map<String, String>> ARGUMENTS =
      required("arguments", textMap("a finding's arguments by name"), s -> new FindingArguments(s.finding()));
  private static final JsonProperty<StatedFinding, FicheRule> RULE =
      required("rule", enumOf(FicheRule.class), s -> s.finding().rule());
  private static final JsonProperty<StatedFinding, String> MESSAGE = required("message", text(), StatedFinding::message);
  private static final JsonProperty<StatedFinding, String> SENTENCE =
      required("sentence", text(), StatedFinding::sentence);
  static final JsonType<StatedFinding> FINDING = object("a finding", DecisionJson::finding,
      CODE, SEVERITY, SUBJECT, ARGUMENTS, RULE, MESSAGE, SENTENCE);

  private static final JsonProperty<DecisionDocument, String> CANDIDATE =
      required("candidate", text(), DecisionDocument::candidate);
  private static final JsonProperty<DecisionDocument, String> CERTIFICATION =
      required("certification", text(), DecisionDocument::certification);
  private static final JsonProperty<DecisionDocument, String> REFERENTIAL =
      required("referential", text(), DecisionDocument::referential);
  private static final JsonProperty<DecisionDocument, String> REFERENTIAL_SHA256 =
      optional("referentialSha256", text(), DecisionDocument::referentialSha256);
  private static final JsonProperty<DecisionDocument, String> LIBRARY_VERSION =
      required("libraryVersion", text(), DecisionDocument::libraryVersion);
  private static final JsonProperty<DecisionDocument, String> DOSSIER_SHA256 =
      optional("dossierSha256", text(), DecisionDocument::dossierSha256);
  private static final JsonProperty<DecisionDocument, Ruling> RULING =
      required("ruling", enumOf(Ruling.class), d -> d.outcome().ruling());
  private static final JsonProperty<DecisionDocument, List<FindingCode>> IRREGULARITIES = required(
      "irregularities", listOf("finding codes", enumOf(FindingCode.class)), d -> d.outcome().irregularities());
  private static final JsonProperty<DecisionDocument, Verdict> DECLARED_VERDICT =
      optional("declaredVerdict", enumOf(Verdict.class), d -> d.outcome().declared());
  private static final JsonProperty<DecisionDocument, Verdict> EVIDENCE =
      required("evidence", enumOf(Verdict.class), d -> d.outcome().evidence());
  private static final JsonProperty<DecisionDocument, AuditOutcome> AUDIT =
      required("audit", enumOf(AuditOutcome.class), d -> d.outcome().audit());
  private static final JsonProperty<DecisionDocument, RulePolicy> DECISION_POLICY =
      required("policy", POLICY, DecisionDocument::policy);
  private static final JsonProperty<DecisionDocument, LocalDate> DATE =
      required("date", date(), d -> d.outcome().certification().date());
  private static final JsonProperty<DecisionDocument, Boolean> CERTIFICATION_DUE =
      required("certificationDue", bool(), d -> d.outcome().certification().due());
  private static final JsonProperty<DecisionDocument, List<BlockCode>> MISSING_BLOCKS = required(
      "missingBlocks", listOf("block codes", BLOCK_CODE), d -> missingBlocks(d.outcome().certification()));
  private static final JsonProperty<DecisionDocument, List<CapacityCode>> MISSING_CAPACITIES = required(
      "missingCapacities", listOf("capacity codes", CAPACITY_CODE),
      d -> missingCapacities(d.outcome().certification()));
  private static final JsonProperty<DecisionDocument, List<BlockStatus>> BLOCKS = required(
      "blocks", listOf("blocks' statuses", BLOCK_STATUS), d -> d.outcome().certification().blocks());
  private static final JsonProperty<DecisionDocument, DeliberationOutcome> DECISION_DELIBERATION =
      optional("deliberation", DELIBERATION, d -> d.outcome().deliberation());
  private static final JsonProperty<DecisionDocument, List<StatedFinding>> FINDINGS =
      required("findings", listOf("findings", FINDING), DecisionDocument::findings);
  // since 0.2.0, each optional so that documents written by 0.1.0 stay readable
  private static final JsonProperty<DecisionDocument, List<BlockCode>> TARGETED_BLOCKS = optional(
      "targetedBlocks", listOf("block codes", BLOCK_CODE),
      d -> d.targetedBlocks().isEmpty() ? Optional.empty() : Optional.of(d.targetedBlocks()));
  private static final JsonProperty<DecisionDocument, Attendance> ATTENDANCE = optional("attendance",
      enumOf(Attendance.class), d -> d.attendance() == Attendance.PRESENT ? Optional.empty() : Optional.of(d.attendance()));
  private static final JsonProperty<DecisionDocument, List<BlockCode>> ATTESTABLE_BLOCKS = optional(
      "attestableBlocks", listOf("block codes", BLOCK_CODE), d -> Optional.of(d.attestableBlocks()));
  static final JsonType<DecisionDocument> DECISION = object("a decision", DecisionJson::decision,
      CANDIDATE, CERTIFICATION, REFERENTIAL, REFERENTIAL_SHA256, LIBRARY_VERSION, DOSSIER_SHA256, TARGETED_BLOCKS,
      ATTENDANCE, RULING, IRREGULARITIES, DECLARED_VERDICT, EVIDENCE, AUDIT, DECISION_POLICY, DATE, CERTIFICATION_DUE,
      MISSING_BLOCKS, MISSING_CAPACITIES, ATTESTABLE_BLOCKS, BLOCKS, DECISION_DELIBERATION, FINDINGS);

  private DecisionJson() {}

  private static <T> JsonProperty<RulePolicy, T> property(PolicyOption<T> option) {
    return required(option.getName(), json(option), option::get);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static <T> JsonType<T> json(PolicyOption<T> option) {
    return option.getType() == Integer.class
        ? (JsonType<T>) integer()
        : (JsonType<T>) enumOf((Class) option.getType());
  }

  /** A policy read back: each option's value put in the defaults. */
  private static RulePolicy policy(PropertyValues<RulePolicy> values) {
    RulePolicy policy = RulePolicy.defaults();
    for (int i = 0; i < POLICY_OPTIONS.size(); i++) {
      policy = with(policy, RulePolicy.options().get(i), values, POLICY_OPTIONS.get(i));
    }
    return policy;
  }

  @SuppressWarnings("unchecked")
  private static <T> RulePolicy with(RulePolicy policy, PolicyOption<T> option,
      PropertyValues<RulePolicy> values, JsonProperty<RulePolicy, ?> property) {
    return option.with(policy, values.get((JsonProperty<RulePolicy, T>) property));
  }

  /** The blocks a certification attests, by code: what a document's {@code attestableBlocks} says. */
  static List<BlockCode> attestableBlocks(CertificationOutcome certification) {
    return certification.attestedBlocks().stream().map(BlockStatus::block).toList();
  }

  private static List<BlockCode> missingBlocks(CertificationOutcome certification) {
    return certification.missingBlocks().stream().map(BlockStatus::block).toList();
  }

  private static List<CapacityCode> missingCapacities(CertificationOutcome certification) {
    return certification.missingCapacities().stream().map(CapacityStatus::capacity).toList();
  }

  /** A finding read back: its arguments, texts, under the code's names in the code's order. */
  private static StatedFinding finding(PropertyValues<StatedFinding> v) {
    FindingCode code = v.get(CODE);
    Map<String, String> arguments = v.get(ARGUMENTS);
    if (!new ArrayList<>(arguments.keySet()).equals(code.getArgumentNames())) {
      throw InvalidValueException.at(code + " takes the arguments " + code.getArgumentNames()
          + " in that order, not " + arguments.keySet(), "arguments");
    }
    String subject = v.get(SUBJECT);
    int space = subject.indexOf(' ');
    Subject.Kind kind = kind(space < 0 ? subject : subject.substring(0, space));
    Finding finding = new Finding(code, v.get(SEVERITY),
        space < 0 ? new Subject(kind, "") : Subject.of(kind, subject.substring(space + 1)),
        List.copyOf(arguments.values()), v.get(RULE));
    return new StatedFinding(finding, v.get(MESSAGE), v.get(SENTENCE));
  }

  private static Subject.Kind kind(String name) {
    for (Subject.Kind kind : Subject.Kind.values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    throw InvalidValueException.at("expected a subject such as BLOCK RNCP19453BC02 or JURY, its kind one of "
        + List.of(Subject.Kind.values()) + "; was \"" + name + "\"", "subject");
  }

  /**
   * A decision read back; the missing blocks and capacities it lists are what its blocks make
   * missing, or the document is refused.
   */
  private static DecisionDocument decision(PropertyValues<DecisionDocument> v) {
    CertificationOutcome certification =
        new CertificationOutcome(v.get(CERTIFICATION_DUE), v.get(DATE), v.get(BLOCKS));
    if (!v.get(MISSING_BLOCKS).equals(missingBlocks(certification))) {
      throw InvalidValueException.at("expected the blocks the statuses make missing, "
          + missingBlocks(certification) + ", not " + v.get(MISSING_BLOCKS), "missingBlocks");
    }
    if (!v.get(MISSING_CAPACITIES).equals(missingCapacities(certification))) {
      throw InvalidValueException.at("expected the capacities the statuses make missing, "
          + missingCapacities(certification) + ", not " + v.get(MISSING_CAPACITIES), "missingCapacities");
    }
    List<BlockCode> attestable = attestableBlocks(certification);
    if (v.find(ATTESTABLE_BLOCKS).isPresent() && !v.find(ATTESTABLE_BLOCKS).get().equals(attestable)) {
      throw InvalidValueException.at("expected the blocks the statuses make attestable, " + attestable + ", not "
          + v.find(ATTESTABLE_BLOCKS).get(), "attestableBlocks");
    }
    DossierOutcome outcome = new DossierOutcome(v.get(RULING), v.find(DECISION_DELIBERATION),
        v.find(DECLARED_VERDICT), v.get(EVIDENCE), certification, v.get(AUDIT), v.get(IRREGULARITIES));
    return new DecisionDocument(v.get(CANDIDATE), v.get(CERTIFICATION), v.get(REFERENTIAL),
        sha256(v.find(REFERENTIAL_SHA256), "referentialSha256"), v.get(LIBRARY_VERSION),
        sha256(v.find(DOSSIER_SHA256), "dossierSha256"), v.get(DECISION_POLICY), outcome, v.get(FINDINGS),
        v.find(TARGETED_BLOCKS).orElse(List.of()), v.find(ATTENDANCE).orElse(Attendance.PRESENT));
  }

  private static Optional<String> sha256(Optional<String> digest, String property) {
    if (digest.isPresent() && !digest.get().matches("[0-9a-f]{64}")) {
      throw InvalidValueException.at(
          "expected a SHA-256 as 64 lower-case hexadecimal digits, was \"" + digest.get() + "\"", property);
    }
    return digest;
  }
}
