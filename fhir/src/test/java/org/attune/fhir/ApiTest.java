package org.attune.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.parser.DataFormatException;
import java.lang.reflect.Modifier;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Questionnaire;
import org.junit.jupiter.api.Test;

class ApiTest {
  @Test
  void publicTypes_areExactlyTheThreeEntryPoints() throws Exception {
    Stream<String> names = Stream.of("Questionnaires", "QuestionnaireResponses", "Observations", "Fhir",
        "TotalExpression");
    assertThat(names.filter(n -> {
      try {
        return Modifier.isPublic(Class.forName("org.attune.fhir." + n).getModifiers());
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    })).containsExactly("Questionnaires", "QuestionnaireResponses", "Observations");
  }

  @Test
  void strictParser_unknownElement_fails() {
    assertThatThrownBy(() -> FhirTestSupport.strictJson().parseResource(Questionnaire.class,
        "{\"resourceType\":\"Questionnaire\",\"status\":\"active\",\"weight\":3}"))
        .isInstanceOf(DataFormatException.class);
  }
}
