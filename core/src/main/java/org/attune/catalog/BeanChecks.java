package org.attune.catalog;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The field-level rules of a document (required, lower snake case, non-empty), declared as
 * Jakarta constraints on {@link Doc} and checked by Hibernate Validator, which names each
 * violation by its property path ({@code items[3].id}).
 */
final class BeanChecks {
  private BeanChecks() {}

  private static final class Holder {
    // No expression language on the class path: interpolate {param} only.
    static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory()
        .getValidator();
  }

  static void check(Object doc, Problems problems) {
    Holder.VALIDATOR.validate(doc).stream()
        .sorted(Comparator.comparing((ConstraintViolation<?> v) -> v.getPropertyPath().toString()))
        .forEach(v -> problems.add(path(v), v.getMessage()));
  }

  /** Hibernate's {@code instruments[epds].alerts[0]} as the readers write it: {@code instruments.epds.alerts[0]}. */
  private static String path(ConstraintViolation<?> v) {
    return v.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", "")
        .replace(".<map value>", "").replace("<map value>", "").replaceAll("\\[([^\\]0-9][^\\]]*)\\]", ".$1");
  }
}
