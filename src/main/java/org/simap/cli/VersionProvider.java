package org.simap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the version that the build wrote into the jar. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() throws IOException {
    return new String[] {"simap " + version(), "map format version 1"};
  }

  static String version() throws IOException {
    // The JVM has read the jar's manifest already, so its version costs nothing, while reading the
    // properties file took about 2 ms of every validate and lint. Classes run from a folder, as in
    // the unit tests, have no manifest and read the file.
    String fromManifest = VersionProvider.class.getPackage().getImplementationVersion();
    if (fromManifest != null) {
      return fromManifest;
    }
    Properties properties = new Properties();
    try (InputStream in =
        VersionProvider.class.getResourceAsStream("/org/simap/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      properties.load(in);
    }
    return properties.getProperty("version", "unknown");
  }
}
