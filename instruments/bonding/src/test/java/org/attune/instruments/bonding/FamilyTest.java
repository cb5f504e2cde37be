package org.attune.instruments.bonding;

import java.util.List;
import org.attune.spi.InstrumentProvider;
import org.attune.testkit.InstrumentFamilyTest;

/** This module's definitions against their golden vectors and option keys (see {@link InstrumentFamilyTest}). */
class FamilyTest extends InstrumentFamilyTest {

  @Override
  protected InstrumentProvider provider() {
    return new BondingInstruments();
  }

  @Override
  protected List<String> instruments() {
    return List.of("pbq", "maas", "paas", "mpas", "ppas");
  }
}
