package io.github.cqpm.rules.json;

import io.github.cqpm.json.CanonicalJson;
import io.github.cqpm.json.CqpmFormat;
import io.github.cqpm.json.JsonSink;
import io.github.cqpm.json.JsonType;
import io.github.cqpm.json.JsonWritable;
import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.Attendance;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.RulePolicy;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision on a dossier as a JSON document, for storing it, answering with it and reading it
 * back: the ruling and its three views (the votes' deliberation, the verdict the jury declared,
 * what the evidence calls for) and the audit; every block and capacity; every finding with its
 * code, severity, subject, arguments under their {@linkplain FindingCode#getArgumentNames()
 * names}, the fiche's sentence and the message in the chosen language; and what an auditor needs
 * to reproduce it: the policy applied, the référentiel's RNCP number and its revision (the SHA-256
 * of its {@linkplain CanonicalJson canonical JSON}), the SHA-256 of the dossier's canonical JSON,
 * and the library's version. Two decisions made under two revisions of a fiche, or on two versions
 * of a dossier, are told apart by these digests; a document written by 0.1.0 has neither, and
 * reads with both empty.
 *
 * <p>Write it with any JSON library's cqpm module (both Jackson modules serialize a {@link
 * JsonWritable}), e.g. {@code CqpmJson.write(DecisionDocument.of(dossier, decision, rules,
 * Locale.FRENCH))}; read it back with the same module and {@link #json()}, e.g. {@code
 * CqpmJson.read(DecisionDocument.json(), text)}, as strictly as a dossier. The properties are
 * written in a fixed order; an absent view is left out. {@link #schema()} describes the document.
 *
 * @param candidate the candidate's identifier
 * @param certification the RNCP number the dossier names
 * @param referential the RNCP number of the référentiel that decided
 * @param referentialSha256 the SHA-256 of the deciding référentiel's canonical JSON, its revision;
 *     empty in a document written before 0.2.0
 * @param libraryVersion the version of the library that decided
 * @param dossierSha256 the SHA-256 of the dossier's canonical JSON, what was decided on; empty in a
 *     document written before 0.2.0
 * @param policy the policy applied
 * @param outcome what was decided
 * @param findings why, in order, each stated in the document's language
 * @param targetedBlocks the blocks the candidacy targets when it targets part of the
 *     certification; empty for the whole certification (and in a document written before 0.2.0)
 * @param attendance whether the candidate attended the jury; {@link Attendance#PRESENT} in a
 *     document written before 0.2.0
 */
public record DecisionDocument(
    String candidate,
    String certification,
    String referential,
    Optional<String> referentialSha256,
    String libraryVersion,
    Optional<String> dossierSha256,
    RulePolicy policy,
    DossierOutcome outcome,
    List<StatedFinding> findings,
    List<BlockCode> targetedBlocks,
    Attendance attendance) implements JsonWritable {
  private static final JsonType<Dossier> DOSSIER = CqpmFormat.binding(Dossier.class).getJsonType();

  /**
   * Checks the components and copies the findings.
   *
   * @param candidate the candidate
   * @param certification the dossier's certification
   * @param referential the deciding référentiel
   * @param referentialSha256 its revision
   * @param libraryVersion the library's version
   * @param dossierSha256 the dossier's digest
   * @param policy the policy
   * @param outcome the outcome
   * @param findings the findings
   * @param targetedBlocks the partial target
   * @param attendance the attendance
   * @since 0.2.0
   */
  public DecisionDocument {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(certification, "certification");
    Objects.requireNonNull(referential, "referential");
    Objects.requireNonNull(referentialSha256, "referentialSha256");
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    Objects.requireNonNull(dossierSha256, "dossierSha256");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(outcome, "outcome");
    findings = List.copyOf(findings);
    targetedBlocks = List.copyOf(targetedBlocks);
    Objects.requireNonNull(attendance, "attendance");
  }

  /**
   * A document without the digests, as 0.1.0 wrote them.
   *
   * @param candidate the candidate
   * @param certification the dossier's certification
   * @param referential the deciding référentiel
   * @param libraryVersion the library's version
   * @param policy the policy
   * @param outcome the outcome
   * @param findings the findings
   */
  public DecisionDocument(
      String candidate, String certification, String referential, String libraryVersion,
      RulePolicy policy, DossierOutcome outcome, List<StatedFinding> findings) {
    this(candidate, certification, referential, Optional.empty(), libraryVersion, Optional.empty(),
        policy, outcome, findings, List.of(), Attendance.PRESENT);
  }

  /**
   * The document of a decision, its messages and sentences in one language.
   *
   * @param dossier the dossier decided
   * @param decision what {@code rules} decided on it
   * @param rules the rules that decided (their référentiel, its revision and the policy are
   *     written)
   * @param locale the language of the messages and sentences (French or English)
   * @return the document
   */
  public static DecisionDocument of(
      Dossier dossier, Decision<DossierOutcome> decision, CqpmRules rules, Locale locale) {
    Objects.requireNonNull(locale, "locale");
    return new DecisionDocument(
        dossier.getCandidate().getId(),
        dossier.getCertification().toString(),
        rules.getReferential().getRncpNumber().toString(),
        Optional.of(rules.getReferentialRevision()),
        CqpmFormat.version(),
        Optional.of(CanonicalJson.sha256(DOSSIER, dossier)),
        rules.getPolicy(),
        decision.outcome(),
        decision.findings().stream()
            .map(f -> new StatedFinding(f, Messages.message(f, locale), Messages.sentence(f.rule(), locale)))
            .toList(),
        dossier.getCandidacy().getPartialTarget(rules.getReferential()),
        dossier.getJury().map(JuryDeliberation::getAttendance).orElse(Attendance.PRESENT));
  }

  /**
   * The blocks the candidate may be given an attestation for: acquired and valid at the decision
   * date, whatever the CQPM's verdict ("Chaque bloc est certifié, il donne lieu à une évaluation et
   * une validation").
   *
   * @return their codes, in the référentiel's order
   * @since 0.2.0
   */
  public List<BlockCode> attestableBlocks() {
    return DecisionJson.attestableBlocks(outcome.certification());
  }

  /**
   * The JSON of decision documents, declared once: what writes them, and what reads them back
   * through any JSON library's cqpm module.
   *
   * @return the document's type
   */
  public static JsonType<DecisionDocument> json() {
    return DecisionJson.DECISION;
  }

  /**
   * The JSON Schema (draft 2020-12) of decision documents, as shipped in this jar: every property
   * and, for every enumerated value (ruling, codes, severities, rules, policy options), the
   * constants of the library's enums.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = DecisionDocument.class.getResourceAsStream("cqpm-decision.schema.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The decision the document states: its outcome and its findings.
   *
   * @return the decision; read back, the findings' arguments are their texts
   */
  public Decision<DossierOutcome> decision() {
    return new Decision<>(outcome, findings.stream().map(StatedFinding::finding).toList());
  }

  @Override
  public void writeTo(JsonSink sink) throws IOException {
    DecisionJson.DECISION.write(this, sink);
  }
}
