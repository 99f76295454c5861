package org.glose.core.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.glose.core.model.Attribute;
import org.glose.core.model.AttributeType;
import org.glose.core.project.InvalidInputException;

/**
 * A condition on one attribute's value, as filters write it. For every type, a plain value means "equals" (text
 * and choices ignoring case and surrounding spaces, numbers as numbers: {@code 30} equals {@code 30.0}). For a
 * number or a date it may also be a comparison, {@code >30}, {@code >=30}, {@code <30}, {@code <=30}, or an
 * inclusive range {@code 30..40} ({@code 2020-01-01..2020-12-31}); numbers compare as numbers and dates as dates.
 * Text and choice values are taken literally, so a text value may well start with {@code <}.
 */
public final class AttributeCondition {

    /** How a value is compared with the condition's operand(s). */
    public enum Operator {
        EQUALS("="), GREATER(">"), GREATER_OR_EQUAL(">="), LESS("<"), LESS_OR_EQUAL("<="), BETWEEN("..");

        private final String symbol;

        Operator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** {@code NAME=VALUE}, {@code NAME>VALUE}, {@code NAME>=VALUE}... split into the name and the condition text. */
    public record Pair(String name, String condition) {
    }

    private final Attribute attribute;
    private final Operator operator;
    private final String operand;
    private final String upper;

    private AttributeCondition(Attribute attribute, Operator operator, String operand, String upper) {
        this.attribute = attribute;
        this.operator = operator;
        this.operand = operand;
        this.upper = upper;
    }

    /**
     * Splits a filter as the command line writes it: the name ends at the first {@code =}, {@code <} or
     * {@code >}; the condition is what follows {@code =}, or the comparison itself ({@code Age>30} gives
     * {@code Age} and {@code >30}).
     */
    public static Pair split(String pair) {
        int at = -1;
        for (int i = 0; i < (pair == null ? 0 : pair.length()); i++) {
            char c = pair.charAt(i);
            if (c == '=' || c == '<' || c == '>') {
                at = i;
                break;
            }
        }
        if (at <= 0 || pair.substring(0, at).isBlank()) {
            throw new InvalidInputException("An attribute filter is written name=value (or name>value, name>=value, "
                    + "name<value, name<=value), not \"" + pair + "\".");
        }
        String name = pair.substring(0, at).strip();
        String condition = pair.charAt(at) == '=' ? pair.substring(at + 1) : pair.substring(at);
        return new Pair(name, condition.strip());
    }

    /** The condition on this attribute; a comparison's operands are checked against the type. */
    public static AttributeCondition parse(Attribute attribute, String condition) {
        String c = condition == null ? "" : condition.strip();
        boolean ordered = attribute.type() == AttributeType.NUMBER || attribute.type() == AttributeType.DATE;
        if (!ordered) {
            return new AttributeCondition(attribute, Operator.EQUALS, c, null);
        }
        for (Operator op : new Operator[] {Operator.GREATER_OR_EQUAL, Operator.LESS_OR_EQUAL, Operator.GREATER,
                Operator.LESS, Operator.EQUALS}) {
            if (c.startsWith(op.symbol())) {
                return new AttributeCondition(attribute, op, operand(attribute, c.substring(op.symbol().length())),
                        null);
            }
        }
        int range = c.indexOf("..");
        if (range > 0) {
            String low = operand(attribute, c.substring(0, range));
            String high = operand(attribute, c.substring(range + 2));
            if (compare(attribute, low, high) > 0) {
                throw new InvalidInputException("The range " + c + " of " + attribute.name()
                        + " goes from the larger to the smaller value.");
            }
            return new AttributeCondition(attribute, Operator.BETWEEN, low, high);
        }
        return new AttributeCondition(attribute, Operator.EQUALS, operand(attribute, c), null);
    }

    private static String operand(Attribute attribute, String text) {
        String v = text.strip();
        if (v.isEmpty()) {
            throw new InvalidInputException("The filter on " + attribute.name() + " needs a value to compare with.");
        }
        AttributeValues.valid(attribute, v);
        return v;
    }

    private static int compare(Attribute attribute, String a, String b) {
        if (attribute.type() == AttributeType.NUMBER) {
            BigDecimal x = AttributeValues.number(a).orElseThrow();
            return x.compareTo(AttributeValues.number(b).orElseThrow());
        }
        LocalDate x = AttributeValues.date(a).orElseThrow();
        return x.compareTo(AttributeValues.date(b).orElseThrow());
    }

    public Attribute attribute() {
        return attribute;
    }

    public Operator operator() {
        return operator;
    }

    /** Whether a plain value, compared as text (case ignored): the filters that list the values present. */
    public boolean isPlainEquality() {
        return operator == Operator.EQUALS;
    }

    /** The value compared with (the lower end of a range). */
    public String operand() {
        return operand;
    }

    /** Whether a case's value meets the condition; a missing value, or one that does not fit the type, never does. */
    public boolean test(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        String v = value.strip();
        boolean ordered = attribute.type() == AttributeType.NUMBER || attribute.type() == AttributeType.DATE;
        if (!ordered) {
            return v.toLowerCase(Locale.ROOT).equals(operand.toLowerCase(Locale.ROOT));
        }
        boolean fits = attribute.type() == AttributeType.NUMBER ? AttributeValues.number(v).isPresent()
                : AttributeValues.date(v).isPresent();
        if (!fits) {
            return false;
        }
        int c = compare(attribute, v, operand);
        return switch (operator) {
            case EQUALS -> c == 0;
            case GREATER -> c > 0;
            case GREATER_OR_EQUAL -> c >= 0;
            case LESS -> c < 0;
            case LESS_OR_EQUAL -> c <= 0;
            case BETWEEN -> c >= 0 && compare(attribute, v, upper) <= 0;
        };
    }

    /** The condition as a filter writes it after the name: {@code =manager}, {@code >30}, {@code =30..40}. */
    public String text() {
        return switch (operator) {
            case EQUALS -> operand;
            case BETWEEN -> operand + ".." + upper;
            default -> operator.symbol() + operand;
        };
    }

    /** For people: "Age > 30", "Age ≥ 30", "Age 30–40", "role = manager". */
    public String describe() {
        return switch (operator) {
            case BETWEEN -> attribute.name() + " " + operand + "–" + upper;
            case GREATER_OR_EQUAL -> attribute.name() + " ≥ " + operand;
            case LESS_OR_EQUAL -> attribute.name() + " ≤ " + operand;
            default -> attribute.name() + " " + operator.symbol() + " " + operand;
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
