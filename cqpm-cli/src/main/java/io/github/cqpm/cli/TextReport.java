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
import java.io.PrintWriter;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** The decision on a dossier as a report for a person, in French or English. */
final class TextReport {
  private final Locale locale;
  private final PrintWriter out;
  private final ResourceBundle labels;

  TextReport(Locale locale, PrintWriter out) {
    this.locale = locale;
    this.out = out;
    this.labels = ResourceBundle.getBundle("io.github.cqpm.cli.Report", locale);
  }

  private String label(String key, Object... arguments) {
    return new MessageFormat(labels.getString(key), locale).format(arguments);
  }

  void decision(Dossier dossier, Decision<DossierOutcome> decision, CqpmRules rules) {
    DossierOutcome outcome = decision.outcome();
    RulePolicy policy = rules.getPolicy();
    Optional<Period> validity = rules.getReferential().getComponentValidity();
    out.println(label("title", dossier.getCandidate().getId(), dossier.getCertification(),
        outcome.certification().date()));
    out.println(label("ruling", name(outcome.ruling())));
    List<BlockCode> target = dossier.getCandidacy().getPartialTarget(rules.getReferential());
    if (!target.isEmpty()) {
      out.println("  " + label("target", target.stream().map(Object::toString).collect(Collectors.joining(", "))));
    }
    dossier.getJury().map(JuryDeliberation::getAttendance).filter(a -> a != Attendance.PRESENT)
        .ifPresent(a -> out.println("  " + label("attendance." + a.name())));
    if (!outcome.irregularities().isEmpty()) {
      out.println("  " + label("irregular", join(outcome.irregularities())));
    }
    out.println("  " + label("votes", outcome.deliberation()
        .map(t -> t.verdict().map(this::name).orElse(label("undecided")))
        .orElse(label("none"))));
    out.println("  " + label("declared", outcome.declared().map(this::name).orElse(label("none"))));
    out.println("  " + label("evidence", name(outcome.evidence())));
    if (!outcome.certification().missingBlocks().isEmpty()) {
      out.println("  " + label("missing", missing(outcome.certification())));
    }
    out.println("  " + label("audit", name(outcome.audit())));
    out.println("  " + label("attestable", outcome.certification().attestedBlocks().isEmpty() ? label("none")
        : outcome.certification().attestedBlocks().stream().map(b -> b.block().toString())
            .collect(Collectors.joining(", "))));
    out.println(policy(policy, locale));
    out.println();
    for (BlockStatus block : outcome.certification().blocks()) {
      if (block.valid() && block.firstInvalidDay().isEmpty()) {
        out.println(label("block.validWithoutLimit", block.block(), block.acquiredOn().orElseThrow()));
      } else if (block.valid()) {
        out.println(label("block.valid", block.block(), block.acquiredOn().orElseThrow(),
            block.firstInvalidDay().orElseThrow()));
      } else if (block.acquiredOn().isPresent()) {
        out.println(label("block.expired", block.block(), block.acquiredOn().get(),
            block.firstInvalidDay().orElseThrow()));
      } else {
        out.println(label("block.missing", block.block()));
      }
      for (CapacityStatus capacity : block.capacities()) {
        out.println("    " + capacity(capacity, validity));
      }
    }
    outcome.deliberation().ifPresent(this::tally);
    out.println();
    out.println(label("findings", decision.findings().size()));
    for (Finding finding : decision.findings()) {
      out.println("  " + Messages.explain(finding, locale));
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

  /** A value as the report's language names it (« situation professionnelle réelle »). */
  private String name(Enum<?> value) {
    return Messages.label(value, locale);
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

  private void tally(DeliberationOutcome tally) {
    out.println();
    out.println(label("tally", tally.admissible(), tally.notAdmissible(), tally.abstentions(),
        tally.verdict().map(this::name).orElse(label("undecided"))));
    if (tally.presidentDecided()) {
      out.println("    " + label("tally.president"));
    }
  }
}
