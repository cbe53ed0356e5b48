package io.github.cqpm.cdc;

import io.github.cqpm.model.code.RncpNumber;
import io.github.cqpm.model.dossier.Candidate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A passage's {@code idTechnique}, derived from what makes it one: the certification, the
 * candidate and the jury's date ({@code RNCP19453-CAND-2016-0042-2017-06-26}). The same passage
 * written twice has the same identifier, and the CDC's report, which names passages by it alone,
 * reads back to the candidate ({@link #parse(String)}). The candidate's identifier is opaque (no
 * personal data) and at most 64 characters, so the whole stays within the schema's 255.
 *
 * @param certification the certification
 * @param candidate the candidate
 * @param juryDate the jury's date
 */
public record PassageId(RncpNumber certification, Candidate candidate, LocalDate juryDate) {
  private static final Pattern ID =
      Pattern.compile("(RNCP[0-9]+)-(.+)-([0-9]{4}-[0-9]{2}-[0-9]{2})");

  /**
   * Checks that each part is given.
   *
   * @param certification the certification
   * @param candidate the candidate
   * @param juryDate the date
   */
  public PassageId {
    Objects.requireNonNull(certification, "certification");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(juryDate, "juryDate");
  }

  /**
   * The identifier a report names, read back; the certification's number first, the date last,
   * the candidate's identifier between them.
   *
   * @param idTechnique an identifier written by {@link #toString()}
   * @return its parts; empty when it is not one cqpm writes
   */
  public static Optional<PassageId> parse(String idTechnique) {
    Matcher matcher = ID.matcher(idTechnique);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PassageId(RncpNumber.parse(matcher.group(1)),
          Candidate.of(matcher.group(2)), LocalDate.parse(matcher.group(3))));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * The {@code idTechnique}.
   *
   * @return e.g. {@code RNCP19453-CAND-2016-0042-2017-06-26}
   */
  @Override
  public String toString() {
    return certification + "-" + candidate.getId() + "-" + juryDate;
  }
}
