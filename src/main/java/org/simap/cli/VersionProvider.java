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
