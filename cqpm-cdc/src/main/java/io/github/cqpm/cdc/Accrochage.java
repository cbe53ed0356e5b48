package io.github.cqpm.cdc;

import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.dossier.Candidate;
import io.github.cqpm.model.dossier.Dossier;
import io.github.cqpm.model.referential.AccessRoute;
import io.github.cqpm.rules.DossierOutcome;
import io.github.cqpm.rules.Ruling;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One declaration of holders to the Caisse des Dépôts: the decided dossiers, given one at a time,
 * paired with the holders by candidate, and the flux written once everything pairs.
 *
 * <p>What is sent: a {@link Passage} per dossier whose ruling is {@link Ruling#ADMISSIBLE}. What is
 * not: every other ruling ({@link #getNotAdmissible()}), among them the dossiers with blocks
 * attested without the CQPM ({@link #getBlocksOnly()}: the format has no place for blocks). What
 * stops the flux from being written ({@link #isComplete()}): an admissible dossier without a
 * holder, a holder without a dossier, a passage given twice, a VAE access stated for a holder who
 * did not come by VAE. Nothing is half sent.
 *
 * <p>Memory: a declaration holds its holders, their passages and what it lists of its problems,
 * never the dossiers, so it stays bounded by the holders given, however many dossiers follow. An
 * admissible dossier without a holder and a passage given twice are listed up to {@link #LISTED}
 * each, then counted only ({@link #getWithoutHolderCount()}, {@link #getRepeatedCount()}); past
 * that many dossiers without a holder, their passages are not kept, so one of them given again is
 * counted as one more without a holder, not as a repetition.
 *
 * <p>Not thread-safe: one thread gives the dossiers, then writes.
 */
public final class Accrochage {
  /** How many admissible dossiers without a holder, and passages given twice, are listed. */
  public static final int LISTED = 1_000;
  private final Map<String, Holder> holders = new LinkedHashMap<>();
  private final LocalDate today;
  /** The candidates of the holders that a dossier names. */
  private final Set<String> named = new HashSet<>();
  private final Map<String, Passage> passages = new LinkedHashMap<>();
  private final List<Candidate> withoutHolder = new ArrayList<>();
  private final List<PassageId> repeated = new ArrayList<>();
  private final List<String> contradictions = new ArrayList<>();
  private long withoutHolderCount;
  private long repeatedCount;
  private long decided;
  private long notAdmissible;
  private long blocksOnly;

  /**
   * A declaration of these holders.
   *
   * @param holders the holders, each candidate once
   * @param today the day the flux is sent, for the three months' deadline
   * @throws IllegalArgumentException when a candidate has two holders
   */
  public Accrochage(Collection<Holder> holders, LocalDate today) {
    this.today = Objects.requireNonNull(today, "today");
    for (Holder holder : holders) {
      if (this.holders.putIfAbsent(holder.candidate().getId(), holder) != null) {
        throw new IllegalArgumentException("the candidate " + holder.candidate().getId()
            + " has two holders");
      }
    }
  }

  /**
   * Takes a decided dossier: a passage when its ruling is admissible, a count otherwise.
   *
   * @param dossier the dossier
   * @param outcome the library's decision on it
   */
  public void add(Dossier dossier, DossierOutcome outcome) {
    decided++;
    String candidate = dossier.getCandidate().getId();
    Holder holder = holders.get(candidate);
    if (holder != null) {
      named.add(candidate);
    }
    Passage passage = Passage.of(dossier, outcome).orElse(null);
    if (passage == null) {
      notAdmissible++;
      if (!outcome.certification().attestedBlocks().isEmpty()) {
        blocksOnly++;
      }
      return;
    }
    String id = passage.id().toString();
    if (passages.containsKey(id)) {
      if (repeatedCount++ < LISTED) {
        repeated.add(passage.id());
      }
      return;
    }
    if (holder == null) {
      if (withoutHolderCount++ < LISTED) {
        withoutHolder.add(passage.candidate());
        passages.put(id, passage);
      }
      return;
    }
    passages.put(id, passage);
    if (holder.vaeAccess().isPresent() && passage.route() != AccessRoute.VAE) {
      contradictions.add("the holder of " + candidate + " states voieAccessVAE "
          + holder.vaeAccess().get() + ", but the dossier's route is " + passage.route()
          + " (" + passage.accessMode() + "), not VAE");
    }
  }

  /**
   * How many dossiers were given.
   *
   * @return the count
   */
  public long getDecided() {
    return decided;
  }

  /**
   * The passages to declare, in the dossiers' order.
   *
   * @return one per admissible dossier
   */
  public List<Passage> getPassages() {
    return List.copyOf(passages.values());
  }

  /**
   * How many passages the declaration holds: those to declare, and those listed without a holder.
   * What it holds in memory grows with it, so a caller that bounds memory bounds this.
   *
   * @return the count
   */
  public int getPassageCount() {
    return passages.size();
  }

  /**
   * How many dossiers are not declared: their ruling is not admissible.
   *
   * @return the count
   */
  public long getNotAdmissible() {
    return notAdmissible;
  }

  /**
   * How many of the dossiers not declared have blocks attested without the CQPM: the format cannot
   * say them.
   *
   * @return the count
   */
  public long getBlocksOnly() {
    return blocksOnly;
  }

  /**
   * The passages declared after the three months the law gives (as of today).
   *
   * @return the passages whose {@link Passage#deadline()} is before today
   */
  public List<Passage> getLate() {
    List<Passage> late = new ArrayList<>();
    for (Passage passage : passages.values()) {
      if (passage.deadline().isBefore(today)) {
        late.add(passage);
      }
    }
    return late;
  }

  /**
   * The candidates of admissible dossiers who have no holder: the first {@link #LISTED}.
   *
   * @return in the dossiers' order
   */
  public List<Candidate> getWithoutHolder() {
    return Collections.unmodifiableList(withoutHolder);
  }

  /**
   * How many admissible dossiers have no holder, all of them, listed or not.
   *
   * @return the count
   */
  public long getWithoutHolderCount() {
    return withoutHolderCount;
  }

  /**
   * The candidates of holders no dossier names.
   *
   * @return in the holders' order
   */
  public List<Candidate> getHoldersWithoutDossier() {
    List<Candidate> alone = new ArrayList<>();
    for (Holder holder : holders.values()) {
      if (!named.contains(holder.candidate().getId())) {
        alone.add(holder.candidate());
      }
    }
    return alone;
  }

  /**
   * The passages given more than once (the same certification, candidate and jury date): the
   * first {@link #LISTED} repetitions.
   *
   * @return each repetition, in the dossiers' order
   */
  public List<PassageId> getRepeated() {
    return Collections.unmodifiableList(repeated);
  }

  /**
   * How many times a passage was given again, all of them, listed or not.
   *
   * @return the count
   */
  public long getRepeatedCount() {
    return repeatedCount;
  }

  /**
   * What a holder states that its dossier contradicts.
   *
   * @return each contradiction, in the dossiers' order
   */
  public List<String> getContradictions() {
    return Collections.unmodifiableList(contradictions);
  }

  /**
   * Whether the flux can be written: every admissible dossier has its holder, every holder a
   * dossier, no passage is given twice, no holder contradicts its dossier.
   *
   * @return true when nothing stops it
   */
  public boolean isComplete() {
    return withoutHolderCount == 0 && getHoldersWithoutDossier().isEmpty() && repeatedCount == 0
        && contradictions.isEmpty();
  }

  /**
   * Writes the flux: a certification per RNCP number (in the numbers' order), its passages in the
   * dossiers' order. A flux with no passage cannot be written (the schema wants one at least).
   *
   * @param header the flux's header
   * @param out where to write, UTF-8; not closed
   * @throws IllegalStateException when the declaration is not {@link #isComplete() complete}, or
   *     has no passage
   * @throws IOException when writing fails
   */
  public void write(FluxHeader header, OutputStream out) throws IOException {
    if (!isComplete()) {
      throw new IllegalStateException("the declaration is not complete: " + problems());
    }
    if (passages.isEmpty()) {
      throw new IllegalStateException("no passage to declare: no dossier is admissible");
    }
    Map<RncpNumber, List<FluxWriter.Declared>> byCertification =
        new TreeMap<>((a, b) -> a.toString().compareTo(b.toString()));
    for (Passage passage : passages.values()) {
      byCertification.computeIfAbsent(passage.certification(), number -> new ArrayList<>())
          .add(new FluxWriter.Declared(passage, holders.get(passage.candidate().getId())));
    }
    FluxWriter.write(header, byCertification, out);
  }

  private String problems() {
    List<String> problems = new ArrayList<>();
    if (withoutHolderCount > 0) {
      problems.add(withoutHolderCount + " admissible dossier(s) without a holder");
    }
    if (!getHoldersWithoutDossier().isEmpty()) {
      problems.add(getHoldersWithoutDossier().size() + " holder(s) without a dossier");
    }
    if (repeatedCount > 0) {
      problems.add(repeatedCount + " passage(s) given twice");
    }
    if (!contradictions.isEmpty()) {
      problems.add(contradictions.size() + " contradiction(s)");
    }
    return String.join(", ", problems);
  }
}
