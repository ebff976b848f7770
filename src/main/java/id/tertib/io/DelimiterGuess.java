package id.tertib.io;

import java.util.List;

/**
 * Picks the CSV delimiter: comma, or semicolon (Excel in an Indonesian locale, where the comma is the
 * decimal sign), or tab. The delimiter that splits some early line into the most known headers wins,
 * because a semicolon file may well have unquoted commas in names ("Budi, S.H."). Without any known
 * header, the character most frequent in the first line wins.
 */
final class DelimiterGuess {

    private static final char[] CANDIDATES = {',', ';', '\t'};
    private static final int LINES_TO_TRY = 20;

    private DelimiterGuess() {
    }

    static char guess(String text, List<Column> columns) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(LINES_TO_TRY).toList();
        if (lines.isEmpty()) {
            return ',';
        }
        char best = ',';
        int bestKnown = -1;
        long bestCount = -1;
        for (char d : CANDIDATES) {
            int known = lines.stream().mapToInt(l -> knownHeaders(l, d, columns)).max().orElse(0);
            long count = lines.get(0).chars().filter(c -> c == d).count();
            if (known > bestKnown || (known == bestKnown && count > bestCount)) {
                best = d;
                bestKnown = known;
                bestCount = count;
            }
        }
        return best;
    }

    private static int knownHeaders(String line, char delimiter, List<Column> columns) {
        String[] cells = line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)), -1);
        int known = 0;
        for (Column column : columns) {
            for (String cell : cells) {
                if (column.matches(cell.replace("\"", ""))) {
                    known++;
                    break;
                }
            }
        }
        return known;
    }
}
