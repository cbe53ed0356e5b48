package io.github.cqpm.cli;

import io.github.cqpm.model.code.BlockCode;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.Attendance;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.rules.BlockStatus;
import io.github.cqpm.rules.CapacityStatus;
import io.github.cqpm.rules.CertificationOutcome;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.DeliberationOutcome;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.RulePolicy;
import io.github.cqpm.rules.Validity;
import io.github.cqpm.rules.decision.Decision;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.Messages;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * What a report on one decision says, in a language, computed once: the text report prints it
 * ({@link TextReport}), the HTML page lays it out ({@code src/main/jte/decision.jte}); the words
 * are the same.
 *
 * @param locale the language
 * @param title the dossier, its certification and the decision's date
 * @param ruling the decision
 * @param views the views side by side: the votes' verdict, the declared one, the evidence's call,
 *     what is missing, the audit, the blocks that can be attested (and a target, an attendance,
 *     the irregularities, when there are)
 * @param policy the choices made where the fiche is silent
 * @param blocks each block's line, with its capacities' lines
 * @param tally the jury's tally, when votes are recorded
 * @param findingsHeading the findings' heading, with their count
 * @param findings every finding: its code columns, its message and the fiche's sentence
 */
record DecisionReport(Locale locale, String title, String ruling, List<String> views, String policy,
    List<Block> blocks, List<String> tally, String findingsHeading, List<FindingLine> findings) {

  /**
   * A block of the report.
   *
   * @param line the block's status
   * @param capacities its capacities' statuses
   */
  record Block(String line, List<String> capacities) {}

  /**
   * A finding of the report.
   *
   * @param severity its severity, a code
   * @param code its code
   * @param subject what it is about, a code
   * @param message its message
   * @param sentence the fiche's sentence it applies
   * @param text all of it on one line, as {@link Messages#explain} writes it
   */
  record FindingLine(String severity, String code, String subject, String message, String sentence, String text) {}

  /** The page's language, as HTML names it. */
  String lang() {
    return locale.getLanguage();
  }

  /**
   * The report on a decision.
   *
   * @param dossier the dossier
   * @param decision the decision
   * @param rules the rules that decided
   * @param locale the language
   * @return the report
   */
  static DecisionReport of(Dossier dossier, Decision<DossierOutcome> decision, CqpmRules rules, Locale locale) {
    return new Words(locale).report(dossier, decision, rules);
  }

  /** The words of a report in one language. */
  private static final class Words {
    private final Locale locale;
    private final ResourceBundle labels;

    Words(Locale locale) {
      this.locale = locale;
      this.labels = ResourceBundle.getBundle("io.github.cqpm.cli.Report", locale);
    }

    private String label(String key, Object... arguments) {
      return new MessageFormat(labels.getString(key), locale).format(arguments);
    }

    /** A value as the report's language names it (« situation professionnelle réelle »). */
    private String name(Enum<?> value) {
      return Messages.label(value, locale);
    }

    DecisionReport report(Dossier dossier, Decision<DossierOutcome> decision, CqpmRules rules) {
      DossierOutcome outcome = decision.outcome();
      Optional<Period> validity = rules.getReferential().getComponentValidity();
      List<String> views = new ArrayList<>();
      List<BlockCode> target = dossier.getCandidacy().getPartialTarget(rules.getReferential());
      if (!target.isEmpty()) {
        views.add(label("target", target.stream().map(Object::toString).collect(Collectors.joining(", "))));
      }
      dossier.getJury().map(JuryDeliberation::getAttendance).filter(a -> a != Attendance.PRESENT)
          .ifPresent(a -> views.add(label("attendance." + a.name())));
      if (!outcome.irregularities().isEmpty()) {
        views.add(label("irregular", join(outcome.irregularities())));
      }
      views.add(label("votes", outcome.deliberation()
          .map(t -> t.verdict().map(this::name).orElse(label("undecided")))
          .orElse(label("none"))));
      views.add(label("declared", outcome.declared().map(this::name).orElse(label("none"))));
      views.add(label("evidence", name(outcome.evidence())));
      if (!outcome.certification().missingBlocks().isEmpty()) {
        views.add(label("missing", missing(outcome.certification())));
      }
      views.add(label("audit", name(outcome.audit())));
      views.add(label("attestable", outcome.certification().attestedBlocks().isEmpty() ? label("none")
          : outcome.certification().attestedBlocks().stream().map(b -> b.block().toString())
              .collect(Collectors.joining(", "))));
      List<DecisionReport.Block> blocks = new ArrayList<>();
      for (BlockStatus block : outcome.certification().blocks()) {
        List<String> capacities = new ArrayList<>();
        for (CapacityStatus capacity : block.capacities()) {
          capacities.add(capacity(capacity, validity));
        }
        blocks.add(new DecisionReport.Block(block(block), capacities));
      }
      List<String> tally = outcome.deliberation().map(this::tally).orElse(List.of());
      List<DecisionReport.FindingLine> findings = new ArrayList<>();
      for (Finding finding : decision.findings()) {
        findings.add(new DecisionReport.FindingLine(finding.severity().name(), finding.code().name(),
            finding.subject().toString(), Messages.message(finding, locale),
            Messages.sentence(finding.rule(), locale), Messages.explain(finding, locale)));
      }
      return new DecisionReport(locale,
          label("title", dossier.getCandidate().getId(), dossier.getCertification(), outcome.certification().date()),
          label("ruling", name(outcome.ruling())), views, policy(rules.getPolicy(), locale), blocks, tally,
          label("findings", decision.findings().size()), findings);
    }

    private String block(BlockStatus block) {
      if (block.valid() && block.firstInvalidDay().isEmpty()) {
        return label("block.validWithoutLimit", block.block(), block.acquiredOn().orElseThrow());
      } else if (block.valid()) {
        return label("block.valid", block.block(), block.acquiredOn().orElseThrow(),
            block.firstInvalidDay().orElseThrow());
      } else if (block.acquiredOn().isPresent()) {
        return label("block.expired", block.block(), block.acquiredOn().get(),
            block.firstInvalidDay().orElseThrow());
      }
      return label("block.missing", block.block());
    }

    private String capacity(CapacityStatus capacity, Optional<Period> validity) {
      switch (capacity.state()) {
        case VALIDATED:
          return label("capacity.validated", capacity.capacity(), capacity.assessedOn().orElseThrow(),
              name(capacity.modality().orElseThrow()));
        case EXPIRED:
          LocalDate validated = capacity.assessedOn().orElseThrow();
          return label("capacity.expired", capacity.capacity(), validated,
              Validity.firstInvalidDay(validated, validity.orElseThrow()));
        case NOT_VALIDATED:
          return label("capacity.notValidated", capacity.capacity(), capacity.assessedOn().orElseThrow());
        default:
          return label("capacity.notAssessed", capacity.capacity());
      }
    }

    private List<String> tally(DeliberationOutcome tally) {
      List<String> lines = new ArrayList<>();
      lines.add(label("tally", tally.admissible(), tally.notAdmissible(), tally.abstentions(),
          tally.verdict().map(this::name).orElse(label("undecided"))));
      if (tally.presidentDecided()) {
        lines.add(label("tally.president"));
      }
      return lines;
    }
  }

  /**
   * The choices a policy made where the fiche is silent, in a language: « Là où la fiche se tait :
   * date de fin d'enregistrement incluse ; … ».
   */
  static String policy(RulePolicy policy, Locale locale) {
    ResourceBundle labels = ResourceBundle.getBundle("io.github.cqpm.cli.Report", locale);
    return new MessageFormat(labels.getString("policy"), locale).format(new Object[] {
        Messages.label(policy.registrationEnd(), locale), Messages.label(policy.unfavourableOpinion(), locale),
        Messages.label(policy.tieFallback(), locale), String.valueOf(policy.quorum()),
        Messages.label(policy.validityScope(), locale), Messages.label(policy.routes(), locale)});
  }

  private static String join(List<?> values) {
    StringJoiner text = new StringJoiner(", ");
    values.forEach(v -> text.add(v.toString()));
    return text.toString();
  }

  /** Each missing block, with the capacities it still needs in parentheses: "BC02 (C4, C5)". */
  private static String missing(CertificationOutcome certification) {
    List<CapacityStatus> missingCapacities = certification.missingCapacities();
    StringJoiner blocks = new StringJoiner(", ");
    for (BlockStatus block : certification.missingBlocks()) {
      StringJoiner capacities = new StringJoiner(", ", " (", ")").setEmptyValue("");
      for (CapacityStatus capacity : missingCapacities) {
        if (block.capacities().contains(capacity)) {
          capacities.add(capacity.capacity().toString());
        }
      }
      blocks.add(block.block() + capacities.toString());
    }
    return blocks.toString();
  }
}
