package io.github.cqpm.jackson3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this module, as Jackson modules report theirs: read from the {@code
 * version.properties} the build writes beside this class.
 */
public final class PackageVersion implements Versioned {
  /** This module's version. */
  public static final Version VERSION = load();

  /** Creates the holder; Jackson's {@code Versioned} lookup may. */
  public PackageVersion() {}

  private static Version load() {
    Properties properties = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("version.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(
        properties.getProperty("version"),
        properties.getProperty("groupId"),
        properties.getProperty("artifactId"));
  }

  @Override
  public Version version() {
    return VERSION;
  }
}
