package org.simap.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.simap.model.Challenge;
import org.simap.model.Focus;
import org.simap.model.FocusKind;

/**
 * The short marks that tie elements to challenges and focus entries: {@code ◆C1} for the first
 * challenge, {@code ★F1} for an improvement focus entry and {@code ?F2} for one to investigate,
 * numbered in map order. The legend and the focus notes show the same marks with the names.
 */
final class Badges {

  static final String CHALLENGE = "◆";
  static final String IMPROVEMENT = "★";
  static final String INVESTIGATE = "?";

  private final Map<String, String> challengeBadges = new LinkedHashMap<>();
  private final Map<String, String> focusBadges = new LinkedHashMap<>();
  private final Map<String, List<String>> byElement = new LinkedHashMap<>();

  Badges(List<Challenge> challenges, List<Focus> focus) {
    for (int i = 0; i < challenges.size(); i++) {
      Challenge challenge = challenges.get(i);
      String badge = CHALLENGE + "C" + (i + 1);
      challengeBadges.put(challenge.id(), badge);
      challenge.elements().forEach(e -> add(e, badge));
    }
    for (int i = 0; i < focus.size(); i++) {
      Focus entry = focus.get(i);
      String badge = glyph(entry.kind()) + "F" + (i + 1);
      focusBadges.put(entry.id(), badge);
      entry.elements().forEach(e -> add(e, badge));
    }
  }

  static String glyph(FocusKind kind) {
    return kind == FocusKind.IMPROVEMENT ? IMPROVEMENT : INVESTIGATE;
  }

  private void add(String elementId, String badge) {
    List<String> badges = byElement.computeIfAbsent(elementId, id -> new ArrayList<>());
    if (!badges.contains(badge)) {
      badges.add(badge);
    }
  }

  String challenge(String challengeId) {
    return challengeBadges.get(challengeId);
  }

  String focus(String focusId) {
    return focusBadges.get(focusId);
  }

  List<String> of(String elementId) {
    return byElement.getOrDefault(elementId, List.of());
  }
}
