package io.github.cqpm.model.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * One way a model value does not conform to the référentiel of its certification: what (a {@link
 * Kind}), where (the property path from the validated value, such as {@code
 * jury.session.members[4]}), who (the jury member concerned, where one is) and the facts that show
 * it (the arguments, in the order the rules' messages use them).
 *
 * <p>This is the one conformity model of the library: the Bean Validation constraint {@link
 * ConformsToReferential} reports each nonconformity as a violation at its path, and cqpm-rules
 * reports each as a finding under the code it maps the kind to (a total mapping, checked by a
 * test). Both read the same list, computed once ({@code JuryComposition}, {@code
 * DossierConformity}), and say it in the same words, the kind's {@linkplain Kind#pattern(Locale)
 * message} with the arguments filled in, so they cannot disagree.
 *
 * @param kind what does not conform
 * @param path the property path from the validated value, in Bean Validation's notation
 * @param member the identifier of the jury member concerned, where one is
 * @param arguments the facts, in the order of the finding's message
 */
public record Nonconformity(Kind kind, String path, Optional<String> member, List<Object> arguments) {
  /** The bundle of the kinds' messages, which Bean Validation reads too. */
  private static final String MESSAGES = "ContributorValidationMessages";

  /** What does not conform, each named as the rules' finding code that reports it. */
  public enum Kind {
    /** The dossier names a certification the catalogue holds no référentiel for. Bean Validation only. */
    UNKNOWN_CERTIFICATION,
    /** The dossier names another certification than the référentiel it is judged against. */
    OTHER_CERTIFICATION,
    /** The route is not open to the certification. */
    ROUTE_CLOSED,
    /** The certification is not accessible in the candidate's territory. */
    TERRITORY_NOT_ACCESSIBLE,
    /** The jury sat before the certification's registration took effect. */
    JURY_BEFORE_REGISTRATION,
    /** The jury sat after the certification's registration ended. */
    JURY_AFTER_REGISTRATION,
    /** A VAE file on the VAE route describes no professional situation. */
    EVIDENCE_MISSING,
    /** A professional situation of the VAE evidence names no capacity. */
    SITUATION_WITHOUT_CAPACITY,
    /** A professional situation's description is longer than succinct (a policy, a warning). */
    SITUATION_NOT_SUCCINCT,
    /** A capacity code that the référentiel does not have. */
    UNKNOWN_CAPACITY,
    /** A block code that the référentiel does not have. */
    UNKNOWN_BLOCK,
    /** Not as many employees' as employers' representatives sit with a vote. */
    JURY_NOT_PARITARY,
    /** More metallurgy employer members than the référentiel allows. */
    TOO_MANY_METALLURGY_EMPLOYERS,
    /** More temporary work employer members than the référentiel allows. */
    TOO_MANY_TEMPORARY_WORK_EMPLOYERS,
    /** More temporary work union members than the référentiel allows. */
    TOO_MANY_TEMPORARY_WORK_EMPLOYEES,
    /** No union representative sits. */
    NO_UNION_REPRESENTATIVE,
    /** A union has more representatives sitting with a vote than the référentiel allows. */
    UNION_HAS_SEVERAL_VOTES,
    /** No president is designated. */
    PRESIDENT_MISSING,
    /** The president designated is not a member of the session. */
    PRESIDENT_NOT_MEMBER,
    /** The president sits without a vote. */
    PRESIDENT_WITHOUT_VOTE,
    /** A member who sits without a vote has voted. */
    NON_VOTING_MEMBER_VOTED;

    /**
     * The key of this kind's message in {@code ContributorValidationMessages}.
     *
     * @return e.g. {@code io.github.cqpm.model.validation.Nonconformity.ROUTE_CLOSED}
     */
    public String messageKey() {
      return Nonconformity.class.getName() + "." + name();
    }

    /**
     * This kind's message in a language: the one text that Bean Validation's violation and
     * cqpm-rules' finding of this kind both say, {@code {0}}, {@code {1}}… standing for the
     * arguments in order, and no other syntax. A message about a count states the count and the
     * limit. French and English are shipped; another language follows {@link ResourceBundle}'s
     * fallback.
     *
     * @param locale the language
     * @return e.g. {@code {0} members of the metallurgy branch on the employers' side; the
     *     référentiel allows at most {1}}
     * @since 0.2.0
     */
    public String pattern(Locale locale) {
      return ResourceBundle.getBundle(MESSAGES, locale).getString(messageKey());
    }
  }

  /**
   * Checks the components and copies the arguments.
   *
   * @param kind the kind
   * @param path the property path
   * @param member the member concerned
   * @param arguments the facts
   */
  public Nonconformity {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(member, "member");
    arguments = List.copyOf(arguments);
  }

  /**
   * A nonconformity that concerns no jury member in particular.
   *
   * @param kind the kind
   * @param path the property path
   * @param arguments the facts
   * @return the nonconformity
   */
  public static Nonconformity of(Kind kind, String path, Object... arguments) {
    return new Nonconformity(kind, path, Optional.empty(), List.of(arguments));
  }

  /**
   * A nonconformity that concerns a jury member.
   *
   * @param kind the kind
   * @param path the property path
   * @param member the member's identifier
   * @param arguments the facts
   * @return the nonconformity
   */
  public static Nonconformity ofMember(Kind kind, String path, String member, Object... arguments) {
    return new Nonconformity(kind, path, Optional.of(member), List.of(arguments));
  }

  /**
   * The same nonconformity seen from a value that holds this one's at {@code prefix}.
   *
   * @param prefix the path of the inner value, such as {@code jury.session}
   * @return the nonconformity with its path prefixed
   */
  public Nonconformity under(String prefix) {
    return new Nonconformity(kind, prefix + "." + path, member, arguments);
  }
}
