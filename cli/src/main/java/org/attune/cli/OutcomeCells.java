package org.attune.cli;

/**
 * One instrument's output cells, from its first scale cell to its warnings cell, encoded once
 * per outcome and looked up by the outcome's key: most rows of a cohort share a few hundred
 * outcomes, so most rows are written with one copy. A fixed-size open-addressing table; once
 * it is full, further outcomes are encoded each time they occur, so memory stays bounded.
 */
final class OutcomeCells {
  /** Slots: a power of two, twice the most outcomes kept. */
  private static final int SLOTS = 1 << 13;
  private static final int MAX_KEPT = SLOTS / 2;
  private final long[] keys = new long[SLOTS];
  private final byte[][] cells = new byte[SLOTS][];
  private int kept;

  /** The cells kept for this key (not negative), or null. */
  byte[] get(long key) {
    for (int i = slot(key); cells[i] != null; i = (i + 1) & (SLOTS - 1)) {
      if (keys[i] == key) {
        return cells[i];
      }
    }
    return null;
  }

  /** Keeps the cells for this key (not already kept), unless the table is full. */
  void put(long key, byte[] encoded) {
    if (kept == MAX_KEPT) {
      return;
    }
    int i = slot(key);
    while (cells[i] != null) {
      i = (i + 1) & (SLOTS - 1);
    }
    keys[i] = key;
    cells[i] = encoded;
    kept++;
  }

  private static int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 51) & (SLOTS - 1);
  }
}
