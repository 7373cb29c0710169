package io.strongroom.domain.policy;

/**
 * Policy glob matching: {@code *} matches any run of characters, {@code ?} exactly one. Used for
 * actions (case-insensitive), resources and StringLike conditions (case-sensitive).
 */
final class Wildcard {

    private Wildcard() {
    }

    static boolean matches(String pattern, String value, boolean ignoreCase) {
        String p = ignoreCase ? pattern.toLowerCase(java.util.Locale.ROOT) : pattern;
        String v = ignoreCase ? value.toLowerCase(java.util.Locale.ROOT) : value;
        // Iterative glob with backtracking to the last star: linear in practice, no regex compilation.
        int pi = 0;
        int vi = 0;
        int star = -1;
        int starValue = 0;
        while (vi < v.length()) {
            if (pi < p.length() && (p.charAt(pi) == '?' || p.charAt(pi) == v.charAt(vi))) {
                pi++;
                vi++;
            } else if (pi < p.length() && p.charAt(pi) == '*') {
                star = pi++;
                starValue = vi;
            } else if (star >= 0) {
                pi = star + 1;
                vi = ++starValue;
            } else {
                return false;
            }
        }
        while (pi < p.length() && p.charAt(pi) == '*') {
            pi++;
        }
        return pi == p.length();
    }
}
