package id.tertib.domain.attendance;

import id.tertib.domain.attendance.Holiday.HolidayKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A few real 2025 dates (SKB 3 Menteri for 2025), not the full list: enough for hand-worked examples. The app never
 * ships these; offices enter or import their own.
 */
final class Calendars2025 {

    static final LocalDate TAHUN_BARU = LocalDate.of(2025, 1, 1);
    static final LocalDate KEMERDEKAAN = LocalDate.of(2025, 8, 17);
    static final LocalDate NATAL = LocalDate.of(2025, 12, 25);
    static final LocalDate CUTI_BERSAMA_NATAL = LocalDate.of(2025, 12, 26);

    private Calendars2025() {
    }

    static List<Holiday> holidays() {
        return List.of(
                new Holiday(TAHUN_BARU, "Tahun Baru 2025 Masehi", HolidayKind.NATIONAL),
                new Holiday(KEMERDEKAAN, "Hari Kemerdekaan Republik Indonesia", HolidayKind.NATIONAL),
                new Holiday(NATAL, "Kelahiran Yesus Kristus", HolidayKind.NATIONAL),
                new Holiday(CUTI_BERSAMA_NATAL, "Cuti bersama Kelahiran Yesus Kristus", HolidayKind.CUTI_BERSAMA));
    }

    static WorkingCalendar calendar() {
        return WorkingCalendar.mondayToFriday(Set.of(2025), holidays());
    }
}
