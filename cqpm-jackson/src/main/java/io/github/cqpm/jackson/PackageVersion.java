package io.github.cqpm.jackson;

import io.github.cqpm.json.CqpmFormat;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;

/**
 * The version of this module, as Jackson modules report theirs: the library's, as cqpm-json's
 * build wrote it.
 */
public final class PackageVersion implements Versioned {
  /** This module's version. */
  public static final Version VERSION =
      VersionUtil.parseVersion(CqpmFormat.version(), CqpmFormat.groupId(), "cqpm-jackson");

  /** Creates the holder; Jackson's {@code Versioned} lookup may. */
  public PackageVersion() {}

  @Override
  public Version version() {
    return VERSION;
  }
}
