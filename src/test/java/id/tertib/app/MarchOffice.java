package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.Holiday;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A small office on a real database for the leave and travel tests: one seksi with Budi (PNS), Siti (PPPK) and Baru
 * (a CPNS appointed March 2026), and March 2026 with Nyepi on Thursday 19 and cuti bersama on Friday 20.
 */
record MarchOffice(Tertib tertib, Unit seksi, Employee budi, Employee siti, Employee baru) {

    static final String NIP_BARU = "199805102026031003";

    static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    static MarchOffice open(Path dir) {
        Tertib tertib = AppFixtures.open(dir);
        Unit dinas = tertib.units().save(new Unit(0, "DIN", "Dinas", null));
        Unit seksi = tertib.units().save(new Unit(0, "SEK1", "Seksi Satu", dinas.id()));
        Employee budi = tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_BUDI, "Budi", EmploymentStatus.PNS,
                null, "III/a", seksi.id()));
        Employee siti = tertib.employees().save(AppFixtures.draft(AppFixtures.NI_SITI, "Siti", EmploymentStatus.PPPK,
                Gender.FEMALE, "IX", seksi.id()));
        Employee baru = tertib.employees().save(AppFixtures.draft(NIP_BARU, "Baru", EmploymentStatus.CPNS, null,
                "II/a", seksi.id()));
        tertib.calendar().save(new Holiday(march(19), "Hari Suci Nyepi", Holiday.HolidayKind.NATIONAL));
        tertib.calendar().save(new Holiday(march(20), "Cuti bersama Nyepi", Holiday.HolidayKind.CUTI_BERSAMA));
        return new MarchOffice(tertib, seksi, budi, siti, baru);
    }
}
