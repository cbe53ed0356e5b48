package io.github.cqpm.rules.decision;

import static io.github.cqpm.rules.decision.Severity.ERROR;
import static io.github.cqpm.rules.decision.Severity.INFO;
import static io.github.cqpm.rules.decision.Severity.WARNING;

import io.github.cqpm.model.validation.Nonconformity;
import java.util.List;
import java.util.Optional;

/**
 * The stable codes of findings. <b>Codes are an API</b>: once released, a code is never renamed
 * nor removed; new codes may be added. Each names its usual severity and the rule it applies; its
 * message, with its arguments in order, is in the bundle {@code
 * io.github.cqpm.rules.decision.Messages} (English) and {@code Messages_fr} (French), or, for a
 * code that reports a model nonconformity ({@link #getNonconformity()}), the kind's message, which
 * Bean Validation says too.
 */
public enum FindingCode {
  // Candidacy
  /**
   * The dossier names another certification than the référentiel these rules apply (the fiche's
   * jury checks the evaluation against "le référentiel du CQPM visé"). Arguments: the dossier's
   * RNCP number, the référentiel's.
   */
  OTHER_CERTIFICATION(ERROR, FicheRule.JURY_DUTY, "dossierCertification", "referentialCertification"),
  /** The route is not open for this certification. Arguments: route. */
  ROUTE_CLOSED(ERROR, FicheRule.ACCESS_ROUTES, "route"),
  /** The certification is not accessible in the territory. Arguments: territory. */
  TERRITORY_NOT_ACCESSIBLE(ERROR, FicheRule.TERRITORIES, "territory"),
  /** The jury sat before the registration took effect. Arguments: jury date, effective date. */
  JURY_BEFORE_REGISTRATION(ERROR, FicheRule.REGISTRATION, "juryDate", "effectiveDate"),
  /** The jury sat after the registration ended. Arguments: jury date, end date. */
  JURY_AFTER_REGISTRATION(ERROR, FicheRule.REGISTRATION, "juryDate", "endDate"),
  /**
   * The référentiel states no first day of its registration (a fiche of the RNCP export without
   * {@code DATE_EFFET} nor {@code DATE_DECISION}): the jury's date is not judged against one.
   * Arguments: the référentiel.
   */
  REGISTRATION_START_UNKNOWN(WARNING, FicheRule.LIBRARY_POLICY, "referential"),
  /**
   * The référentiel states no end of its registration (an old fiche of the RNCP export without
   * {@code DATE_FIN_ENREGISTREMENT}): none is invented, the jury's date is not judged against one.
   * Arguments: the référentiel.
   */
  REGISTRATION_END_UNKNOWN(WARNING, FicheRule.LIBRARY_POLICY, "referential"),

  // Procedure
  /** A step of the path is missing. Arguments: step. */
  STEP_MISSING(ERROR, FicheRule.TRAINING_PATH, "step"),
  /**
   * A step is dated before the step that must precede it. Arguments: step, its date, previous step,
   * its date.
   */
  STEP_OUT_OF_ORDER(ERROR, FicheRule.TRAINING_PATH, "step", "date", "previousStep", "previousDate"),
  /** No company or organisation is recorded for the prior registration. Arguments: none. */
  SPONSOR_MISSING(WARNING, FicheRule.TRAINING_PATH),
  /** The VAE request was declared not admissible. Arguments: date. */
  REQUEST_NOT_ADMISSIBLE(ERROR, FicheRule.VAE_PATH, "date"),
  /** The evidence dossier describes no professional situation. Arguments: none. */
  EVIDENCE_MISSING(ERROR, FicheRule.VAE_PATH),
  /** A VAE file is attached to a dossier on a training route. Arguments: route. */
  VAE_FILE_ON_TRAINING_ROUTE(WARNING, FicheRule.VAE_PATH, "route"),
  /**
   * A professional situation of the VAE evidence names no capacity ("en rapport avec les capacités
   * professionnelles du CQPM visé"). Arguments: the situation's rank, from 1.
   */
  SITUATION_WITHOUT_CAPACITY(ERROR, FicheRule.VAE_PATH, "situation"),
  /**
   * A professional situation's description is longer than succinct ("situations professionnelles
   * succinctes"; the limit is the library's policy). Arguments: the situation's rank, its length,
   * the limit.
   */
  SITUATION_NOT_SUCCINCT(WARNING, FicheRule.VAE_PATH, "situation", "length", "maximum"),

  // Codes of the référentiel
  /**
   * A capacity code the référentiel does not have, where the dossier uses it (an assessment, VAE
   * evidence). Arguments: capacity, the référentiel's RNCP number.
   */
  UNKNOWN_CAPACITY(ERROR, FicheRule.CAPACITY_EVALUATION, "capacity", "referential"),
  /**
   * A block code the référentiel does not have, where the dossier uses it (a company opinion, a
   * block acquired earlier). Arguments: block, the référentiel's RNCP number.
   */
  UNKNOWN_BLOCK(ERROR, FicheRule.ADMISSIBILITY, "block", "referential"),

  // Blocks and capacities
  /** No assessment of the capacity is on record (the subject names its block). Arguments: capacity. */
  CAPACITY_NOT_ASSESSED(ERROR, FicheRule.ALL_CAPACITIES, "capacity"),
  /** The capacity's latest assessment did not validate it. Arguments: capacity, date. */
  CAPACITY_NOT_VALIDATED(ERROR, FicheRule.ALL_CAPACITIES, "capacity", "date"),
  /** The capacity was validated. Arguments: capacity, date, modality. */
  CAPACITY_VALIDATED(INFO, FicheRule.CAPACITY_EVALUATION, "capacity", "date", "modality"),
  /**
   * The capacity was validated in a reconstituted situation, allowed only "si nécessaire".
   * Arguments: capacity, date.
   */
  RECONSTITUTED_SITUATION_USED(INFO, FicheRule.RECONSTITUTED_SITUATION, "capacity", "date"),
  /** An assessment or opinion dated after the decision date was left out. Arguments: what, date. */
  EVIDENCE_AFTER_DECISION_DATE(WARNING, FicheRule.JURY_DUTY, "evidence", "date"),
  /** No company opinion on the block is on record. Arguments: block. */
  COMPANY_OPINION_MISSING(ERROR, FicheRule.COMPANY_OPINION, "block"),
  /** The company's latest opinion on the block is unfavourable. Arguments: block, date. */
  COMPANY_OPINION_UNFAVOURABLE(WARNING, FicheRule.COMPANY_OPINION, "block", "date"),
  /** The block is acquired. Arguments: block, date acquired, valid until (exclusive). */
  BLOCK_ACQUIRED(INFO, FicheRule.BLOCK_ATTESTATION, "block", "acquiredOn", "validUntilExcluded"),
  /**
   * The block is acquired, with no end of validity: the référentiel states none ({@link
   * #VALIDITY_UNKNOWN}). Arguments: block, the day it was acquired.
   */
  BLOCK_ACQUIRED_WITHOUT_LIMIT(INFO, FicheRule.BLOCK_ATTESTATION, "block", "acquiredOn"),
  /**
   * The référentiel does not state how long acquired components stay valid (a fiche imported from
   * the RNCP export outside the CQPM regime): none expires. Arguments: the référentiel.
   */
  VALIDITY_UNKNOWN(WARNING, FicheRule.LIBRARY_POLICY, "referential"),
  /** The block is not acquired. Arguments: block. */
  BLOCK_NOT_ACQUIRED(ERROR, FicheRule.ADMISSIBILITY, "block"),
  /**
   * A block acquired earlier is no longer valid. Arguments: block, date acquired, first day
   * invalid.
   */
  BLOCK_EXPIRED(ERROR, FicheRule.VALIDITY, "block", "acquiredOn", "firstInvalidDay"),
  /** A block is dated as acquired after the decision date. Arguments: block, date acquired. */
  BLOCK_ACQUIRED_LATER(ERROR, FicheRule.VALIDITY, "block", "acquiredOn"),
  /**
   * A capacity's validation is no longer valid at the decision date, so it does not count (the
   * policy's {@code ValidityScope}). Arguments: capacity, date validated, first day invalid.
   */
  CAPACITY_VALIDATION_EXPIRED(ERROR, FicheRule.VALIDITY, "capacity", "validatedOn", "firstInvalidDay"),

  // Certification
  /** Every block is acquired and valid: the CQPM is due. Arguments: date. */
  CERTIFICATION_DUE(INFO, FicheRule.ADMISSIBILITY, "date"),
  /** Some block is missing or expired: the CQPM is not due. Arguments: blocks missing, count. */
  CERTIFICATION_NOT_DUE(ERROR, FicheRule.ADMISSIBILITY, "missingBlocks", "count"),
  /**
   * A candidacy that targets some blocks only: every targeted block is acquired and valid ("Chaque
   * bloc est certifié, il donne lieu à une évaluation et une validation"); the CQPM is not at stake.
   * Arguments: the blocks targeted, the date.
   *
   * @since 0.2.0
   */
  TARGET_MET(INFO, FicheRule.BLOCK_ATTESTATION, "blocks", "date"),
  /**
   * A candidacy that targets some blocks only: some targeted block is missing or expired.
   * Arguments: the targeted blocks missing, count.
   *
   * @since 0.2.0
   */
  TARGET_NOT_MET(ERROR, FicheRule.BLOCK_ATTESTATION, "missingBlocks", "count"),
  /**
   * No jury has sat: there is no verdict yet, and the blocks are judged at the latest date of the
   * evidence. Arguments: that date.
   */
  JURY_NOT_HELD(WARNING, FicheRule.JURY_DUTY, "date"),

  // Jury composition
  /** Voting employees' and employers' representatives differ in number. Arguments: employees, employers. */
  JURY_NOT_PARITARY(ERROR, FicheRule.JURY_PARITY, "votingEmployees", "votingEmployers"),
  /** More than five employer members of metallurgy. Arguments: count, maximum. */
  TOO_MANY_METALLURGY_EMPLOYERS(ERROR, FicheRule.EMPLOYER_DELEGATION, "count", "maximum"),
  /** More than one employer member of temporary work. Arguments: count, maximum. */
  TOO_MANY_TEMPORARY_WORK_EMPLOYERS(ERROR, FicheRule.EMPLOYER_DELEGATION, "count", "maximum"),
  /** More than one union member of temporary work. Arguments: count, maximum. */
  TOO_MANY_TEMPORARY_WORK_EMPLOYEES(ERROR, FicheRule.UNION_DELEGATION, "count", "maximum"),
  /** No union representative sits. Arguments: none. */
  NO_UNION_REPRESENTATIVE(ERROR, FicheRule.UNION_DELEGATION),
  /** A union has several representatives with a vote. Arguments: union, count. */
  UNION_HAS_SEVERAL_VOTES(ERROR, FicheRule.ONE_VOTE_PER_UNION, "union", "count"),
  /** No president is designated. Arguments: none. */
  PRESIDENT_MISSING(ERROR, FicheRule.CASTING_VOTE),
  /** The president designated does not sit in the jury. Arguments: president. */
  PRESIDENT_NOT_MEMBER(ERROR, FicheRule.CASTING_VOTE, "president"),
  /** The president sits without a vote, so cannot cast the deciding vote. Arguments: president. */
  PRESIDENT_WITHOUT_VOTE(ERROR, FicheRule.CASTING_VOTE, "president"),

  // Deliberation
  /** A member who sits without a vote voted; the vote is not counted. Arguments: member. */
  NON_VOTING_MEMBER_VOTED(WARNING, FicheRule.ONE_VOTE_PER_UNION, "member"),
  /** The tally. Arguments: for, against, abstentions. */
  VOTES_TALLIED(INFO, FicheRule.JURY_DUTY, "admissible", "notAdmissible", "abstentions"),
  /** Votes were tied and the president's vote decided. Arguments: president, president's vote. */
  TIE_BROKEN_BY_PRESIDENT(INFO, FicheRule.CASTING_VOTE, "president", "verdict"),
  /**
   * Votes were tied and the president did not vote for or against: the deliberation has no verdict
   * (policy {@code TieFallback.UNDECIDED}). Arguments: none.
   */
  TIE_UNRESOLVED(ERROR, FicheRule.CASTING_VOTE),
  /**
   * Votes were tied and the president did not vote for or against: the policy settled it
   * ({@code TieFallback.NOT_ADMISSIBLE}). Arguments: the verdict under the policy.
   */
  TIE_SETTLED_BY_POLICY(WARNING, FicheRule.LIBRARY_POLICY, "verdict"),
  /** Fewer voting members voted than the quorum policy requires. Arguments: voted, quorum. */
  QUORUM_NOT_MET(ERROR, FicheRule.LIBRARY_POLICY, "voted", "quorum"),
  /**
   * The référentiel does not state the rules of its jury's composition (a fiche imported from the
   * RNCP export outside the CQPM regime): the composition is not judged. Arguments: the
   * référentiel.
   */
  JURY_RULES_UNKNOWN(WARNING, FicheRule.LIBRARY_POLICY, "referential"),

  // Decision
  /**
   * The jury sat but neither votes nor a declared verdict are recorded: no verdict yet. Arguments:
   * the jury's date.
   */
  VERDICT_NOT_RECORDED(WARNING, FicheRule.JURY_DUTY, "juryDate"),
  /**
   * The candidate was absent from the jury: no verdict, whatever is recorded (a policy: the fiche
   * is silent; France VAE records {@code CANDIDAT_ABSENT}). Arguments: the jury's date.
   *
   * @since 0.2.0
   */
  CANDIDATE_ABSENT(INFO, FicheRule.LIBRARY_POLICY, "juryDate"),
  /**
   * The candidate was excused from the jury: no verdict, whatever is recorded (a policy: the
   * fiche is silent; France VAE records {@code CANDIDAT_EXCUSE}). Arguments: the jury's date.
   *
   * @since 0.2.0
   */
  CANDIDATE_EXCUSED(INFO, FicheRule.LIBRARY_POLICY, "juryDate"),
  /**
   * The deliberation is irregular (a non-conform composition, a quorum not met, a tie left
   * unresolved): it has no valid verdict. Arguments: the codes that make it irregular.
   */
  DELIBERATION_IRREGULAR(ERROR, FicheRule.JURY_DUTY, "causes"),
  /**
   * The jury's verdict is admissible but the evidence does not allow it ("l'ensemble des blocs de
   * compétences … doit être acquis", and a candidacy and procedure in conformity): the decision is
   * not admissible. Arguments: blocks missing (or none), count of errors in the candidacy, the
   * procedure and the codes.
   */
  JURY_VERDICT_EXCEEDS_EVIDENCE(ERROR, FicheRule.ADMISSIBILITY, "missingBlocks", "errors"),

  // Audit
  /** The jury declared no verdict. Arguments: none. */
  VERDICT_NOT_DECLARED(ERROR, FicheRule.JURY_DUTY),
  /**
   * Votes or a verdict are recorded for a candidate absent or excused from the jury: they are not
   * read, and the record is inconsistent. Arguments: the votes recorded, the verdict declared (or
   * {@code -}).
   *
   * @since 0.2.0
   */
  VERDICT_RECORDED_FOR_ABSENT_CANDIDATE(ERROR, FicheRule.LIBRARY_POLICY, "votes", "declared"),
  /** Declared admissible while some block is missing or expired. Arguments: blocks. */
  DECLARED_ADMISSIBLE_WITHOUT_ALL_BLOCKS(ERROR, FicheRule.ADMISSIBILITY, "missingBlocks"),
  /** Declared not admissible while every block is acquired and valid. Arguments: none. */
  DECLARED_NOT_ADMISSIBLE_ALTHOUGH_DUE(WARNING, FicheRule.ADMISSIBILITY),
  /** The declared verdict is not the one the votes give. Arguments: declared, from votes. */
  VERDICT_CONTRADICTS_VOTES(ERROR, FicheRule.CASTING_VOTE, "declared", "fromVotes"),
  /** The declared verdict stands on a jury that is not conform. Arguments: count of breaches. */
  VERDICT_BY_NON_CONFORM_JURY(ERROR, FicheRule.JURY_DUTY, "breaches"),
  /** The candidacy or the procedure is not conform. Arguments: count of breaches. */
  PROCEDURE_NOT_CONFORM(ERROR, FicheRule.JURY_DUTY, "breaches"),
  /** The declaration is consistent with the evidence and the composition. Arguments: verdict. */
  DECLARATION_CONSISTENT(INFO, FicheRule.JURY_DUTY, "verdict");

  private final Severity severity;
  private final FicheRule rule;
  private final List<String> argumentNames;

  /**
   * The kind of the model's nonconformity this code reports, where it reports one: its message is
   * then the kind's ({@link Nonconformity.Kind#pattern}), the words Bean Validation says too, and
   * its arguments the nonconformity's. Declared here, code by code, never matched by name; a test
   * checks that every kind but {@code UNKNOWN_CERTIFICATION} (Bean Validation's only) has one code.
   *
   * @return the kind, or empty for a finding of the rules alone
   * @since 0.2.0
   */
  public Optional<Nonconformity.Kind> getNonconformity() {
    switch (this) {
      case OTHER_CERTIFICATION:
        return Optional.of(Nonconformity.Kind.OTHER_CERTIFICATION);
      case ROUTE_CLOSED:
        return Optional.of(Nonconformity.Kind.ROUTE_CLOSED);
      case TERRITORY_NOT_ACCESSIBLE:
        return Optional.of(Nonconformity.Kind.TERRITORY_NOT_ACCESSIBLE);
      case JURY_BEFORE_REGISTRATION:
        return Optional.of(Nonconformity.Kind.JURY_BEFORE_REGISTRATION);
      case JURY_AFTER_REGISTRATION:
        return Optional.of(Nonconformity.Kind.JURY_AFTER_REGISTRATION);
      case EVIDENCE_MISSING:
        return Optional.of(Nonconformity.Kind.EVIDENCE_MISSING);
      case SITUATION_WITHOUT_CAPACITY:
        return Optional.of(Nonconformity.Kind.SITUATION_WITHOUT_CAPACITY);
      case SITUATION_NOT_SUCCINCT:
        return Optional.of(Nonconformity.Kind.SITUATION_NOT_SUCCINCT);
      case UNKNOWN_CAPACITY:
        return Optional.of(Nonconformity.Kind.UNKNOWN_CAPACITY);
      case UNKNOWN_BLOCK:
        return Optional.of(Nonconformity.Kind.UNKNOWN_BLOCK);
      case JURY_NOT_PARITARY:
        return Optional.of(Nonconformity.Kind.JURY_NOT_PARITARY);
      case TOO_MANY_METALLURGY_EMPLOYERS:
        return Optional.of(Nonconformity.Kind.TOO_MANY_METALLURGY_EMPLOYERS);
      case TOO_MANY_TEMPORARY_WORK_EMPLOYERS:
        return Optional.of(Nonconformity.Kind.TOO_MANY_TEMPORARY_WORK_EMPLOYERS);
      case TOO_MANY_TEMPORARY_WORK_EMPLOYEES:
        return Optional.of(Nonconformity.Kind.TOO_MANY_TEMPORARY_WORK_EMPLOYEES);
      case NO_UNION_REPRESENTATIVE:
        return Optional.of(Nonconformity.Kind.NO_UNION_REPRESENTATIVE);
      case UNION_HAS_SEVERAL_VOTES:
        return Optional.of(Nonconformity.Kind.UNION_HAS_SEVERAL_VOTES);
      case PRESIDENT_MISSING:
        return Optional.of(Nonconformity.Kind.PRESIDENT_MISSING);
      case PRESIDENT_NOT_MEMBER:
        return Optional.of(Nonconformity.Kind.PRESIDENT_NOT_MEMBER);
      case PRESIDENT_WITHOUT_VOTE:
        return Optional.of(Nonconformity.Kind.PRESIDENT_WITHOUT_VOTE);
      case NON_VOTING_MEMBER_VOTED:
        return Optional.of(Nonconformity.Kind.NON_VOTING_MEMBER_VOTED);
      default:
        return Optional.empty();
    }
  }

  FindingCode(Severity severity, FicheRule rule, String... argumentNames) {
    this.severity = severity;
    this.rule = rule;
    this.argumentNames = List.of(argumentNames);
  }

  /**
   * The names of the message's arguments, in order. Like the codes, they are an API: a consumer
   * may key on them (a JSON decision names its arguments with them) and they are never renamed.
   *
   * @return the names, e.g. {@code [juryDate, endDate]}; empty when the message takes none
   */
  public List<String> getArgumentNames() {
    return argumentNames;
  }

  /**
   * The usual severity of a finding with this code (a policy may change it, and the finding says
   * which applies).
   *
   * @return the severity
   */
  public Severity getSeverity() {
    return severity;
  }

  /**
   * The sentence of the fiche this code applies.
   *
   * @return the rule
   */
  public FicheRule getRule() {
    return rule;
  }
}
