package org.attune.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.attune.cli.spi.InputFormat;
import org.attune.cli.spi.InputRecord;
import org.attune.cli.spi.RecordReader;
import org.attune.response.AnswerCoding;
import org.attune.scoring.Scorer;
import org.attune.scoring.ScoringRow;

/** The records of an extension's input format, fed into each instrument's scoring row. */
final class ExtensionSource implements RecordSource {
  private final CountingInputStream counted;
  private final RecordReader reader;
  private final AnswerCoding coding;

  ExtensionSource(InputFormat format, InputStream in, List<Scorer> scorers) throws IOException {
    this.counted = new CountingInputStream(in);
    this.coding = format.coding();
    this.reader = format.open(counted, scorers);
  }

  @Override
  public AnswerCoding coding(AnswerCoding asked) {
    return coding;
  }

  @Override
  public long bytesRead() {
    return counted.count();
  }

  @Override
  public boolean next(ScoringRow[] rows, RowInfo info) throws IOException {
    InputRecord record = reader.next();
    if (record == null) {
      return false;
    }
    info.reset();
    for (ScoringRow r : rows) {
      r.clear();
    }
    info.id(record.id());
    info.origin(record.origin());
    info.rowViolations.addAll(record.problems());
    if (!record.answers().answers().isEmpty() && record.answers().coding() != coding) {
      throw new IllegalStateException("the input format " + coding + " gave answers coded by "
          + record.answers().coding());
    }
    record.answers().ageMonths().ifPresent(months -> {
      for (ScoringRow r : rows) {
        r.ageMonths(months);
      }
    });
    for (Map.Entry<String, Object> answer : record.answers().answers().entrySet()) {
      // As in JSON Lines: an item of any instrument scored is answered there; no instrument's, unknown to each.
      boolean known = false;
      for (ScoringRow r : rows) {
        int item = r.itemIndex(answer.getKey());
        if (item >= 0) {
          r.answer(item, answer.getValue());
          known = true;
        }
      }
      if (!known) {
        for (ScoringRow r : rows) {
          r.unknownItem(answer.getKey(), answer.getValue());
        }
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
