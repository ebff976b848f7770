package id.tertib.io.attendance;

import id.tertib.domain.attendance.MonthTotals;
import id.tertib.domain.attendance.MonthlyRecap;
import id.tertib.io.CsvTableWriter;
import java.io.IOException;
import java.time.YearMonth;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * A monthly recap as CSV for other systems:
 * {@code nip,name,1,...,N,hadir,tl_minutes,psw_minutes,sakit,izin,cuti,dl,tk,incomplete_days}, one row per person, a
 * column per date holding that day's code (empty on days that are not working days and on days without a record).
 * {@code incomplete_days} (last, so scripts reading the columns before it by position keep working) counts the days
 * with a missing arrival or departure nobody has corrected yet. The header is the same in every language, so scripts
 * can rely on it.
 */
public final class RecapCsvWriter {

    public static final List<String> TOTAL_COLUMNS =
            List.of("hadir", "tl_minutes", "psw_minutes", "sakit", "izin", "cuti", "dl", "tk", "incomplete_days");

    private RecapCsvWriter() {
    }

    public static List<String> header(YearMonth month) {
        List<String> header = new ArrayList<>(List.of("nip", "name"));
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            header.add(String.valueOf(d));
        }
        header.addAll(TOTAL_COLUMNS);
        return header;
    }

    public static void write(MonthlyRecap recap, Appendable out) throws IOException {
        List<MonthlyRecap.Row> rows = recap.rows();
        // Built row by row as the printer asks, so an agency's 8,000 rows are never all held as text at once.
        CsvTableWriter.write(out, header(recap.month()), java.util.Set.copyOf(TOTAL_COLUMNS), new AbstractList<>() {
            @Override
            public List<String> get(int index) {
                return line(rows.get(index));
            }

            @Override
            public int size() {
                return rows.size();
            }
        });
    }

    private static List<String> line(MonthlyRecap.Row row) {
        List<String> cells = new ArrayList<>(row.codes().size() + 10);
        cells.add(row.nip());
        cells.add(row.name());
        cells.addAll(row.codes());
        cells.addAll(totals(row.totals()).stream().map(String::valueOf).toList());
        return cells;
    }

    /** The totals in the order of {@link #TOTAL_COLUMNS}. */
    public static List<Integer> totals(MonthTotals t) {
        return List.of(t.present(), t.lateMinutes(), t.earlyMinutes(), t.sick(), t.permission(), t.leave(), t.duty(),
                t.unexcused(), t.incomplete());
    }
}
