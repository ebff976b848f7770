package id.tertib.io.attendance;

import java.time.LocalDate;

/**
 * One row of a holiday calendar file. {@code row} is the row number a spreadsheet shows (header = 1);
 * {@code kind} is {@link #NATIONAL} or {@link #CUTI_BERSAMA}, whatever spelling the file used.
 */
public record HolidayRow(int row, LocalDate date, String name, String kind) {

    public static final String NATIONAL = "NATIONAL";
    public static final String CUTI_BERSAMA = "CUTI_BERSAMA";
}
