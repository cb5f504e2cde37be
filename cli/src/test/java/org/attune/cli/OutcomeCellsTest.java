package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The outcome table keeps what it is given up to its bound, and no more. */
class OutcomeCellsTest {
  @Test
  void get_returnsWhatWasPut_untilTheTableIsFull() {
    OutcomeCells cells = new OutcomeCells();
    int kept = 0;
    // keys as the sink makes them: spread over many bits, neighbours included
    for (long key = 0; key < 20_000; key++) {
      long spread = key * 0x1_0000_0001L + (key << 40);
      byte[] value = {(byte) key};
      cells.put(spread, value);
      if (cells.get(spread) == value) {
        kept++;
      } else {
        assertThat(cells.get(spread)).as("key %d, once the table is full", key).isNull();
      }
    }
    assertThat(kept).isEqualTo(4096);
    assertThat(cells.get(0)).containsExactly(0);
    assertThat(cells.get(4095 * 0x1_0000_0001L + (4095L << 40))).containsExactly((byte) 4095);
    assertThat(cells.get(-5)).isNull();
  }
}
