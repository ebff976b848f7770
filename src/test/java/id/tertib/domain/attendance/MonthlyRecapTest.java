package id.tertib.domain.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MonthlyRecapTest {

    /** August 2025: 1 Aug is a Friday; 17 Aug (Sunday) is Independence Day; weekends empty. */
    private static final YearMonth AUGUST = YearMonth.of(2025, 8);
    private static final MonthlyRecap.Person BUDI =
            new MonthlyRecap.Person("198609262015051001", "19860926 201505 1 001", "Budi Santoso", 7, "Seksi A");

    private static AttendanceDay machine(int day, String code, int late, int early) {
        return new AttendanceDay(1, AUGUST.atDay(day), code, Optional.of(LocalTime.of(7, 30).plusMinutes(late)),
                Optional.of(LocalTime.of(16, 0).minusMinutes(early)), late, early, DaySource.MACHINE, "", "",
                Optional.empty());
    }

    private static AttendanceDay coded(int day, String code) {
        return AttendanceDay.coded(1, AUGUST.atDay(day), code, DaySource.MANUAL, "");
    }

    @Test
    void aHandWorkedMonthGivesTheCellsAndTotalsOfThePaperRecap() {
        Map<LocalDate, AttendanceDay> records = new HashMap<>();
        for (AttendanceDay d : new AttendanceDay[] {
            machine(1, "H", 0, 0),      // Fri
            machine(4, "TL", 12, 0),    // Mon: 12 minutes late
            machine(5, "PSW", 0, 5),    // Tue: left 5 minutes early
            coded(6, "S"), coded(7, "CT"), coded(8, "DL"),
            machine(11, "TL", 30, 0).corrected(AttendanceCodes.defaults().require("DL"), "surat tugas"), // late, then found to be on duty
            coded(12, "TK"),
            coded(9, "H"),              // a Saturday: not a working day, neither shown nor counted
        }) {
            records.put(d.date(), d);
        }

        MonthlyRecap.Row row = MonthlyRecap.Row.of(BUDI, AUGUST,
                Calendars2025.calendar()::isWorkingDay, records, AttendanceCodes.defaults());

        assertThat(row.codes()).hasSize(31);
        assertThat(row.codes().subList(0, 12))
                .containsExactly("H", "", "", "TL", "PSW", "S", "CT", "DL", "", "", "DL", "TK");
        assertThat(row.totals()).isEqualTo(new MonthTotals(3, 12, 5, 1, 0, 1, 2, 1, 0));
        assertThat(row.nip()).isEqualTo("198609262015051001");
        assertThat(row.unitName()).isEqualTo("Seksi A");
    }

    @Test
    void aDayWithOnlyOnePunchCountsAsIncompleteUntilSomeoneCorrectsIt() {
        AttendanceDay arrivalOnly = new AttendanceDay(1, AUGUST.atDay(4), "H", Optional.of(LocalTime.of(7, 20)),
                Optional.empty(), 0, 0, DaySource.MACHINE, "MISSING_DEPARTURE", "", Optional.empty());
        AttendanceDay departureOnly = new AttendanceDay(1, AUGUST.atDay(5), "PSW", Optional.empty(),
                Optional.of(LocalTime.of(15, 50)), 0, 10, DaySource.MACHINE, "MISSING_ARRIVAL", "", Optional.empty());
        AttendanceDay settled = new AttendanceDay(1, AUGUST.atDay(6), "H", Optional.of(LocalTime.of(7, 25)),
                Optional.empty(), 0, 0, DaySource.MACHINE, "MISSING_DEPARTURE", "", Optional.empty())
                .corrected(AttendanceCodes.H, "lupa absen pulang, dikonfirmasi atasan");
        AttendanceDay lunchScan = new AttendanceDay(1, AUGUST.atDay(7), "H", Optional.of(LocalTime.of(7, 25)),
                Optional.of(LocalTime.of(16, 5)), 0, 0, DaySource.MACHINE, "PUNCHES_OUTSIDE_WINDOWS", "",
                Optional.empty());
        Map<LocalDate, AttendanceDay> records = new HashMap<>();
        for (AttendanceDay d : new AttendanceDay[] {arrivalOnly, departureOnly, settled, lunchScan}) {
            records.put(d.date(), d);
        }

        MonthlyRecap.Row row = MonthlyRecap.Row.of(BUDI, AUGUST, Calendars2025.calendar()::isWorkingDay, records,
                AttendanceCodes.defaults());

        assertThat(row.totals().present()).as("each of them counts as present by its code").isEqualTo(4);
        assertThat(row.totals().incomplete()).as("arrival only and departure only; not the corrected day")
                .isEqualTo(2);
    }

    @Test
    void anEmptyMonthIsAllBlankWithZeroTotals() {
        MonthlyRecap.Row row = MonthlyRecap.Row.of(BUDI, AUGUST, d -> true, Map.of(), AttendanceCodes.defaults());

        assertThat(row.codes()).hasSize(31).allMatch(String::isEmpty);
        assertThat(row.totals()).isEqualTo(MonthTotals.ZERO);
    }
}
