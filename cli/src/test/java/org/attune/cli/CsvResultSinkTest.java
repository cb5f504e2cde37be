package org.attune.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.attune.Attune;
import org.attune.model.Item;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sink encodes each outcome's cells once and copies them for later rows with the same
 * outcome ({@link OutcomeCells}): a row's output must not depend on the rows written before it.
 * Every row of a file with many repeated and varied outcomes must read as it does when scored
 * alone: rows repeat; rows whose answers are the same in another order (same total, other
 * subscales and flags) and rows with a zero left blank (same sums, other status) are frequent,
 * among blank and invalid answers and ages in and out of range.
 */
class CsvResultSinkTest {
  private static final String[] RARE_CELLS = {"4", "5", "NA", "9", "x"};
  private static final String[] AGES = {"", "3", "10", "30"};

  @TempDir Path dir;

  /** The instruments, and the highest score every one of their items takes. */
  @ParameterizedTest
  @CsvSource({"epds, 3", "phq9, 3", "pbq, 5", "bpsc, 2", "'epds,pbq,bpsc', 2"})
  void score_eachRowReadsAsItDoesAlone(String instruments, int highest) {
    List<String> items = new ArrayList<>();
    for (String id : instruments.split(",")) {
      Attune.catalog().get(id).items().stream().map(Item::id).forEach(items::add);
    }
    String header = "id,age_months," + String.join(",", items);
    Random random = new Random(0xCE115L + instruments.hashCode());
    List<List<String>> pool = new ArrayList<>();
    for (int p = 0; p < 6; p++) {
      pool.add(randomAnswers(random, items.size(), highest));
    }
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < 400; r++) {
      List<String> answers = new ArrayList<>(pool.get(random.nextInt(pool.size())));
      int kind = random.nextInt(10);
      if (kind < 4) {
        Collections.shuffle(answers, random);
      } else if (kind < 6 && answers.contains("0")) {
        answers.set(answers.indexOf("0"), ""); // the same sums, another status where a blank counts as zero
      } else if (kind < 8) {
        answers = randomAnswers(random, items.size(), highest);
      }
      rows.add("r" + r + "," + AGES[random.nextInt(AGES.length)] + "," + String.join(",", answers));
    }

    Cli.Run all = Cli.scoreFile(dir, instruments, header + "\n" + String.join("\n", rows) + "\n", "--threads", "1");
    String[] lines = all.out().split("\n");
    assertThat(lines).as("%s", all).hasSize(rows.size() + 1);
    for (int r = 0; r < rows.size(); r++) {
      Cli.Run alone = Cli.scoreFile(dir, instruments, header + "\n" + rows.get(r) + "\n");
      assertThat(lines[r + 1]).as("row %d: %s", r, rows.get(r)).isEqualTo(alone.out().split("\n")[1]);
    }
  }

  /** Mostly valid answers, some blank, a few not (an invalid row's errors are its own, so rare). */
  private static List<String> randomAnswers(Random random, int count, int highest) {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(100);
      cells.add(kind < 4 ? RARE_CELLS[random.nextInt(RARE_CELLS.length)]
          : kind < 14 ? "" : String.valueOf(random.nextInt(highest + 1)));
    }
    return cells;
  }
}
