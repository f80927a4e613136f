package org.simap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PositionsTest {

  private static final SourcePosition ENTRY = new SourcePosition("m.simap.yaml", 4, 5);

  private static Positions element() {
    return Positions.builder(ENTRY, 2)
        .field("id", 4, 11)
        .field("name", 5, 13)
        .field("tags", 6, 13)
        .item("tags", 0, 6, 14)
        .item("tags", 1, 6, 22)
        .build();
  }

  @Test
  void findsFieldsAndItems() {
    Positions positions = element();

    assertThat(positions.node()).isEqualTo(ENTRY);
    assertThat(positions.of("name")).isEqualTo(new SourcePosition("m.simap.yaml", 5, 13));
    assertThat(positions.item("tags", 1)).isEqualTo(new SourcePosition("m.simap.yaml", 6, 22));
  }

  @Test
  void fallsBackToFieldThenEntry() {
    Positions positions = element();

    assertThat(positions.item("tags", 2)).isEqualTo(positions.of("tags"));
    assertThat(positions.item("name", 0)).isEqualTo(positions.of("name"));
    assertThat(positions.of("owner")).isEqualTo(ENTRY);
    assertThat(positions.item("elements", 0)).isEqualTo(ENTRY);
  }

  @Test
  void growsPastItsFirstCapacity() {
    Positions.Builder builder = Positions.builder(ENTRY, 1);
    for (int i = 0; i < 40; i++) {
      builder.item("questions", i, 10 + i, 9);
    }
    Positions positions = builder.build();

    assertThat(positions.item("questions", 39))
        .isEqualTo(new SourcePosition("m.simap.yaml", 49, 9));
    assertThat(positions.of("questions")).isEqualTo(ENTRY);
  }

  @Test
  void comparesByValue() {
    assertThat(element()).isEqualTo(element()).hasSameHashCodeAs(element());
    assertThat(element())
        .isNotEqualTo(Positions.builder(ENTRY, 1).field("id", 4, 11).build())
        .isNotEqualTo(Positions.none());
  }

  @Test
  void noneIsWholeUnnamedFile() {
    assertThat(Positions.none().of("id")).isEqualTo(SourcePosition.wholeFile("<memory>"));
  }

  @Test
  void rejectsUseAfterBuild() {
    Positions.Builder builder = Positions.builder(ENTRY, 1).field("id", 4, 11);
    Positions positions = builder.build();

    assertThatThrownBy(() -> builder.field("name", 5, 13))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
    assertThat(positions.of("id")).isEqualTo(new SourcePosition("m.simap.yaml", 4, 11));
  }

  @Test
  void startsEmptyWithoutRoom() {
    Positions positions = Positions.builder(ENTRY, 0).field("id", 4, 11).build();

    assertThat(positions.of("id")).isEqualTo(new SourcePosition("m.simap.yaml", 4, 11));
  }

  @Test
  void rejectsNegativePositions() {
    Positions.Builder builder = Positions.builder(ENTRY, 1);

    assertThatThrownBy(() -> builder.field("id", -1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.item("tags", -1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
