package org.simap.report;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.simap.model.Diagnostic;
import org.simap.model.Severity;

/**
 * Everything one run of a checking command found: the command's name, each input's status, and the
 * diagnostics sorted by file and position.
 */
public record Findings(String command, List<FileStatus> files, List<Diagnostic> diagnostics) {

  public Findings {
    requireNonNull(command, "command");
    files = List.copyOf(files);
    diagnostics = diagnostics.stream().sorted().toList();
  }

  public long count(Severity severity) {
    // A loop rather than a stream, because the summary counts thousands of findings three times.
    long count = 0;
    for (Diagnostic diagnostic : diagnostics) {
      if (diagnostic.severity() == severity) {
        count++;
      }
    }
    return count;
  }

  public long count(FileStatus.Status status) {
    long count = 0;
    for (FileStatus file : files) {
      if (file.status() == status) {
        count++;
      }
    }
    return count;
  }

  /** Formats the closing line, such as "2 files checked, 1 invalid, 3 errors". */
  public String summary() {
    StringBuilder line = new StringBuilder();
    line.append(plural(files.size(), "file")).append(" checked");
    line.append(", ").append(count(FileStatus.Status.INVALID)).append(" invalid");
    long unreadable = count(FileStatus.Status.UNREADABLE);
    if (unreadable > 0) {
      line.append(", ").append(unreadable).append(" unreadable");
    }
    line.append(", ").append(plural(count(Severity.ERROR), "error"));
    long warnings = count(Severity.WARNING);
    if (warnings > 0) {
      line.append(", ").append(plural(warnings, "warning"));
    }
    long infos = count(Severity.INFO);
    if (infos > 0) {
      line.append(", ").append(plural(infos, "note"));
    }
    return line.toString();
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
