package org.simap.model;

/** The three kinds of system element that the method records at each level. */
public enum ElementType implements Keyword {
  /** Policies, departments, groupings, physical design, technology and software. */
  STRUCTURE,
  /** Workflow: how things are accomplished, the steps and their order. */
  PROCESS,
  /** Written and unwritten rules that govern how members of the system behave. */
  NORM;

  /** Returns the plural word used in messages and reports, such as "norms" or "processes". */
  public String plural() {
    return this == PROCESS ? "processes" : keyword() + "s";
  }
}
