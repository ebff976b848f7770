package id.tertib.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Golongan;
import id.tertib.domain.Unit;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationTest {

    @TempDir
    Path dir;

    @Test
    void upgradesAVersionOneDatabaseKeepingItsData() throws Exception {
        Path file = dir.resolve("old.db");
        Database v1 = Database.open(file, "1");
        assertThat(v1.schemaVersion()).isEqualTo("1");
        assertThat(catchThrowable(() -> StoreFixtures.execute(file, "SELECT * FROM setting")))
                .as("V1 has no setting table").hasMessageContaining("setting");

        // Data written by version 1 of the app, through a plain connection.
        StoreFixtures.execute(file,
                "INSERT INTO unit (id, code, name, parent_id) VALUES (1, 'DIN', 'Dinas Kominfo', NULL)",
                "INSERT INTO employee (number, name, gender, birth_date, status, golongan, position_kind, unit_id) "
                        + "VALUES ('198609262015051001', 'Budi Santoso', 'MALE', '1986-09-26', 'PNS', 'III/a', "
                        + "'PELAKSANA', 1)");

        // Read back through today's repositories, so migrated all the way (employee columns added since, e.g. V16).
        Database v2 = Database.open(file);

        assertThat(v2.schemaVersion()).isEqualTo("16");
        assertThat(v2.read((Database.Tx tx) -> tx.units().findAll())).containsExactly(new Unit(1, "DIN", "Dinas Kominfo", null));
        Employee budi = v2.read((Database.Tx tx) -> tx.employees().findByNumber("198609262015051001")).orElseThrow();
        assertThat(budi.name().full()).isEqualTo("Budi Santoso");
        assertThat(budi.birthDate()).isEqualTo(LocalDate.of(1986, 9, 26));
        assertThat(budi.status()).isEqualTo(EmploymentStatus.PNS);
        assertThat(budi.golongan()).isEqualTo(Golongan.III_A);
        assertThat(budi.active()).as("column default").isTrue();
        assertThat(budi.positionName()).isEmpty();

        v2.inTransaction(tx -> {
            tx.settings().put("ui.language", "en");
            return null;
        });
        assertThat(v2.read((Database.Tx tx) -> tx.settings().get("ui.language"))).contains("en");
        try (Connection c = StoreFixtures.raw(file);
                ResultSet rs = c.createStatement().executeQuery("SELECT value FROM setting WHERE name = 'ui.language'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("en");
        }
    }

    @Test
    void upgradesAVersionTwoDatabaseToCaseInsensitiveUnitCodes() throws Exception {
        Path file = dir.resolve("v2.db");
        Database.open(file, "2");
        StoreFixtures.execute(file,
                "INSERT INTO unit (id, code, name, parent_id) VALUES (1, 'din', 'Dinas Kominfo', NULL)",
                "INSERT INTO unit (id, code, name, parent_id) VALUES (2, 'SET.UK', 'Subbagian Umum', 1)",
                "INSERT INTO setting (name, value) VALUES ('ui.language', 'en')");

        Database v3 = Database.open(file, "3");

        assertThat(v3.schemaVersion()).isEqualTo("3");
        assertThat(v3.read((Database.Tx tx) -> tx.units().findByCode("DIN"))).contains(new Unit(1, "din", "Dinas Kominfo", null));
        assertThat(v3.read((Database.Tx tx) -> tx.units().findByCode("set.uk")).map(Unit::id)).contains(2L);
        assertThat(v3.read((Database.Tx tx) -> tx.settings().get("ui.language"))).contains("en");
        assertThat(catchThrowable(() -> StoreFixtures.execute(file,
                "INSERT INTO unit (code, name) VALUES ('Set.Uk', 'Kembar')")))
                .as("codes that differ only in case are refused").hasMessageContaining("UNIQUE");
    }

    @Test
    void upgradesAVersionThreeDatabaseWithAccountsAndAnEmptyAuditTrail() throws Exception {
        Path file = dir.resolve("v3.db");
        Database.open(file, "3");
        StoreFixtures.execute(file,
                "INSERT INTO unit (id, code, name, parent_id) VALUES (1, 'DIN', 'Dinas Kominfo', NULL)",
                "INSERT INTO employee (number, name, gender, birth_date, status, position_kind, unit_id) "
                        + "VALUES ('198609262015051001', 'Budi Santoso', 'MALE', '1986-09-26', 'PNS', 'PELAKSANA', 1)");

        Database v4 = Database.open(file, "4");

        assertThat(v4.schemaVersion()).isEqualTo("4");
        assertThat(v4.read((Database.Tx tx) -> tx.employees().count())).isEqualTo(1);
        assertThat(v4.read((Database.Tx tx) -> tx.users().count())).as("no accounts until one is created").isZero();
        assertThat(v4.read((Database.Tx tx) -> tx.audit().all())).isEmpty();
        assertThat(v4.read((Database.Tx tx) -> tx.employees().countRecords(1)))
                .as("the audit trail is no foreign key: it does not count as an employee's records").isZero();
        assertThat(catchThrowable(() -> StoreFixtures.execute(file,
                "INSERT INTO app_user (name, role, password_hash) VALUES ('a', 'ADMINISTRATOR', 'x')",
                "INSERT INTO app_user (name, role, password_hash) VALUES ('A', 'VIEWER', 'y')")))
                .as("account names differ by more than case").hasMessageContaining("UNIQUE");
    }

    @Test
    void upgradesAVersionFourDatabaseWithAnEmptyWorkingCalendar() throws Exception {
        Path file = dir.resolve("v4.db");
        Database.open(file, "4");
        StoreFixtures.execute(file,
                "INSERT INTO unit (id, code, name, parent_id) VALUES (1, 'DIN', 'Dinas Kominfo', NULL)",
                "INSERT INTO app_user (name, role, password_hash) VALUES ('admin', 'ADMINISTRATOR', 'x')");

        Database v5 = Database.open(file, "5");

        assertThat(v5.schemaVersion()).isEqualTo("5");
        assertThat(v5.read((Database.Tx tx) -> tx.users().count())).isEqualTo(1);
        assertThat(v5.read((Database.Tx tx) -> tx.calendar().years())).isEmpty();
        v5.inTransaction(tx -> {
            tx.calendar().addYear(2025);
            tx.calendar().addYear(2025);
            tx.calendar().insert(new id.tertib.domain.attendance.Holiday(java.time.LocalDate.of(2025, 8, 17),
                    "Hari Kemerdekaan RI", id.tertib.domain.attendance.Holiday.HolidayKind.NATIONAL));
            return null;
        });
        assertThat(v5.read((Database.Tx tx) -> tx.calendar().years())).as("adding a year twice keeps one").containsExactly(2025);
        assertThat(v5.read((Database.Tx tx) -> tx.calendar().holidays(2025))).hasSize(1);
        assertThat(catchThrowable(() -> StoreFixtures.execute(file,
                "INSERT INTO holiday (date, name, kind) VALUES ('2025-01-01', 'x', 'LIBUR')")))
                .as("only the two kinds").hasMessageContaining("CHECK");
    }

    @Test
    void upgradesAVersionFiveDatabaseAndKeepsPunchesOncePerSecond() throws Exception {
        Path file = dir.resolve("v5.db");
        Database.open(file, "5");
        StoreFixtures.execute(file,
                "INSERT INTO unit (id, code, name, parent_id) VALUES (1, 'DIN', 'Dinas Kominfo', NULL)",
                "INSERT INTO employee (id, number, name, gender, birth_date, status, position_kind, unit_id, pin) "
                        + "VALUES (1, '198609262015051001', 'Budi', 'MALE', '1986-09-26', 'PNS', 'PELAKSANA', 1, '7')",
                "INSERT INTO calendar_year (year) VALUES (2026)");

        Database v6 = Database.open(file, "6");

        assertThat(v6.schemaVersion()).isEqualTo("6");
        assertThat(v6.read((Database.Tx tx) -> tx.calendar().years())).containsExactly(2026);
        assertThat(v6.read((Database.Tx tx) -> tx.employees().countRecords(1))).isZero();
        StoreFixtures.execute(file,
                "INSERT INTO punch_import (id, file_name, file_sha256, imported_at, imported_by, covers_from, covers_to, "
                        + "read_count, stored_count, duplicates, rejected) VALUES (1, 'a.dat', 'x', 'now', 'hr', "
                        + "'2026-11-02', '2026-11-02', 2, 1, 1, 0)",
                "INSERT INTO punch (employee_id, at, import_id) VALUES (1, '2026-11-02 07:31:00', 1)",
                "INSERT INTO attendance_day (employee_id, date, code, source) VALUES (1, '2026-11-02', 'TL', 'MACHINE')");
        assertThat(catchThrowable(() -> StoreFixtures.execute(file,
                "INSERT INTO punch (employee_id, at, import_id) VALUES (1, '2026-11-02 07:31:00', 1)")))
                .as("one punch per person and second").hasMessageContaining("UNIQUE");
        assertThat(catchThrowable(() -> StoreFixtures.execute(file,
                "INSERT INTO attendance_day (employee_id, date, code, source) VALUES (1, '2026-11-03', 'H', 'GUESS')")))
                .as("only the known sources").hasMessageContaining("CHECK");
        assertThat(v6.read((Database.Tx tx) -> tx.employees().countRecords(1)))
                .as("punches and days count as the employee's records").isGreaterThanOrEqualTo(2);
    }

    @Test
    void upgradesAVersionSixDatabaseWithAttendanceToAnEmptyLeaveRegister() throws Exception {
        Path file = dir.resolve("v6.db");
        Database.open(file, "6");
        StoreFixtures.execute(file,
                "INSERT INTO unit (id, code, name, parent_id) VALUES (1, 'DIN', 'Dinas Kominfo', NULL)",
                "INSERT INTO employee (id, number, name, gender, birth_date, status, position_kind, unit_id) "
                        + "VALUES (1, '198609262015051001', 'Budi', 'MALE', '1986-09-26', 'PNS', 'PELAKSANA', 1)",
                "INSERT INTO calendar_year (year) VALUES (2026)",
                "INSERT INTO attendance_day (employee_id, date, code, source) VALUES (1, '2026-11-02', 'TK', 'DERIVED')");

        Database v7 = Database.open(file, "7");

        assertThat(v7.schemaVersion()).isEqualTo("7");
        assertThat(v7.read((Database.Tx tx) -> tx.attendance().day(1, LocalDate.of(2026, 11, 2))).map(d -> d.code()))
                .contains("TK");
        assertThat(v7.read((Database.Tx tx) -> tx.leave().count())).isZero();
        assertThat(v7.read((Database.Tx tx) -> tx.leave().openings(1))).isEmpty();
        int before = v7.read((Database.Tx tx) -> tx.employees().countRecords(1));
        StoreFixtures.execute(file,
                "INSERT INTO leave_request (employee_id, code, date_from, date_to, status, working_days) "
                        + "VALUES (1, 'CT', '2026-11-02', '2026-11-03', 'APPROVED', 2)",
                "INSERT INTO leave_opening (employee_id, year, carried_over, taken_before) VALUES (1, 2026, 6, 0)");
        assertThat(v7.read((Database.Tx tx) -> tx.employees().countRecords(1)))
                .as("leave counts as the employee's records, so he is deactivated, never deleted").isEqualTo(before + 2);
        assertThat(catchThrowable(() -> StoreFixtures.execute(file,
                "INSERT INTO leave_request (employee_id, code, date_from, date_to, status) "
                        + "VALUES (1, 'CT', '2026-11-05', '2026-11-04', 'REQUESTED')")))
                .as("the last day is not before the first").hasMessageContaining("CHECK");
        assertThat(catchThrowable(() -> StoreFixtures.execute(file,
                "INSERT INTO leave_request (employee_id, code, date_from, date_to, status) "
                        + "VALUES (1, 'CT', '2026-11-05', '2026-11-05', 'MAYBE')")))
                .as("only the four statuses").hasMessageContaining("CHECK");
    }

    @Test
    void upgradesAVersionSixDatabaseToPunchesKeyedByPersonAndSecondKeepingThem() throws Exception {
        Path file = dir.resolve("v6.db");
        Database.open(file, "6");
        StoreFixtures.execute(file,
                "INSERT INTO unit (id, code, name, parent_id) VALUES (1, 'DIN', 'Dinas Kominfo', NULL)",
                "INSERT INTO employee (id, number, name, gender, birth_date, status, position_kind, unit_id, pin) "
                        + "VALUES (1, '198609262015051001', 'Budi', 'MALE', '1986-09-26', 'PNS', 'PELAKSANA', 1, '7')",
                "INSERT INTO punch_import (id, file_name, file_sha256, imported_at, imported_by, covers_from, covers_to, "
                        + "read_count, stored_count, duplicates, rejected) VALUES (1, 'a.dat', 'x', 'now', 'hr', "
                        + "'2026-11-02', '2026-11-02', 2, 2, 0, 0)",
                "INSERT INTO punch (employee_id, at, import_id, state, verify) VALUES (1, '2026-11-02 16:05:00', 1, '1', '15')",
                "INSERT INTO punch (employee_id, at, import_id, state, verify) VALUES (1, '2026-11-02 07:31:00', 1, '0', '1')");

        Database v9 = Database.open(file, "9");

        assertThat(v9.schemaVersion()).isEqualTo("9");
        assertThat(v9.read((Database.Tx tx) -> tx.attendance().punches(1, LocalDate.of(2026, 11, 2))))
                .containsExactly(java.time.LocalDateTime.of(2026, 11, 2, 7, 31), java.time.LocalDateTime.of(2026, 11, 2, 16, 5));
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                ResultSet rs = c.createStatement().executeQuery("SELECT sql FROM sqlite_master WHERE name = 'punch'")) {
            assertThat(rs.getString(1)).contains("WITHOUT ROWID");
        }
        assertThat(catchThrowable(() -> StoreFixtures.execute(file,
                "INSERT INTO punch (employee_id, at, import_id) VALUES (1, '2026-11-02 07:31:00', 1)")))
                .as("still one punch per person and second").hasMessageContaining("UNIQUE");
        assertThat(catchThrowable(() -> StoreFixtures.execute(file, "PRAGMA foreign_keys = ON",
                "INSERT INTO punch (employee_id, at, import_id) VALUES (2, '2026-11-02 07:31:00', 1)")))
                .as("still only stored people").hasMessageContaining("FOREIGN KEY");
        assertThat(v9.read((Database.Tx tx) -> tx.employees().countRecords(1))).isGreaterThanOrEqualTo(2);
    }

    @Test
    void version10KeepsEveryAttendanceDayAndAcceptsTravelDays(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("v9.db");
        Database.open(file, "9");
        StoreFixtures.execute(file,
                "INSERT INTO unit (id, code, name, parent_id) VALUES (1, 'DIN', 'Dinas Kominfo', NULL)",
                "INSERT INTO employee (id, number, name, gender, birth_date, status, position_kind, unit_id, pin) "
                        + "VALUES (1, '198609262015051001', 'Budi', 'MALE', '1986-09-26', 'PNS', 'PELAKSANA', 1, '7')",
                "INSERT INTO attendance_day (employee_id, date, code, arrival, departure, late_minutes, early_minutes, "
                        + "source, flags, note, machine_code) VALUES (1, '2026-11-02', 'TL', '07:45', '16:00', 15, 0, "
                        + "'MACHINE', '', '', NULL)",
                "INSERT INTO attendance_day (employee_id, date, code, source, note, machine_code) "
                        + "VALUES (1, '2026-11-03', 'CT', 'LEAVE', 'cuti #4', 'TK')");

        Database v10 = Database.open(file, "10");

        assertThat(v10.schemaVersion()).isEqualTo("10");
        List<id.tertib.domain.attendance.AttendanceDay> days = v10.read((Database.Tx tx) ->
                tx.attendance().days(List.of(1L), LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertThat(days).extracting(d -> d.code() + "/" + d.source() + "/" + d.lateMinutes() + "/" + d.machineCode())
                .containsExactly("TL/MACHINE/15/Optional.empty", "CT/LEAVE/0/Optional[TK]");
        StoreFixtures.execute(file, "INSERT INTO attendance_day (employee_id, date, code, source) "
                + "VALUES (1, '2026-11-04', 'DL', 'TRAVEL')");
        assertThat(catchThrowable(() -> StoreFixtures.execute(file, "INSERT INTO attendance_day (employee_id, date, "
                + "code, source) VALUES (1, '2026-11-05', 'DL', 'GUESS')"))).hasMessageContaining("CHECK");
        assertThat(catchThrowable(() -> StoreFixtures.execute(file, "INSERT INTO attendance_day (employee_id, date, "
                + "code, source) VALUES (1, '2026-11-02', 'H', 'MANUAL')"))).as("one row per person and day")
                .hasMessageContaining("UNIQUE");
        StoreFixtures.execute(file, "INSERT INTO surat_tugas (id, number, issued_on, unit_id, purpose, city, kind, "
                + "depart, return_on, status) VALUES (1, '090/1/2026', '2026-11-01', 1, 'Rapat', 'Bandung', "
                + "'LUAR_KOTA', '2026-11-04', '2026-11-05', 'ACTIVE')");
        assertThat(catchThrowable(() -> StoreFixtures.execute(file, "INSERT INTO surat_tugas (number, issued_on, "
                + "unit_id, purpose, city, kind, depart, return_on, status) VALUES ('090/1/2026', '2026-11-01', 1, "
                + "'x', 'y', 'LUAR_KOTA', '2026-11-04', '2026-11-05', 'ACTIVE')"))).as("numbers are unique")
                .hasMessageContaining("UNIQUE");
    }

    @Test
    void version12KeepsPeopleAndStoresDisciplineCasesWithTheirStepsTeamAndLetters(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("v10.db");
        Database.open(file, "10");
        StoreFixtures.execute(file,
                "INSERT INTO unit (id, code, name, parent_id) VALUES (1, 'DIN', 'Dinas Kominfo', NULL)",
                "INSERT INTO employee (id, number, name, gender, birth_date, status, position_kind, unit_id, pin) "
                        + "VALUES (1, '198609262015051001', 'Budi', 'MALE', '1986-09-26', 'PNS', 'PELAKSANA', 1, '7')");

        Database db = Database.open(file, "13");

        assertThat(db.schemaVersion()).isEqualTo("13");
        var opened = db.inTransaction((Database.Tx tx) -> {
            var c = tx.discipline().insert(new id.tertib.domain.discipline.DisciplineCase(0, 1, 2026, "PP94/2021",
                    id.tertib.domain.discipline.Level.SEDANG, "potonganTukin6", "Pasal 10", 9, 520, 410, 11, 3,
                    LocalDate.of(2026, 11, 2), "hr", List.of(), List.of()));
            tx.discipline().insertStep(c.id(), new id.tertib.domain.discipline.CaseStep(0,
                    id.tertib.domain.discipline.StepKind.SUMMONS_1, LocalDate.of(2026, 11, 3), "hr", "800/1", ""));
            tx.discipline().replaceTeam(c.id(), List.of(new id.tertib.domain.discipline.TeamMember("Ahmad", "",
                    id.tertib.domain.discipline.TeamRole.SUPERIOR)));
            tx.discipline().saveLetter(c.id(), new DisciplineRepository.StoredLetter(
                    id.tertib.domain.discipline.LetterKind.BAP, "isi", "hr", "2026-11-03T01:00:00Z"));
            return c;
        });
        var stored = db.read((Database.Tx tx) -> tx.discipline().find(opened.id()).orElseThrow());
        assertThat(stored.steps()).extracting(s -> s.kind().name() + " " + s.date()).containsExactly(
                "SUMMONS_1 2026-11-03");
        assertThat(stored.team()).extracting(t -> t.name()).containsExactly("Ahmad");
        assertThat(stored.lateMinutes()).isEqualTo(520);
        assertThat(db.read((Database.Tx tx) -> tx.employees().countRecords(1))).isEqualTo(1);
        assertThat(catchThrowable(() -> StoreFixtures.execute(file, "INSERT INTO discipline_case (employee_id, year, "
                + "rule_set, level, punishment, article, tk_days, late_minutes, early_minutes, total_days, run_length, "
                + "opened_on, opened_by) VALUES (1, 2026, 'x', 'PARAH', 'x', 'x', 0, 0, 0, 0, 0, '2026-11-02', 'hr')")))
                .hasMessageContaining("CHECK");
    }

    @Test
    void version14KeepsPeopleAndRemembersTheUnitsEachMachineServes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("v13.db");
        Database.open(file, "13");
        StoreFixtures.execute(file,
                "INSERT INTO unit (id, code, name, parent_id) VALUES (1, 'DIN', 'Dinas Kominfo', NULL)",
                "INSERT INTO unit (id, code, name, parent_id) VALUES (2, 'GB', 'Gedung B', 1)",
                "INSERT INTO unit (id, code, name, parent_id) VALUES (3, 'GC', 'Gedung C', 1)",
                "INSERT INTO employee (id, number, name, gender, birth_date, status, position_kind, unit_id, pin) "
                        + "VALUES (1, '198609262015051001', 'Budi', 'MALE', '1986-09-26', 'PNS', 'PELAKSANA', 1, '7')");

        Database db = Database.open(file, "14");

        assertThat(db.schemaVersion()).isEqualTo("14");
        assertThat(db.read((Database.Tx tx) -> tx.employees().countRecords(1))).isZero();
        db.inTransaction((Database.Tx tx) -> tx.machines().save("BWXP201260011", List.of(2L, 3L)));
        db.inTransaction((Database.Tx tx) -> tx.machines().save("bwxp201260011", List.of(2L)));
        var machine = db.read((Database.Tx tx) -> tx.machines().find("Bwxp201260011")).orElseThrow();
        assertThat(machine.name()).as("the name as first written").isEqualTo("BWXP201260011");
        assertThat(machine.unitIds()).as("saving again replaces the units").containsExactly(2L);
        assertThat(catchThrowable(() -> StoreFixtures.execute(file,
                "INSERT INTO machine (name) VALUES ('bwxp201260011')")))
                .as("one machine per name, whatever the case").hasMessageContaining("UNIQUE");
        StoreFixtures.execute(file, "PRAGMA foreign_keys = ON", "DELETE FROM unit WHERE id = 2");
        assertThat(db.read((Database.Tx tx) -> tx.machines().all())).containsEntry("BWXP201260011", java.util.Set.of());
    }

    @Test
    void version15KeepsEveryDayAndReadsAPeriodsAbsenceDaysThroughItsOwnIndex(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("v14.db");
        Database.open(file, "14");
        StoreFixtures.execute(file,
                "INSERT INTO unit (id, code, name, parent_id) VALUES (1, 'DIN', 'Dinas Kominfo', NULL)",
                "INSERT INTO employee (id, number, name, gender, birth_date, status, position_kind, unit_id, pin) "
                        + "VALUES (1, '198609262015051001', 'Budi', 'MALE', '1986-09-26', 'PNS', 'PELAKSANA', 1, '7')",
                "INSERT INTO attendance_day (employee_id, date, code, source) VALUES (1, '2026-11-02', 'H', 'MACHINE')",
                "INSERT INTO attendance_day (employee_id, date, code, source) VALUES (1, '2026-11-03', 'CT', 'IMPORTED')",
                "INSERT INTO attendance_day (employee_id, date, code, source, note) "
                        + "VALUES (1, '2026-11-04', 'CT', 'LEAVE', 'cuti #4')",
                "INSERT INTO attendance_day (employee_id, date, code, source) VALUES (1, '2026-11-05', 'S', 'MANUAL')",
                "INSERT INTO attendance_day (employee_id, date, code, source) VALUES (1, '2026-11-06', 'TK', 'DERIVED')");

        Database db = Database.open(file, "15");

        assertThat(db.schemaVersion()).isEqualTo("15");
        List<String> read = new java.util.ArrayList<>();
        db.read((Database.Tx tx) -> {
            tx.attendance().forEachCoded(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                    List.of("CT", "S", "TK"), d -> read.add(d.date().getDayOfMonth() + " " + d.code() + " " + d.source()));
            return null;
        });
        assertThat(read).as("the leave register has the LEAVE day; TK is no absence").containsExactly(
                "3 CT IMPORTED", "5 S MANUAL");
        assertThat(db.read((Database.Tx tx) -> tx.attendance().countDays())).isEqualTo(5);
        try (Connection c = StoreFixtures.raw(file); ResultSet plan = c.createStatement().executeQuery(
                "EXPLAIN QUERY PLAN SELECT employee_id, date, code, source FROM attendance_day WHERE date >= '2026-01-01' "
                        + "AND date <= '2026-12-31' AND code NOT IN ('H', 'TL', 'PSW', 'DL', 'TK') AND code IN ('CT', 'S') "
                        + "AND source <> 'LEAVE'")) {
            assertThat(plan.next()).isTrue();
            assertThat(plan.getString("detail")).contains("COVERING INDEX attendance_day_absence");
        }
    }

    @Test
    void version16KeepsPeopleAndStoresATmtPppk(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("v15.db");
        Database.open(file, "15");
        StoreFixtures.execute(file,
                "INSERT INTO unit (id, code, name, parent_id) VALUES (1, 'DIN', 'Dinas Kominfo', NULL)",
                "INSERT INTO employee (id, number, name, gender, birth_date, status, position_kind, unit_id) "
                        + "VALUES (1, '199203150000212005', 'Ani', 'FEMALE', '1992-03-15', 'PPPK', 'PELAKSANA', 1)");

        Database db = Database.open(file, "16");

        assertThat(db.schemaVersion()).isEqualTo("16");
        Employee ani = db.read((Database.Tx tx) -> tx.employees().findById(1)).orElseThrow();
        assertThat(ani.appointedOn()).isNull();
        db.inTransaction((Database.Tx tx) -> {
            tx.employees().update(new Employee(1, ani.number(), ani.name(), ani.gender(), ani.birthDate(),
                    ani.status(), null, "", ani.positionKind(), 1, null, true, LocalDate.of(2023, 3, 1)));
            return null;
        });
        assertThat(db.read((Database.Tx tx) -> tx.employees().findById(1)).orElseThrow().appointedOn())
                .isEqualTo(LocalDate.of(2023, 3, 1));
    }
}
