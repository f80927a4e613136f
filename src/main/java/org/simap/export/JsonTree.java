package org.simap.export;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.simap.report.Json;

/**
 * Prints a tree of maps, lists, strings, integers, booleans and nulls as indented JSON. Keys keep
 * their insertion order, so a {@link java.util.LinkedHashMap} gives a stable key order. Lists of
 * plain values stay on one line; lists that hold objects get one line per item.
 */
final class JsonTree {

  private static final String INDENT = "  ";

  private JsonTree() {}

  /** Returns the JSON text of the tree, ending with a newline. */
  static String write(Object tree) {
    StringBuilder out = new StringBuilder();
    value(out, tree, "");
    return out.append('\n').toString();
  }

  private static void value(StringBuilder out, Object value, String indent) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof String text) {
      out.append(Json.quote(text));
    } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> object) {
      object(out, object, indent);
    } else if (value instanceof List<?> list) {
      list(out, list, indent);
    } else {
      throw new IllegalArgumentException("no JSON form for " + value.getClass().getName());
    }
  }

  private static void object(StringBuilder out, Map<?, ?> object, String indent) {
    if (object.isEmpty()) {
      out.append("{}");
      return;
    }
    String inner = indent + INDENT;
    out.append("{\n");
    Iterator<? extends Map.Entry<?, ?>> entries = object.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> entry = entries.next();
      out.append(inner).append(Json.quote((String) entry.getKey())).append(": ");
      value(out, entry.getValue(), inner);
      out.append(entries.hasNext() ? ",\n" : "\n");
    }
    out.append(indent).append('}');
  }

  private static void list(StringBuilder out, List<?> list, String indent) {
    boolean nested = list.stream().anyMatch(item -> item instanceof Map || item instanceof List);
    if (!nested) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        value(out, list.get(i), indent);
      }
      out.append(']');
      return;
    }
    String inner = indent + INDENT;
    out.append("[\n");
    for (int i = 0; i < list.size(); i++) {
      out.append(inner);
      value(out, list.get(i), inner);
      out.append(i < list.size() - 1 ? ",\n" : "\n");
    }
    out.append(indent).append(']');
  }
}
