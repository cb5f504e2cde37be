package org.attune.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.math.BigDecimal;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/** One FHIR context for all test classes: creating one takes seconds. */
final class FhirTestSupport {
  static final FhirContext CONTEXT = FhirContext.forR4();

  private FhirTestSupport() {}

  /** HAPI's JSON parser in strict mode: unknown elements, bad values and the like fail. */
  static IParser strictJson() {
    return CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
  }

  /** Serialises with the strict parser and parses back. */
  static <T extends IBaseResource> T roundTrip(T resource, Class<T> type) {
    IParser parser = strictJson();
    String json = parser.encodeResourceToString(resource);
    return parser.parseResource(type, json);
  }

  /** Evaluates a FHIRPath expression on a response with HAPI's R4 engine; null when empty. */
  static BigDecimal evaluateDecimal(QuestionnaireResponse response, String expression) {
    List<Base> out = CONTEXT.newFhirPath().evaluate(response, expression, Base.class);
    if (out.isEmpty()) {
      return null;
    }
    if (out.size() != 1) {
      throw new AssertionError("expected one value, got " + out);
    }
    return new BigDecimal(out.get(0).primitiveValue());
  }
}
