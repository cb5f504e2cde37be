package org.attune.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.attune.Attune;
import org.attune.model.Instrument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code attune list}: one instrument a line, tab-separated: id, name, items, respondent,
 * licence class (CONTRACT.md), then the child's age range it applies to ({@code -} when none).
 */
@Command(name = "list", description = "List the instruments: id, name, item count, respondent, licence class, "
    + "child's age range (tab-separated).")
final class ListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (Instrument i : Attune.catalog().instruments()) {
      out.println(String.join("\t", i.id(), i.name(), Integer.toString(i.items().size()), i.respondent().code(),
          i.licence().licenceClass().code(), i.ageRange() == null ? "-" : i.ageRange().toString()));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
