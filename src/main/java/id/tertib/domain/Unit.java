package id.tertib.domain;

import java.util.regex.Pattern;

/** An organisational unit: dinas/badan, bidang/bagian or seksi/subbagian. {@code parentId} is null for a root. */
public record Unit(long id, String code, String name, Long parentId) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,30}");

    /** Checks the fields a user types; returns the problems, empty when fine. */
    public static java.util.List<Problem> check(String code, String name) {
        var problems = new java.util.ArrayList<Problem>();
        if (code == null || code.isBlank()) {
            problems.add(Problem.of("code", "unit.codeRequired"));
        } else if (!CODE.matcher(code.trim()).matches()) {
            problems.add(Problem.of("code", "unit.codeFormat", code.trim()));
        }
        if (name == null || name.isBlank()) {
            problems.add(Problem.of("name", "unit.nameRequired"));
        } else if (name.trim().length() > 200) {
            problems.add(Problem.of("name", "unit.nameTooLong", 200));
        }
        return problems;
    }

    public boolean isRoot() {
        return parentId == null;
    }
}
