package id.tertib.domain;

/** A name with front and back academic titles, as written on letters: "Dr. Ir. Budi Santoso, S.T., M.T.". */
public record PersonName(String frontTitle, String name, String backTitle) {

    public PersonName {
        frontTitle = clean(frontTitle);
        name = clean(name);
        backTitle = clean(backTitle);
    }

    private static String clean(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ");
    }

    public String full() {
        StringBuilder sb = new StringBuilder();
        if (!frontTitle.isEmpty()) {
            sb.append(frontTitle).append(' ');
        }
        sb.append(name);
        if (!backTitle.isEmpty()) {
            sb.append(", ").append(backTitle);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return full();
    }
}
