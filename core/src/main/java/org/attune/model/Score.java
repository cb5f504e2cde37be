package org.attune.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An option's score exactly as the published key gives it: a whole or decimal number
 * ({@code 2}, {@code 2.5}) or a fraction ({@code 7/3}, for keys that space four options
 * evenly from 1 to 5, as Condon's postnatal scales do). Held as a fraction in lowest terms,
 * so that sums of scores are exact; rounding happens only when a score is written out.
 *
 * @param numerator the numerator, in lowest terms
 * @param denominator the denominator, positive, in lowest terms
 * @since 0.1.0
 */
public record Score(BigInteger numerator, BigInteger denominator) implements Comparable<Score> {

  public Score {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("a score's denominator cannot be zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger gcd = denominator.equals(BigInteger.ONE) ? BigInteger.ONE : numerator.gcd(denominator);
    if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
      numerator = numerator.divide(gcd);
      denominator = denominator.divide(gcd);
    }
  }

  /** The score of a whole number. */
  public static Score of(long value) {
    return new Score(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /** The score of a decimal number, exactly. */
  public static Score of(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    return plain.scale() <= 0
        ? new Score(plain.toBigIntegerExact(), BigInteger.ONE)
        : new Score(plain.unscaledValue(), BigInteger.TEN.pow(plain.scale()));
  }

  /**
   * Reads a score as a definition spells it: a number ({@code 3}, {@code 2.5}) or a fraction
   * of two whole numbers ({@code 7/3}).
   *
   * @throws NumberFormatException for anything else
   */
  public static Score parse(String spelling) {
    int slash = spelling.indexOf('/');
    if (slash < 0) {
      return of(new BigDecimal(spelling));
    }
    String top = spelling.substring(0, slash);
    String bottom = spelling.substring(slash + 1);
    if (!isDigits(top.startsWith("-") ? top.substring(1) : top) || !isDigits(bottom)) {
      throw new NumberFormatException("not a number or a fraction of whole numbers: " + spelling);
    }
    return new Score(new BigInteger(top), new BigInteger(bottom));
  }

  private static boolean isDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** Whether the score is a whole number. */
  public boolean isWhole() {
    return denominator.equals(BigInteger.ONE);
  }

  /** Whether the score has a finite decimal expansion (its denominator divides a power of ten). */
  public boolean isDecimal() {
    BigInteger d = denominator;
    while (d.mod(BigInteger.TWO).signum() == 0) {
      d = d.shiftRight(1);
    }
    while (d.mod(BigInteger.valueOf(5)).signum() == 0) {
      d = d.divide(BigInteger.valueOf(5));
    }
    return d.equals(BigInteger.ONE);
  }

  /** The score as a decimal: exact when {@link #isDecimal()}, otherwise to 34 significant digits. */
  public BigDecimal toBigDecimal() {
    BigDecimal top = new BigDecimal(numerator);
    return isWhole() ? top : top.divide(new BigDecimal(denominator), MathContext.DECIMAL128);
  }

  /** -1, 0 or 1 as the score is negative, zero or positive. */
  public int signum() {
    return numerator.signum();
  }

  public Score plus(Score other) {
    return new Score(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  public Score times(long factor) {
    return new Score(numerator.multiply(BigInteger.valueOf(factor)), denominator);
  }

  @Override
  public int compareTo(Score other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  /**
   * The canonical spelling, as definitions write it and as score-coded answers give it: a
   * whole or decimal number when the score has a finite decimal expansion ({@code 3},
   * {@code 2.5}), otherwise the fraction ({@code 7/3}).
   */
  public String spelling() {
    return isDecimal() ? toBigDecimal().stripTrailingZeros().toPlainString() : numerator + "/" + denominator;
  }

  @Override
  public String toString() {
    return spelling();
  }
}
