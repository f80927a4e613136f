package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class EnvironmentTest {

  @Test
  void systemClockUsesDefaultZone() {
    Clock clock = Environment.system().clock();

    assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
    assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now(ZoneId.systemDefault()));
  }

  @Test
  void systemClockTellsTheCurrentTime() {
    Clock clock = Environment.system().clock();

    assertThat(Duration.between(Instant.now(), clock.instant()).abs())
        .isLessThan(Duration.ofSeconds(5));
    assertThat(Math.abs(clock.millis() - System.currentTimeMillis())).isLessThan(5_000);
  }

  @Test
  void systemClockChangesZone() {
    Clock clock = Environment.system().clock().withZone(ZoneOffset.UTC);

    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }
}
