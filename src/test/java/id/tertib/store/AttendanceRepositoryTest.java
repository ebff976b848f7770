package id.tertib.store;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Employee;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.attendance.RamadanPeriod;
import id.tertib.domain.attendance.Schedule;
import id.tertib.domain.attendance.WorkHours;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttendanceRepositoryTest {

    @TempDir
    Path dir;

    private Database db;
    private Employee budi;
    private Unit dinas;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        dinas = db.inTransaction(tx -> tx.units().insert(new Unit(0, "DIN", "Dinas", null)));
        budi = db.inTransaction(tx -> tx.employees().insert(StoreFixtures.budi(dinas.id())));
    }

    private long newImport() {
        return db.inTransaction(tx -> tx.attendance().insertImport(new AttendanceRepository.ImportRecord(0, "a.dat",
                "0".repeat(64), "2026-11-23T10:00:00Z", "hr", LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 3),
                3, 0, 0, 0)));
    }

    @Test
    void storesEachPunchOncePerPersonAndSecond() {
        long id = newImport();
        var at = LocalDateTime.of(2026, 11, 2, 7, 31, 0);
        List<AttendanceRepository.StoredPunch> punches = List.of(
                new AttendanceRepository.StoredPunch(budi.id(), at, "0", "1"),
                new AttendanceRepository.StoredPunch(budi.id(), at, "1", "1"),
                new AttendanceRepository.StoredPunch(budi.id(), at.withHour(16), "1", "1"));
        List<Integer> progress = new ArrayList<>();

        int added = db.inTransaction(tx -> tx.attendance().insertPunches(id, punches, progress::add));
        int again = db.inTransaction(tx -> tx.attendance().insertPunches(id, punches, progress::add));

        assertThat(added).isEqualTo(2);
        assertThat(again).as("re-importing adds nothing").isZero();
        assertThat(progress).containsExactly(3, 3);
        assertThat(db.read((Database.Tx tx) -> tx.attendance().punches(budi.id(), at.toLocalDate())))
                .containsExactly(at, at.withHour(16));
        List<LocalDateTime> seen = new ArrayList<>();
        db.read((Database.Tx tx) -> {
            tx.attendance().forEachPunch(List.of(budi.id()), at.toLocalDate(), at.toLocalDate(), (e, t) -> seen.add(t));
            return null;
        });
        assertThat(seen).containsExactly(at, at.withHour(16));
    }

    @Test
    void savesAndReplacesDaysKeepingEveryField() {
        LocalDate d = LocalDate.of(2026, 11, 2);
        AttendanceDay machine = new AttendanceDay(budi.id(), d, "TL", Optional.of(LocalTime.of(7, 31)),
                Optional.of(LocalTime.of(16, 2, 5)), 1, 0, DaySource.MACHINE, "", "", Optional.empty());
        db.inTransaction(tx -> {
            tx.attendance().saveDays(List.of(machine));
            return null;
        });
        AttendanceDay corrected = machine.corrected(id.tertib.domain.attendance.AttendanceCodes.defaults().require("DL"), "rapat di provinsi");
        db.inTransaction(tx -> {
            tx.attendance().saveDays(List.of(corrected));
            return null;
        });

        AttendanceDay stored = db.read((Database.Tx tx) -> tx.attendance().day(budi.id(), d)).orElseThrow();
        assertThat(stored).isEqualTo(corrected);
        assertThat(stored.machineCode()).contains("TL");
        assertThat(stored.arrival()).contains(LocalTime.of(7, 31));
        assertThat(db.read((Database.Tx tx) -> tx.attendance().days(List.of(budi.id()), d, d))).containsExactly(corrected);
        db.inTransaction(tx -> {
            tx.attendance().deleteDay(budi.id(), d);
            return null;
        });
        assertThat(db.read((Database.Tx tx) -> tx.attendance().countDays())).isZero();
    }

    @Test
    void schedulesRoundTripWithTheirHoursAndTheOfficeRamadanDates() {
        Schedule own = new Schedule(dinas.id(), LocalDate.of(2026, 1, 1), null,
                Map.of(DayOfWeek.MONDAY, WorkHours.of("07:00", "15:00", "12:00", "12:30"),
                        DayOfWeek.SATURDAY, WorkHours.withoutBreak("08:00", "12:00")), 120, List.of());
        long id = db.inTransaction(tx -> {
            tx.schedules().saveRamadan(new ScheduleRepository.RamadanDates(LocalDate.of(2026, 2, 18),
                    LocalDate.of(2026, 3, 19)));
            return tx.schedules().insert(own);
        });

        var stored = db.read((Database.Tx tx) -> tx.schedules().schedules());

        assertThat(stored).hasSize(1);
        Schedule s = stored.get(0).schedule();
        assertThat(stored.get(0).id()).isEqualTo(id);
        assertThat(s.week()).isEqualTo(own.week());
        assertThat(s.toleranceSeconds()).isEqualTo(120);
        assertThat(s.ramadan()).containsExactly(new RamadanPeriod(LocalDate.of(2026, 2, 18), LocalDate.of(2026, 3, 19),
                Schedule.perpres21_2023RamadanWeek()));
        assertThat(s.hoursFor(LocalDate.of(2026, 3, 2))).contains(WorkHours.of("08:00", "15:00", "12:00", "12:30"));
    }
}
