package org.attune.instruments.infant;

import java.util.List;
import org.attune.spi.InstrumentProvider;
import org.attune.testkit.InstrumentFamilyTest;

/** This module's definitions against their golden vectors and option keys (see {@link InstrumentFamilyTest}). */
class FamilyTest extends InstrumentFamilyTest {

  @Override
  protected InstrumentProvider provider() {
    return new InfantInstruments();
  }

  @Override
  protected List<String> instruments() {
    return List.of("bpsc", "ppsc", "adbb", "madbb", "bisq");
  }

  @Override
  protected List<String> keyed() {
    return List.of("bpsc", "ppsc", "adbb", "madbb"); // the BISQ has no options, so no key file
  }
}
