package org.simap.diff;

import java.util.List;

/**
 * The order of the levels in both versions, given when the levels present in both are in a
 * different order. Levels run from the one closest to the problem outward, so their order means
 * something, unlike the order of elements or links.
 */
public record LevelOrder(List<String> oldOrder, List<String> newOrder) {

  public LevelOrder {
    oldOrder = List.copyOf(oldOrder);
    newOrder = List.copyOf(newOrder);
  }
}
