package io.github.cqpm.rules.decision;

import java.util.Objects;

/**
 * What a finding is about: the dossier as a whole, its candidacy, a procedure step, a block, a
 * capacity, the jury, a jury member or a vote.
 *
 * @param kind what sort of thing
 * @param id which one, as the dossier names it ({@code RNCP19453BC02}, {@code C5}, {@code M3},
 *     {@code EVALUATION}); empty for the dossier, the candidacy and the jury
 */
public record Subject(Kind kind, String id) {
  /** The sorts of thing a finding can be about. */
  public enum Kind {
    /** The dossier as a whole. */
    DOSSIER,
    /** The candidacy: route, territory, dates. */
    CANDIDACY,
    /** A step of the path ({@code id} is a {@code ProcedureStep} name). */
    STEP,
    /** A competence block ({@code id} is its code). */
    BLOCK,
    /** A capacity ({@code id} is its code). */
    CAPACITY,
    /** The jury session. */
    JURY,
    /** A member of the jury ({@code id} is the member's identifier). */
    MEMBER,
    /** A vote ({@code id} is the identifier of the member who cast it). */
    VOTE
  }

  /** The dossier as a whole. */
  public static final Subject DOSSIER = new Subject(Kind.DOSSIER, "");
  /** The candidacy. */
  public static final Subject CANDIDACY = new Subject(Kind.CANDIDACY, "");
  /** The jury session. */
  public static final Subject JURY = new Subject(Kind.JURY, "");

  /**
   * Checks the components.
   *
   * @param kind what sort of thing
   * @param id which one
   */
  public Subject {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }

  /**
   * A subject of a kind, named by the text of {@code id}.
   *
   * @param kind what sort of thing
   * @param id which one; its {@code toString()} is kept
   * @return the subject
   */
  public static Subject of(Kind kind, Object id) {
    return new Subject(kind, id.toString());
  }

  /**
   * The subject as a reader sees it.
   *
   * @return e.g. {@code BLOCK RNCP19453BC02}, or {@code JURY}
   */
  @Override
  public String toString() {
    return id.isEmpty() ? kind.name() : kind + " " + id;
  }
}
