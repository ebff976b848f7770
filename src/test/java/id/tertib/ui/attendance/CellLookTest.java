package id.tertib.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.attendance.AttendanceCodes;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which look a stored day gets, and when it carries the "needs a look" dot. */
class CellLookTest {

    private static final AttendanceCodes CODES = AttendanceCodes.defaults();
    private static final LocalDate DAY = LocalDate.of(2026, 11, 4);

    private static AttendanceDay day(String code, DaySource source, String flags) {
        return new AttendanceDay(1, DAY, code, Optional.of(LocalTime.of(7, 42)), Optional.empty(), 12, 0, source,
                flags, "", Optional.empty());
    }

    @Test
    void eachKindOfCodeHasItsLook() {
        assertThat(CellLook.of(day("H", DaySource.MACHINE, ""), CODES)).isEqualTo(CellLook.PRESENT);
        assertThat(CellLook.of(day("PSW", DaySource.MACHINE, ""), CODES)).isEqualTo(CellLook.LATE);
        assertThat(CellLook.of(day("TB", DaySource.MANUAL, ""), CODES)).isEqualTo(CellLook.DUTY);
        assertThat(CellLook.of(day("I", DaySource.MANUAL, ""), CODES)).isEqualTo(CellLook.SICK_OR_PERMISSION);
        assertThat(CellLook.of(day("CLTN", DaySource.MANUAL, ""), CODES)).isEqualTo(CellLook.LEAVE);
        assertThat(CellLook.of(day("XX", DaySource.IMPORTED, ""), CODES)).isEqualTo(CellLook.OTHER);
    }

    @Test
    void aDerivedTkLooksUnconfirmedUntilAPersonSetsIt() {
        assertThat(CellLook.of(day("TK", DaySource.DERIVED, "NO_PUNCH"), CODES)).isEqualTo(CellLook.DERIVED_UNEXCUSED);
        assertThat(CellLook.of(day("TK", DaySource.MANUAL, "NO_PUNCH"), CODES)).isEqualTo(CellLook.UNEXCUSED);
    }

    @Test
    void punchesWithoutACodeShowAQuestionMark() {
        AttendanceDay unread = day("", DaySource.MACHINE, "PUNCHES_OUTSIDE_WINDOWS");
        assertThat(CellLook.of(unread, CODES)).isEqualTo(CellLook.UNREAD);
        assertThat(CellLook.shown(unread)).isEqualTo("?");
        assertThat(CellLook.needsLook(unread)).isFalse(); // the "?" says it already
    }

    @Test
    void theDotMarksIncompleteMachineEvidenceNobodyHasSettled() {
        assertThat(CellLook.needsLook(day("TL", DaySource.MACHINE, "MISSING_DEPARTURE"))).isTrue();
        assertThat(CellLook.needsLook(day("H", DaySource.MACHINE, "PUNCHES_OUTSIDE_WINDOWS"))).isTrue();
        assertThat(CellLook.needsLook(day("H", DaySource.MACHINE, ""))).isFalse();
        assertThat(CellLook.needsLook(day("TK", DaySource.DERIVED, "NO_PUNCH"))).isFalse();
        assertThat(CellLook.needsLook(day("DL", DaySource.MANUAL, "MISSING_DEPARTURE"))).isFalse();
    }
}
