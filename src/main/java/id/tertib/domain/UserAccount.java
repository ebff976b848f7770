package id.tertib.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** A person who signs in to Tertib. {@code unitId} is set for section heads and viewers. */
public record UserAccount(long id, String name, String fullName, Role role, Long unitId, boolean active) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]{2,60}");
    /** Long enough to resist guessing at a shared office PC, short enough to be typed daily. */
    public static final int MIN_PASSWORD_LENGTH = 8;

    /** User names are compared and stored in lower case. */
    public static String normalizeName(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }

    /** Checks a new account's fields; returns the problems, empty when fine. */
    public static java.util.List<Problem> check(String name, Role role, Long unitId) {
        var problems = new java.util.ArrayList<Problem>();
        if (!NAME.matcher(normalizeName(name)).matches()) {
            problems.add(Problem.of("name", "user.nameFormat"));
        }
        if (role == null) {
            problems.add(Problem.of("role", "user.roleRequired"));
        } else if (role.needsUnit() && unitId == null) {
            problems.add(Problem.of("unit", "user.unitRequired"));
        }
        return problems;
    }

    /** Checks a password a person chose. */
    public static java.util.List<Problem> checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return java.util.List.of(Problem.of("password", "user.passwordTooShort", MIN_PASSWORD_LENGTH));
        }
        return java.util.List.of();
    }
}
