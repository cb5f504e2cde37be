package org.attune.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attune.policy.Alert;
import org.attune.policy.FlagThreshold;
import org.attune.policy.InstrumentPolicy;
import org.attune.policy.SitePolicy;

/** Converts between the checked policy document and the model, both ways. */
final class PolicyMapping {
  private PolicyMapping() {}

  /** Only ever called on a document that passed every check. */
  static SitePolicy toModel(PolicyDoc.Policy d) {
    Map<String, InstrumentPolicy> instruments = new LinkedHashMap<>();
    d.instruments().forEach((id, p) -> instruments.put(id, new InstrumentPolicy(p.profile(),
        DocMapping.map(p.thresholds(), t -> new FlagThreshold(t.flag(), t.threshold())),
        p.removedFlags() == null ? List.of() : p.removedFlags(),
        p.messages() == null ? Map.of() : p.messages(),
        DocMapping.map(p.alerts(), a -> new Alert(a.code(), a.label(), DocMapping.level(a.level()),
            DocMapping.rule(a.rule()), a.message(), a.source())))));
    return new SitePolicy(d.id(), d.version(), instruments);
  }

  /** Instruments in id order, so that the same policy always writes the same document. */
  static PolicyDoc.Policy toDoc(SitePolicy m) {
    Map<String, PolicyDoc.Instrument> instruments = new TreeMap<>();
    m.instruments().forEach((id, p) -> instruments.put(id, new PolicyDoc.Instrument(p.profile(),
        DocMapping.map(p.thresholds(), t -> new PolicyDoc.Threshold(t.flag(), t.threshold())),
        p.removedFlags(), new TreeMap<>(p.messages()),
        DocMapping.map(p.alerts(), a -> new PolicyDoc.Alert(a.code(), a.label(), a.level().code(),
            DocMapping.doc(a.rule()), a.message(), a.source())))));
    return new PolicyDoc.Policy(SitePolicy.SCHEMA_VERSION, m.id(), m.version(), instruments);
  }
}
