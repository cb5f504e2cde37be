package org.attune.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.attune.model.AnswerType;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Score;
import org.attune.response.ResponseViolation;
import org.attune.response.ViolationCode;
import org.attune.scoring.Completeness;
import org.attune.scoring.ScoringRow;

/**
 * Scored rows as CDISC SDTM QS records, CSV as {@link CsvWriter} writes it (docs/cdisc-qs.md).
 * Per input row, instrument by instrument in the order given: one record per item, its answer
 * or {@code NOT DONE} with the reason, then one derived record ({@code QSDRVFL} Y) per scale.
 * Every input row yields its records, an invalid one too. {@code QSSEQ} numbers the records of
 * one input row from 1, so that it does not depend on how the input is cut for threads.
 */
final class QsResultSink implements ResultSink {
  static final List<String> HEADER = List.of("STUDYID", "DOMAIN", "USUBJID", "QSSEQ", "QSTESTCD", "QSTEST", "QSCAT",
      "QSORRES", "QSSTRESC", "QSSTRESN", "QSSTAT", "QSREASND", "QSDRVFL", "QSEVLINT");
  static final String NOT_DONE = "NOT DONE";
  /** QSREASND of an item with no answer. */
  static final String NOT_ANSWERED = "not_answered";

  private final CsvWriter csv;
  private final List<Instrument> instruments;
  private final List<List<QsTest>> itemTests;
  private final List<List<QsTest>> scaleTests;
  private final String studyId;
  private int seq;

  /**
   * @param ids whether the input rows carry ids, which become {@code USUBJID}: required
   * @param idColumn the id column's name, for the message when there is none
   * @param studyId {@code STUDYID}, or null to leave it empty
   * @throws UsageException when the input has no id column
   */
  QsResultSink(OutputStream out, char delimiter, List<Instrument> instruments, boolean ids, String idColumn,
      String studyId) {
    if (!ids) {
      throw new UsageException("--format qs needs an id column for USUBJID, and the header has no column " + idColumn
          + "; name the subject id column with --id-column");
    }
    this.csv = new CsvWriter(out, delimiter);
    this.instruments = instruments;
    this.itemTests = instruments.stream().map(QsTest::items).toList();
    this.scaleTests = instruments.stream().map(QsTest::scales).toList();
    this.studyId = studyId;
  }

  @Override
  public void begin() throws IOException {
    csv.row(HEADER);
  }

  @Override
  public void write(RowInfo info, ScoringRow[] rows) throws IOException {
    seq = 0;
    String damage = rowDamage(info);
    for (int i = 0; i < rows.length; i++) {
      Instrument instrument = instruments.get(i);
      ScoringRow row = rows[i];
      List<ResponseViolation> violations = row.violations();
      for (int k = 0; k < row.itemCount(); k++) {
        Item item = instrument.items().get(k);
        QsTest test = itemTests.get(i).get(k);
        start(info, instrument, test);
        ViolationCode code = row.violationCode(k);
        if (code != null) {
          notDone(valueGiven(violations, item.id()), code.code());
        } else if (row.chosen(k) >= 0) {
          answer(item, row.chosen(k), row.answerScore(k));
        } else {
          notDone("", damage != null ? damage : NOT_ANSWERED); // a damaged row's cell may be unreadable
        }
        end(false, test);
      }
      Completeness status = ResultSink.status(info, row);
      for (int s = 0; s < row.scaleCount(); s++) {
        QsTest test = scaleTests.get(i).get(s);
        start(info, instrument, test);
        if (status != Completeness.INVALID && row.isScored(s)) {
          String score = Scores.format(row.score(s));
          result(score, score, score);
        } else {
          notDone("", status == Completeness.INVALID ? errors(info, row) : Completeness.INCOMPLETE.code());
        }
        end(true, test);
      }
    }
  }

  /**
   * A valid answer: the chosen option's label (a number answer: its value), and its score where
   * the item has scores ({@code score} null where it has none).
   */
  private void answer(Item item, int chosen, Score score) throws IOException {
    if (item.answerType() instanceof AnswerType.Numeric) {
      String value = Integer.toString(chosen);
      result(value, value, value);
      return;
    }
    String label = item.answerType().options().get(chosen).label();
    if (score != null) {
      String value = Scores.format(score.toBigDecimal());
      result(label, value, value);
    } else {
      result(label, label, "");
    }
  }

  private void start(RowInfo info, Instrument instrument, QsTest test) throws IOException {
    csv.cell(studyId);
    csv.cell("QS");
    info.writeId(csv);
    csv.number(++seq);
    csv.cell(test.code());
    csv.cell(test.name());
    csv.cell(instrument.shortName());
  }

  private void result(String original, String standard, String number) throws IOException {
    csv.cell(original);
    csv.cell(standard);
    csv.cell(number);
    csv.cell("");
    csv.cell("");
  }

  private void notDone(String original, String reason) throws IOException {
    csv.cell(original);
    csv.cell("");
    csv.cell("");
    csv.cell(NOT_DONE);
    csv.cell(reason);
  }

  private void end(boolean derived, QsTest test) throws IOException {
    csv.cell(derived ? "Y" : "");
    // ISO 8601 counts back with a minus (-P2W): our own value, never input, so it is written
    // as it is rather than with formula safety's leading ', which would make it no duration
    csv.plainCell(test.interval() == null ? new byte[0] : test.interval().getBytes(StandardCharsets.US_ASCII));
    csv.endRow();
  }

  /** The codes of what is wrong with the row as a whole ({@code row:bad_encoding}), or null. */
  private static String rowDamage(RowInfo info) {
    String codes = info.rowViolations.stream().filter(v -> ResponseViolation.ROW.equals(v.itemId()))
        .map(ResponseViolation::shortForm).collect(Collectors.joining(";"));
    return codes.isEmpty() ? null : codes;
  }

  /** Every violation of the row for this instrument, as the CSV output's errors cell has them. */
  private static String errors(RowInfo info, ScoringRow row) {
    return ResultSink.errors(info, row).stream().map(ResponseViolation::shortForm).collect(Collectors.joining(";"));
  }

  private static String valueGiven(List<ResponseViolation> violations, String itemId) {
    return violations.stream().filter(v -> v.itemId().equals(itemId)).map(ResponseViolation::value).findFirst()
        .orElse("");
  }

  @Override
  public void finish() throws IOException {
    csv.flush();
  }
}
