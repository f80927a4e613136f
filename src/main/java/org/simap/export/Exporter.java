package org.simap.export;

import org.simap.model.SystemMap;

/** Writes a valid map as a document in one format. */
public interface Exporter {

  /** Returns the whole document. The same map always gives the same text. */
  String export(SystemMap map);
}
