package io.github.cqpm.examples;

import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.Branch;
import io.github.cqpm.model.jury.College;
import io.github.cqpm.model.jury.JuryMember;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.referential.AccessCondition;
import io.github.cqpm.model.referential.Block;
import io.github.cqpm.model.referential.CertificationPath;
import io.github.cqpm.model.referential.ModalityDescription;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.model.referential.Territory;
import io.github.cqpm.rules.CqpmRules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prints the bundled référentiel RNCP 19453, checks an example jury that actually sat with six
 * employer members against the fiche, then decides an example dossier whose tied vote the
 * president broke, in French and in English: the README's main job until the command line exists.
 */
public final class ReferentialReport {
  private ReferentialReport() {}

  /**
   * Prints the report on standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    print(Referentials.rncp19453(), out);
    printJuryCheck(exampleJury(), out);
    Dossier dossier = ExampleDossiers.tieBrokenByPresident();
    CqpmRules rules = CqpmRules.standard();
    for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
      out.printf("%nDossier %s%n", dossier.getCandidate().getId());
      DecisionReport.print(rules.decide(dossier), rules.audit(dossier), locale, out);
    }
  }

  static void print(Referential ref, PrintStream out) {
    out.printf("RNCP %d — %s%n", ref.getNumber(), ref.getTitle());
    out.printf("Certificateur : %s (%s)%n", ref.getCertifier().getName(), ref.getCertifier().getSignatoryQuality());
    out.printf("Enregistrement : du %s au %s — %s%n",
        ref.getRegistration().getEffectiveDate(), ref.getRegistration().getEndDate(), ref.getRegistration().getLegalBasis());
    out.printf("Validité des composantes acquises : %s%n%n", ref.getComponentValidity());
    for (Block block : ref.getBlocks()) {
      out.printf("%s  %s%n", block.getCode(), block.getTitle());
      block.getCapacities().forEach(c ->
          out.printf("    %s  %s%n", c, ref.getCapacity(c).orElseThrow().getLabel()));
    }
    out.println();
    out.println("Modalités d'évaluation (une au choix, et l'avis de l'entreprise) :");
    for (ModalityDescription m : ref.getBlocks().get(0).getEvaluation().getModalities()) {
      out.printf("    %s%s%n", m.getTitle(), m.getModality().isOnlyIfNecessary() ? " (si nécessaire)" : "");
    }
    out.println();
    out.println("Voies d'accès :");
    for (AccessCondition c : ref.getAccessConditions()) {
      out.printf("    %-28s %s%s%n", c.getRoute(), c.isOpen() ? "ouverte" : "fermée",
          c.getJuryComposition().isPresent() ? ", jury paritaire" : "");
    }
    for (Territory t : Territory.values()) {
      out.printf("    %-28s %s%n", t, ref.isAccessibleIn(t) ? "accessible" : "non accessible");
    }
    out.println();
    for (CertificationPath path : ref.getPaths()) {
      out.printf("Parcours %s : %s%n", path.getKind(), path.getStepOrder());
    }
    out.println();
  }

  /** A jury that sat with six employer members of metallurgy, two union representatives and no president. */
  static JurySession exampleJury() {
    JurySession.Builder jury = JurySession.builder().date(LocalDate.of(2016, 6, 20));
    for (int i = 1; i <= 6; i++) {
      jury.addMembers(member("E" + i, College.EMPLOYER, "UIMM"));
    }
    jury.addMembers(member("S1", College.EMPLOYEE, "CFDT"), member("S2", College.EMPLOYEE, "CGT"));
    return jury.build();
  }

  private static JuryMember member(String id, College college, String organisation) {
    return JuryMember.builder().id(id).college(college).branch(Branch.METALLURGY).organisation(organisation).voting(true).build();
  }

  static void printJuryCheck(JurySession jury, PrintStream out) {
    out.printf("Jury du %s : %d membres, dont %d employeurs et %d salariés avec droit de vote%n",
        jury.getDate(), jury.getMembers().size(), jury.countVoting(College.EMPLOYER), jury.countVoting(College.EMPLOYEE));
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      MessageInterpolator inFrench = new InLocale(factory.getMessageInterpolator(), Locale.FRENCH);
      Set<ConstraintViolation<JurySession>> violations =
          factory.usingContext().messageInterpolator(inFrench).getValidator().validate(jury);
      List<ConstraintViolation<JurySession>> sorted = violations.stream()
          .sorted(Comparator.comparing((ConstraintViolation<JurySession> v) -> v.getPropertyPath().toString())
              .thenComparing(ConstraintViolation::getMessage))
          .toList();
      out.println(sorted.isEmpty() ? "    conforme à la fiche" : "    non conforme à la fiche :");
      sorted.forEach(v -> out.printf("    - %s: %s%n", v.getPropertyPath(), v.getMessage()));
    }
  }

  /** Interpolates every message in one locale, whatever the JVM's default. */
  private static final class InLocale implements MessageInterpolator {
    private final MessageInterpolator delegate;
    private final Locale locale;

    InLocale(MessageInterpolator delegate, Locale locale) {
      this.delegate = delegate;
      this.locale = locale;
    }

    @Override
    public String interpolate(String template, Context context) {
      return delegate.interpolate(template, context, locale);
    }

    @Override
    public String interpolate(String template, Context context, Locale ignored) {
      return delegate.interpolate(template, context, locale);
    }
  }
}
