package io.github.cqpm.rncp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A whole RNCP export imported, every fiche made a référentiel, as {@code cqpm referential
 * --check} does it: the calling thread reads the export while a second thread makes the
 * référentiels ({@link RncpReferentials#of}) of the fiches already read, so that the import takes
 * about as long as the reading (figures in cqpm-benchmarks' README). What it gives is what this
 * loop on one thread gives, fiche for fiche, in the export's order, on the calling thread:
 *
 * <pre>{@code
 * while (true) {
 *   Optional<RncpFiche> fiche;
 *   try {
 *     fiche = reader.next();
 *   } catch (RncpFormatException e) {
 *     if (!e.isFicheOnly()) throw e;       // the export's own flaw ends the import
 *     each.refused(e);                     // one fiche refused alone: read on
 *     continue;
 *   }
 *   if (fiche.isEmpty()) break;
 *   each.imported(fiche.get(), RncpReferentials.of(fiche.get()));
 * }
 * }</pre>
 *
 * <p>Memory stays bounded whatever the export: the fiches read and not yet given are held in at
 * most {@value #BATCHES_IN_FLIGHT} batches of at most {@value #BATCH} fiches, and at most about
 * {@value #CHARACTERS_IN_FLIGHT} characters of text (or one fiche, if larger); when the second
 * thread falls behind, the calling thread makes the next batch itself.
 *
 * @since 0.2.0
 */
public final class RncpImport {
  /**
   * The most fiches handed to the second thread at once: few, so that what one thread has just
   * read or made is still near when the other takes it (batches of 64 made a whole export take
   * about 15 % longer than batches of 4 to 16, measured side by side in one run).
   */
  static final int BATCH = 8;
  /** The most batches read and not yet given. */
  static final int BATCHES_IN_FLIGHT = 4;
  /** The most characters of text read and not yet given (one fiche may hold more, alone). */
  static final long CHARACTERS_IN_FLIGHT = 2_000_000;

  private final RncpExportReader reader;
  private final Executor executor;
  private final Each each;
  private final int batch;
  private final int batchesInFlight;
  private final long charactersInFlight;
  private final Deque<Batch> inFlight = new ArrayDeque<>();

  /** What an import does with each fiche, on the thread that called {@link #forEach}. */
  public interface Each {
    /**
     * A fiche read, and its référentiel or why it cannot be one.
     *
     * @param fiche the fiche as read
     * @param imported {@link RncpReferentials#of}{@code (fiche)}
     */
    void imported(RncpFiche fiche, ImportedFiche imported);

    /**
     * A fiche that cannot be read as a fiche ({@link RncpFormatException#isFicheOnly()}); the export
     * is read on.
     *
     * @param refusal why, where
     */
    void refused(RncpFormatException refusal);
  }

  RncpImport(RncpExportReader reader, Executor executor, Each each, int batch, int batchesInFlight,
      long charactersInFlight) {
    this.reader = Objects.requireNonNull(reader, "reader");
    this.executor = Objects.requireNonNull(executor, "executor");
    this.each = Objects.requireNonNull(each, "each");
    this.batch = batch;
    this.batchesInFlight = batchesInFlight;
    this.charactersInFlight = charactersInFlight;
  }

  /**
   * Imports every fiche left in an export, the référentiels made on a second thread started for the
   * call and stopped before it returns.
   *
   * @param reader the export, read from where it stands to its end
   * @param each what to do with each fiche, called on this thread in the export's order
   * @throws RncpFormatException if the export itself is not as the flux makes it, after every fiche
   *     before the flaw has been given to {@code each}
   */
  public static void forEach(RncpExportReader reader, Each each) throws RncpFormatException {
    ExecutorService helper = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "cqpm-rncp-import");
      thread.setDaemon(true);
      return thread;
    });
    try {
      forEach(reader, helper, each);
    } finally {
      helper.shutdownNow();
    }
  }

  /**
   * Imports every fiche left in an export, the référentiels made by an executor of the caller's
   * (one thread is enough; {@code Runnable::run} makes them on the calling thread).
   *
   * @param reader the export, read from where it stands to its end
   * @param executor where the référentiels are made
   * @param each what to do with each fiche, called on this thread in the export's order
   * @throws RncpFormatException if the export itself is not as the flux makes it, after every fiche
   *     before the flaw has been given to {@code each}
   */
  public static void forEach(RncpExportReader reader, Executor executor, Each each) throws RncpFormatException {
    new RncpImport(reader, executor, each, BATCH, BATCHES_IN_FLIGHT, CHARACTERS_IN_FLIGHT).run();
  }

  /** One outcome of the reading: a fiche (and, once made, its référentiel), or a fiche refused. */
  private static final class Outcome {
    final RncpFiche fiche;
    final RncpFormatException refused;
    ImportedFiche imported;
    /** What making the référentiel threw (a fault of this library's), thrown when its turn comes. */
    RuntimeException failure;

    Outcome(RncpFiche fiche, RncpFormatException refused) {
      this.fiche = fiche;
      this.refused = refused;
    }
  }

  /** Fiches read together, their characters, and their making. */
  private static final class Batch {
    final List<Outcome> outcomes = new ArrayList<>();
    long characters;
    CompletableFuture<Void> made;

    void make() {
      for (Outcome outcome : outcomes) {
        if (outcome.fiche != null) {
          try {
            outcome.imported = RncpReferentials.of(outcome.fiche);
          } catch (RuntimeException e) {
            outcome.failure = e;
            return; // the fiches after it are never given
          }
        }
      }
    }
  }

  void run() throws RncpFormatException {
    boolean more = true;
    RncpFormatException ended = null;
    while (more) {
      Batch next = new Batch();
      try {
        more = read(next);
      } catch (RncpFormatException e) {
        ended = e;
        more = false;
      }
      giveMade();
      if (!next.outcomes.isEmpty()) {
        while (!inFlight.isEmpty() && charactersHeld() + next.characters > charactersInFlight) {
          give(inFlight.removeFirst()); // too much text held: wait for the oldest
        }
        if (inFlight.size() >= batchesInFlight) {
          next.make(); // the second thread is behind: this one makes the batch
          next.made = CompletableFuture.completedFuture(null);
        } else {
          next.made = CompletableFuture.runAsync(next::make, executor);
        }
        inFlight.addLast(next);
        while (inFlight.size() > batchesInFlight) {
          give(inFlight.removeFirst());
        }
      }
    }
    while (!inFlight.isEmpty()) {
      give(inFlight.removeFirst());
    }
    if (ended != null) {
      throw ended;
    }
  }

  /** Reads a batch (one fiche at least); whether the export has more after it. */
  private boolean read(Batch next) throws RncpFormatException {
    while (next.outcomes.isEmpty()
        || next.outcomes.size() < batch && next.characters < charactersInFlight / batchesInFlight) {
      Optional<RncpFiche> fiche;
      try {
        fiche = reader.next();
      } catch (RncpFormatException e) {
        if (!e.isFicheOnly()) {
          throw e;
        }
        next.outcomes.add(new Outcome(null, e));
        continue;
      }
      if (fiche.isEmpty()) {
        return false;
      }
      next.outcomes.add(new Outcome(fiche.get(), null));
      next.characters += reader.lastFicheCharacters();
    }
    return true;
  }

  /** The characters of text of the batches in flight (a handful: summed when asked). */
  private long charactersHeld() {
    long held = 0;
    for (Batch flying : inFlight) {
      held += flying.characters;
    }
    return held;
  }

  /** Gives the oldest batches already made. */
  private void giveMade() {
    while (!inFlight.isEmpty() && inFlight.peekFirst().made.isDone()) {
      give(inFlight.removeFirst());
    }
  }

  /** Gives a batch's fiches, once made, in order. */
  private void give(Batch done) {
    try {
      done.made.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause(); // the second thread ran out of memory, or worse
      }
      throw e; // an executor that refused the task
    }
    for (Outcome outcome : done.outcomes) {
      if (outcome.failure != null) {
        throw outcome.failure;
      }
      if (outcome.fiche == null) {
        each.refused(outcome.refused);
      } else {
        each.imported(outcome.fiche, outcome.imported);
      }
    }
  }
}
