package org.simap.report;

import java.io.PrintWriter;
import java.util.List;
import org.simap.diff.FileDiff;

/** Writes the result of {@code simap diff} in one output format. */
public interface DiffWriter {

  /** Writes the comparisons of every map file, in the order given. */
  void write(List<FileDiff> files, PrintWriter out);
}
