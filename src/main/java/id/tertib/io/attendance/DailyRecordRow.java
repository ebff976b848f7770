package id.tertib.io.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * One day of one person as another system recorded it. {@code row} is the row number a spreadsheet shows (header =
 * 1); {@code nip} and {@code code} are as written (spaces inside the NIP removed); absent columns give empty times,
 * 0 minutes and an empty note.
 */
public record DailyRecordRow(int row, String nip, LocalDate date, String code, Optional<LocalTime> arrival,
        Optional<LocalTime> departure, int lateMinutes, int earlyMinutes, String note) {
}
