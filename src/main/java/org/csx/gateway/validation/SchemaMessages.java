package org.csx.gateway.validation;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Xerces schema messages ("cvc-pattern-valid: Value '36-001' is not facet-valid ...") into one plain
 * sentence naming the element and the rule. Values of personal elements are never repeated.
 */
final class SchemaMessages {
    /** Elements whose values must not appear in a message (they end up in logs and rejection records). */
    static final Set<String> SENSITIVE = Set.of("Ssn", "AliasSsn", "DateOfBirth", "Last", "First", "Middle",
            "Suffix", "MaidenName", "MothersMaidenOrFathersName");

    private static final Pattern KEYED = Pattern.compile("^(cvc-[A-Za-z0-9.\\-]+):\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern NAMESPACE = Pattern.compile("\"[^\"]*\":");
    private static final Pattern PATTERN = Pattern.compile("with respect to pattern '(.*)' for type");
    private static final Pattern ENUMERATION = Pattern.compile("enumeration '\\[(.*)\\]'");
    private static final Pattern DATATYPE = Pattern.compile("is not a valid value for '([^']*)'");
    private static final Pattern MAX_LENGTH = Pattern.compile("with length = '(\\d+)'.*maxLength '(\\d+)'");
    private static final Pattern MIN_LENGTH = Pattern.compile("minLength '(\\d+)'");
    private static final Pattern STARTING_WITH = Pattern.compile("starting with element '\\{?([^'}]*)\\}?'");
    private static final Pattern EXPECTED = Pattern.compile("One of '\\{(.*)\\}' is expected");
    private static final Pattern ROOT = Pattern.compile("declaration of element '([^']*)'");

    private SchemaMessages() {
    }

    /** Xerces's per-element summary that repeats an earlier, more precise facet error. */
    static boolean isSummary(String message) {
        return message.startsWith("cvc-type.3.1.3") || message.startsWith("cvc-complex-type.2.2")
                || message.startsWith("cvc-attribute.3") || message.startsWith("cvc-elt.5.2.1");
    }

    static String readable(String xercesMessage, String element, String value) {
        boolean sensitive = SENSITIVE.contains(element);
        Matcher keyed = KEYED.matcher(xercesMessage.trim());
        String key = keyed.matches() ? keyed.group(1) : "";
        String body = NAMESPACE.matcher(keyed.matches() ? keyed.group(2) : xercesMessage.trim()).replaceAll("");
        String shown = sensitive || value.isBlank() ? "The value of " + element
                : "The value '" + value.strip() + "' of " + element;
        String sentence = switch (key) {
            case "cvc-pattern-valid" -> find(PATTERN, body)
                    .map(p -> shown + " does not have the required format " + p + ".").orElse(null);
            case "cvc-enumeration-valid" -> find(ENUMERATION, body)
                    .map(list -> shown + " is not one of the allowed codes: " + list + ".").orElse(null);
            case "cvc-datatype-valid.1.2.1" -> find(DATATYPE, body)
                    .map(type -> shown + " is not a valid " + describe(type) + ".").orElse(null);
            case "cvc-maxLength-valid" -> {
                Matcher m = MAX_LENGTH.matcher(body);
                yield m.find() ? element + " is " + m.group(1) + " characters long; at most " + m.group(2)
                        + " are allowed." : null;
            }
            case "cvc-minLength-valid" -> find(MIN_LENGTH, body)
                    .map(n -> element + " must have at least " + n + " character" + ("1".equals(n) ? "" : "s")
                            + ".").orElse(null);
            case "cvc-complex-type.2.4.a", "cvc-complex-type.2.4.d" -> find(STARTING_WITH, body)
                    .map(found -> "Element " + found + " is not allowed here"
                            + find(EXPECTED, body).map(exp -> "; expected one of: " + exp + ".").orElse("."))
                    .orElse(null);
            case "cvc-complex-type.2.4.b" -> find(EXPECTED, body)
                    .map(exp -> "Element " + element + " is incomplete; it still needs one of: " + exp + ".")
                    .orElse(null);
            case "cvc-elt.1.a" -> find(ROOT, body)
                    .map(root -> "The root element " + root + " is not a transmittal; expected Transmittal in"
                            + " namespace urn:csx:transmittal:1.").orElse(null);
            default -> null;
        };
        if (sentence == null) {
            sentence = element + ": " + body;
        }
        return sensitive ? mask(sentence, value) : sentence;
    }

    /** Belt and braces: a personal value must not survive in any wording Xerces may use. */
    static String mask(String message, String value) {
        String masked = message;
        for (String v : new String[] {value, value.strip(), value.strip().replaceAll("\\s+", " ")}) {
            if (!v.isEmpty()) {
                masked = masked.replace("'" + v + "'", "(value withheld)").replace("\"" + v + "\"", "(value withheld)");
                if (v.length() >= 3) {
                    masked = masked.replace(v, "(value withheld)");
                }
            }
        }
        return masked;
    }

    private static String describe(String type) {
        return switch (type) {
            case "date" -> "date (expected YYYY-MM-DD)";
            case "boolean" -> "true/false value";
            case "decimal" -> "number";
            case "int", "integer" -> "whole number";
            default -> type + " value";
        };
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
