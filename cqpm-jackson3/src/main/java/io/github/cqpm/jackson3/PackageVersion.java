package io.github.cqpm.jackson3;

import io.github.cqpm.json.CqpmFormat;
import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this module, as Jackson modules report theirs: the library's, as cqpm-json's
 * build wrote it.
 */
public final class PackageVersion implements Versioned {
  /** This module's version. */
  public static final Version VERSION =
      VersionUtil.parseVersion(CqpmFormat.version(), CqpmFormat.groupId(), "cqpm-jackson3");

  /** Creates the holder; Jackson's {@code Versioned} lookup may. */
  public PackageVersion() {}

  @Override
  public Version version() {
    return VERSION;
  }
}
