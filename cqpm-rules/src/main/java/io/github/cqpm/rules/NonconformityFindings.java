package io.github.cqpm.rules;

import io.github.cqpm.model.referential.ProcedureStep;
import io.github.cqpm.model.validation.Nonconformity;
import io.github.cqpm.rules.decision.Finding;
import io.github.cqpm.rules.decision.FindingCode;
import io.github.cqpm.rules.decision.Subject;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The model's nonconformities as findings: each kind is reported under the finding code that
 * declares it ({@link FindingCode#getNonconformity()}), with the same arguments and the kind's
 * message, so that the rules and Bean Validation say the same thing from one computation. {@code
 * UNKNOWN_CERTIFICATION} has no finding code: rules are built on a référentiel, and meet a dossier
 * for another as {@code OTHER_CERTIFICATION}.
 */
final class NonconformityFindings {
  private static final Map<Nonconformity.Kind, FindingCode> CODES = codes();
  private static final Subject COMMISSION =
      Subject.of(Subject.Kind.STEP, ProcedureStep.VALIDATION_COMMISSION);

  private NonconformityFindings() {}

  /** The codes that report each kind, from the codes' own declarations. */
  private static Map<Nonconformity.Kind, FindingCode> codes() {
    Map<Nonconformity.Kind, FindingCode> codes = new EnumMap<>(Nonconformity.Kind.class);
    for (FindingCode code : FindingCode.values()) {
      code.getNonconformity().ifPresent(kind -> {
        if (codes.put(kind, code) != null) {
          throw new IllegalStateException(kind + " is reported by two codes");
        }
      });
    }
    return Collections.unmodifiableMap(codes);
  }

  /** The finding code that reports a kind of nonconformity. */
  static FindingCode code(Nonconformity.Kind kind) {
    FindingCode code = CODES.get(kind);
    if (code == null) {
      throw new IllegalArgumentException(kind + " is not reported by the rules");
    }
    return code;
  }

  /** One finding per nonconformity, in order. */
  static List<Finding> findings(List<Nonconformity> nonconformities) {
    Finding[] findings = new Finding[nonconformities.size()];
    for (int i = 0; i < findings.length; i++) {
      findings[i] = finding(nonconformities.get(i));
    }
    return List.of(findings);
  }

  static Finding finding(Nonconformity n) {
    return Finding.of(code(n.kind()), subject(n), n.arguments().toArray());
  }

  private static Subject subject(Nonconformity n) {
    switch (n.kind()) {
      case OTHER_CERTIFICATION:
        return Subject.DOSSIER;
      case ROUTE_CLOSED:
      case TERRITORY_NOT_ACCESSIBLE:
        return Subject.CANDIDACY;
      case EVIDENCE_MISSING:
      case SITUATION_WITHOUT_CAPACITY:
      case SITUATION_NOT_SUCCINCT:
        return COMMISSION;
      case UNKNOWN_CAPACITY:
        return Subject.of(Subject.Kind.CAPACITY, n.arguments().get(0));
      case UNKNOWN_BLOCK:
        return Subject.of(Subject.Kind.BLOCK, n.arguments().get(0));
      case NON_VOTING_MEMBER_VOTED:
        return Subject.of(Subject.Kind.VOTE, n.member().orElseThrow());
      default:
        return n.member().map(m -> Subject.of(Subject.Kind.MEMBER, m)).orElse(Subject.JURY);
    }
  }
}
