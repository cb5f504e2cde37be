package org.attune.instruments.perinatalmood;

import java.util.List;
import org.attune.spi.InstrumentProvider;
import org.attune.testkit.InstrumentFamilyTest;

/** This module's definitions against their golden vectors and option keys (see {@link InstrumentFamilyTest}). */
class FamilyTest extends InstrumentFamilyTest {

  @Override
  protected InstrumentProvider provider() {
    return new PerinatalMoodInstruments();
  }

  @Override
  protected List<String> instruments() {
    return List.of("epds", "phq9", "phq2", "gad7", "gad2", "whooley");
  }
}
