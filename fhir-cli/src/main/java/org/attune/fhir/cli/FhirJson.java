package org.attune.fhir.cli;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import ca.uhn.fhir.parser.StrictErrorHandler;

/** HAPI's R4 context, made once on first use (it takes a while), and the JSON parsers made from it. */
final class FhirJson {
  private FhirJson() {}

  private static final class Holder {
    static final FhirContext CONTEXT = FhirContext.forR4();
  }

  static FhirContext context() {
    return Holder.CONTEXT;
  }

  /** A parser that rejects what is not valid R4 (unknown elements, bad values); writes compact JSON. */
  static IParser strict() {
    return context().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
  }

  /** A parser that reads what it can and says nothing (it would log to no one anyway). */
  static IParser lenient() {
    return context().newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
  }
}
