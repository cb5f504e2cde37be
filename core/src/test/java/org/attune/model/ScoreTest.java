package org.attune.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Exact option scores: numbers as spelled, and fractions such as Condon's thirds (FACTS C20). */
class ScoreTest {

  @Test
  void parse_fraction_isKeptExactInLowestTerms() {
    Score third = Score.parse("7/3");
    assertThat(third.numerator()).isEqualTo(7);
    assertThat(third.denominator()).isEqualTo(3);
    assertThat(Score.parse("14/6")).isEqualTo(third);
    assertThat(third.isWhole()).isFalse();
    assertThat(third.isDecimal()).isFalse();
    assertThat(third.spelling()).isEqualTo("7/3");
    assertThat(third.toBigDecimal()).isEqualByComparingTo("2.333333333333333333333333333333333");
  }

  @Test
  void parse_numbers_spellCanonically() {
    assertThat(Score.parse("3").spelling()).isEqualTo("3");
    assertThat(Score.parse("2.50").spelling()).isEqualTo("2.5");
    assertThat(Score.parse("2.5")).isEqualTo(Score.of(new BigDecimal("2.50")));
    assertThat(Score.parse("10/4").spelling()).as("a fraction with a finite decimal is written as one").isEqualTo("2.5");
    assertThat(Score.parse("30").isWhole()).isTrue();
    assertThat(Score.of(30).spelling()).isEqualTo("30");
  }

  @Test
  void thirds_addUpExactly() {
    Score sum = Score.parse("7/3").plus(Score.parse("11/3"));
    assertThat(sum).isEqualTo(Score.of(6));
    assertThat(sum.isWhole()).isTrue();
    assertThat(Score.parse("7/3").plus(Score.parse("7/3")).spelling()).isEqualTo("14/3");
  }

  @Test
  void compare_ordersByValue() {
    assertThat(Score.parse("7/3")).isGreaterThan(Score.parse("2.3")).isLessThan(Score.parse("2.34"));
    assertThat(Score.parse("11/3").compareTo(Score.parse("22/6"))).isZero();
  }

  @Test
  void parse_malformed_isRejected() {
    for (String bad : new String[] {"7/", "/3", "a/3", "7/b", "7/3/1", "7 /3", "", "x"}) {
      assertThatThrownBy(() -> Score.parse(bad)).as(bad).isInstanceOf(NumberFormatException.class);
    }
    assertThatThrownBy(() -> Score.parse("7/0")).isInstanceOf(ArithmeticException.class);
  }
}
