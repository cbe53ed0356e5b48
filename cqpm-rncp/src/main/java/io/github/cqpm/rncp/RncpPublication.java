package io.github.cqpm.rncp;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A regulatory text as the export lists it ({@code PUBLICATION_DECRET_CREATION/PUBLICATION_JO}):
 * its title, verbatim, and the day it was published in the Journal officiel.
 *
 * @param title the text's title ({@code TITRE})
 * @param published when it was published ({@code DATE_PUBLICATION_JO}), when stated
 */
public record RncpPublication(String title, Optional<LocalDate> published) {
  /**
   * Checks the components.
   *
   * @param title the title
   * @param published the day of publication
   */
  public RncpPublication {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
  }
}
