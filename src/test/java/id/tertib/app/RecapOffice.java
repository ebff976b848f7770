package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.Holiday;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The demo office (40 people, hr signed in) with the 2026 calendar set (17 Aug 2026, a Monday, is Independence Day)
 * and Budi Santoso added to Seksi Pengembangan Aplikasi (APT.PA), the kasi account's unit.
 */
final class RecapOffice {

    /** August 2026: 1 Aug is a Saturday, 17 Aug a holiday; 20 working days. */
    static final YearMonth AUGUST = YearMonth.of(2026, 8);
    static final LocalDate KEMERDEKAAN = LocalDate.of(2026, 8, 17);

    /** Budi's hand-worked month: H, TL 12 min, PSW 5 min, S, CT, DL, a TL of 30 min (corrected later), TK. */
    static final String BUDI_MONTH = "nip,date,code,arrival,departure,late_minutes,early_minutes,note\n"
            + AppFixtures.NIP_BUDI + ",2026-08-03,H,07:25,16:05,,,\n"
            + AppFixtures.NIP_BUDI + ",2026-08-04,TL,07:42,16:01,12,,\n"
            + AppFixtures.NIP_BUDI + ",2026-08-05,PSW,07:20,15:55,,5,\n"
            + AppFixtures.NIP_BUDI + ",2026-08-06,S,,,,,surat dokter\n"
            + AppFixtures.NIP_BUDI + ",2026-08-07,CT,,,,,\n"
            + AppFixtures.NIP_BUDI + ",2026-08-10,DL,,,,,\n"
            + AppFixtures.NIP_BUDI + ",2026-08-11,TL,08:00,16:00,30,,\n"
            + AppFixtures.NIP_BUDI + ",2026-08-12,TK,,,,,\n";

    final Tertib tertib;
    final Unit aptPa;
    final Unit ikp;
    final Employee budi;

    RecapOffice(Path dir) {
        tertib = AppFixtures.open(dir);
        tertib.demo().fill(1, 40);
        tertib.auth().signIn("hr", DemoService.DEMO_PASSWORD);
        tertib.calendar().save(new Holiday(KEMERDEKAAN, "Hari Kemerdekaan RI", Holiday.HolidayKind.NATIONAL));
        aptPa = unit("APT.PA");
        ikp = unit("IKP");
        budi = tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_BUDI, "Budi Santoso", EmploymentStatus.PNS,
                Gender.MALE, "III/b", aptPa.id()));
    }

    Unit unit(String code) {
        return tertib.units().list().stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    Employee add(String nip, String name, Unit unit) {
        Gender gender = nip.charAt(14) == '1' ? Gender.MALE : Gender.FEMALE;
        return tertib.employees().save(AppFixtures.draft(nip, name, EmploymentStatus.PNS, gender, "III/a", unit.id()));
    }

    /** Imports Budi's month as hr, then corrects the 30-minute late day of 11 Aug to DL (a person's correction). */
    void budiMonth(Path dir) throws IOException {
        DailyImport daily = tertib.dailyImport();
        daily.commit(daily.preview(AppFixtures.write(dir, "budi.csv", BUDI_MONTH)));
        tertib.attendance().setCode(java.util.List.of(new CellState(budi.id(), LocalDate.of(2026, 8, 11),
                java.util.Optional.empty())), "DL", "surat tugas", "ternyata dinas luar");
    }

    void signInAs(String account) {
        tertib.auth().signOut();
        tertib.auth().signIn(account, DemoService.DEMO_PASSWORD);
    }
}
