package org.simap.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The source positions of one map entry: the entry itself and each of its fields, so that a finding
 * about a field points at that field's value. A list field may also have a position for each of its
 * items.
 *
 * <p>Positions are kept as numbers and turned into {@link SourcePosition}s only when asked for,
 * because a map has several for every element and almost none of them is ever shown.
 */
public final class Positions {

  private static final Positions NONE =
      new Builder(SourcePosition.wholeFile("<memory>"), 0).build();

  private final String file;
  private final int line;
  private final int column;

  /** The field of each position, in the order they were added. */
  private final String[] fields;

  /** The list index of each position, or -1 for the field's value itself. */
  private final int[] items;

  private final int[] lines;
  private final int[] columns;

  private Positions(Builder builder) {
    this.file = builder.node.file();
    this.line = builder.node.line();
    this.column = builder.node.column();
    // The builder is done with its arrays, so they are taken as they are when full.
    int size = builder.size;
    boolean full = size == builder.fields.length;
    this.fields = full ? builder.fields : Arrays.copyOf(builder.fields, size);
    this.items = full ? builder.items : Arrays.copyOf(builder.items, size);
    this.lines = full ? builder.lines : Arrays.copyOf(builder.lines, size);
    this.columns = full ? builder.columns : Arrays.copyOf(builder.columns, size);
  }

  /** Creates positions for an entry that was not read from a file, such as one built in code. */
  public static Positions none() {
    return NONE;
  }

  /**
   * Starts the positions of an entry at the given place, with room for {@code size}: the exact
   * number saves a copy.
   */
  public static Builder builder(SourcePosition node, int size) {
    return new Builder(node, size);
  }

  /** Returns the position of the entry itself. */
  public SourcePosition node() {
    return new SourcePosition(file, line, column);
  }

  /** Returns the position of a field's value, or of the entry when the field is absent. */
  public SourcePosition of(String field) {
    int found = find(field, -1);
    return found < 0 ? node() : at(found);
  }

  /** Returns the position of one entry of a list field, falling back to the field. */
  public SourcePosition item(String field, int index) {
    int found = find(field, index);
    return found < 0 ? of(field) : at(found);
  }

  private int find(String field, int item) {
    // An entry has a dozen fields at most, so a scan is quicker than hashing.
    for (int i = 0; i < fields.length; i++) {
      if (items[i] == item && fields[i].equals(field)) {
        return i;
      }
    }
    return -1;
  }

  private SourcePosition at(int index) {
    return new SourcePosition(file, lines[index], columns[index]);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Positions that
        && file.equals(that.file)
        && line == that.line
        && column == that.column
        && Arrays.equals(fields, that.fields)
        && Arrays.equals(items, that.items)
        && Arrays.equals(lines, that.lines)
        && Arrays.equals(columns, that.columns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, Arrays.hashCode(fields), Arrays.hashCode(lines));
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Positions[").append(node());
    for (int i = 0; i < fields.length; i++) {
      text.append(", ").append(fields[i]);
      if (items[i] >= 0) {
        text.append('[').append(items[i]).append(']');
      }
      text.append('=').append(lines[i]).append(':').append(columns[i]);
    }
    return text.append(']').toString();
  }

  /** Collects the positions of one entry's fields and list items. */
  public static final class Builder {
    private final SourcePosition node;
    private String[] fields;
    private int[] items;
    private int[] lines;
    private int[] columns;
    private int size;

    private Builder(SourcePosition node, int capacity) {
      this.node = Objects.requireNonNull(node, "node");
      int room = Math.max(capacity, 0);
      this.fields = new String[room];
      this.items = new int[room];
      this.lines = new int[room];
      this.columns = new int[room];
    }

    /** Adds the position of a field's value, given as a 1-based line and column. */
    public Builder field(String field, int line, int column) {
      return add(field, -1, line, column);
    }

    /** Adds the position of one item of a list field. */
    public Builder item(String field, int index, int line, int column) {
      if (index < 0) {
        throw new IllegalArgumentException("negative index " + index);
      }
      return add(field, index, line, column);
    }

    private Builder add(String field, int item, int line, int column) {
      Objects.requireNonNull(field, "field");
      if (fields == null) {
        throw new IllegalStateException("positions already built");
      }
      if (line < 0 || column < 0) {
        throw new IllegalArgumentException("negative position " + line + ":" + column);
      }
      if (size == fields.length) {
        int room = Math.max(4, size * 2);
        fields = Arrays.copyOf(fields, room);
        items = Arrays.copyOf(items, room);
        lines = Arrays.copyOf(lines, room);
        columns = Arrays.copyOf(columns, room);
      }
      fields[size] = field;
      items[size] = item;
      lines[size] = line;
      columns[size] = column;
      size++;
      return this;
    }

    /** Returns the positions added. The builder cannot be used after this. */
    public Positions build() {
      if (fields == null) {
        throw new IllegalStateException("positions already built");
      }
      Positions positions = new Positions(this);
      fields = null;
      items = null;
      lines = null;
      columns = null;
      return positions;
    }
  }
}
