package org.simap.report;

import java.io.PrintWriter;

/** Writes the findings of a checking command in one output format. */
public interface Reporter {

  void write(Findings findings, PrintWriter out);
}
