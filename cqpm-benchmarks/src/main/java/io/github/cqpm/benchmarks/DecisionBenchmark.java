package io.github.cqpm.benchmarks;

import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.jury.JuryDeliberation;
import io.github.cqpm.model.jury.JurySession;
import io.github.cqpm.model.jury.Verdict;
import io.github.cqpm.model.referential.Referential;
import io.github.cqpm.model.referential.Referentials;
import io.github.cqpm.rules.CqpmRules;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.decision.Decision;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full explained decision of a realistic dossier ({@link CqpmRules#decide}) side by side with
 * two hand-written baselines ({@link ImperativeBaseline}): one computes the same outcome without
 * explaining it, the other the verdict alone. Read the result as ratios of the scores, measured in
 * the same run; one thread, so the score is per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class DecisionBenchmark {
  private final CqpmRules rules = CqpmRules.standard();
  private final Referential referential = Referentials.rncp19453();
  private final Dossier dossier = RealisticDossier.of(8, 10);

  /**
   * The library's full decision: verdict, every block and capacity, the tally, ordered findings.
   *
   * @return the decision
   */
  @Benchmark
  public Decision<DossierOutcome> explainedDecision() {
    return rules.decide(dossier);
  }

  /**
   * The hand-written baseline of the same outcome (verdict, every block and capacity, the tally),
   * with no finding.
   *
   * @return the outcome
   */
  @Benchmark
  public DossierOutcome baselineOutcomeOnly() {
    return ImperativeBaseline.outcome(referential, dossier);
  }

  /**
   * A copy of the dossier with a new jury session, whose lazily built lookups (members by
   * identifier, voting representatives by union) are not built yet: what the two benchmarks below
   * pay before deciding.
   *
   * @return the copy
   */
  @Benchmark
  public Dossier freshSessionCopyOnly() {
    return freshSession();
  }

  /**
   * The full decision of a dossier whose session was never looked into, as when each dossier is
   * decided once; subtract {@link #freshSessionCopyOnly()}.
   *
   * @return the decision
   */
  @Benchmark
  public Decision<DossierOutcome> explainedDecisionFreshSession() {
    return rules.decide(freshSession());
  }

  /**
   * The outcome baseline on a dossier whose session was never looked into; subtract {@link
   * #freshSessionCopyOnly()}.
   *
   * @return the outcome
   */
  @Benchmark
  public DossierOutcome baselineOutcomeOnlyFreshSession() {
    return ImperativeBaseline.outcome(referential, freshSession());
  }

  private Dossier freshSession() {
    JuryDeliberation jury = dossier.getJury().orElseThrow();
    JurySession session = JurySession.builder().from(jury.getSession()).build();
    return Dossier.builder().certification(RncpNumber.of(19453))
        .from(dossier)
        .jury(JuryDeliberation.builder().from(jury).session(session).build())
        .build();
  }

  /**
   * The hand-written baseline of the verdict alone.
   *
   * @return the verdict
   */
  @Benchmark
  public Optional<Verdict> baselineVerdictOnly() {
    return ImperativeBaseline.verdict(referential, dossier);
  }
}
