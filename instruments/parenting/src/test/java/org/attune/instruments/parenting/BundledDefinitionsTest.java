package org.attune.instruments.parenting;

import org.attune.testkit.BundledDefinitions;
import org.junit.jupiter.api.Test;

/** Every definition is checked in full here, and the manifest that lets run time trust it matches its bytes. */
class BundledDefinitionsTest {

  @Test
  void definitions_checkedInFull_andManifestMatchesTheirBytes() {
    BundledDefinitions.verify(new ParentingInstruments());
  }
}
