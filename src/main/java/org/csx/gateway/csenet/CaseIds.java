package org.csx.gateway.csenet;

/**
 * The IGD rules for Case-ID, Other-Case-ID and New-Case-ID (brief 1.8): the first position is not a space, the
 * value is not made only of zeros and spaces, and it holds no '*' or '\'.
 */
final class CaseIds {
    private CaseIds() {
    }

    /** Why the raw 15-character field breaks the rules, or null when it is fine (blank is fine: absent). */
    static String problem(String raw) {
        if (raw.isBlank()) {
            return null;
        }
        if (raw.charAt(0) == ' ') {
            return "case id must not start with a space";
        }
        if (raw.chars().allMatch(c -> c == '0' || c == ' ')) {
            return "case id must not be only zeros and spaces";
        }
        if (raw.indexOf('*') >= 0 || raw.indexOf('\\') >= 0) {
            return "case id must not contain '*' or '\\'";
        }
        return null;
    }

    static String read(FieldReader r, String field) {
        String problem = problem(r.raw(field));
        if (problem != null) {
            r.error(CsenetErrorCode.INVALID_VALUE, field, problem);
            return null;
        }
        return r.text(field);
    }
}
