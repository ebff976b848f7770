package id.tertib.app;

import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.attendance.Holiday;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Machine imports on a real database; the clock stands at Monday 23 Nov 2026, 10:00 WIB. */
class PunchImportTest {

    /** Week of Mon 16 to Fri 20 Nov 2026; PINs 1001 and 1002 punch, 1003..1010 never do. */
    static final String ATTLOG = "        1001\t2026-11-16 07:30:59\t1\t0\t1\t0\n"
            + "        1001\t2026-11-16 16:00:00\t1\t1\t1\t0\n"
            + "        1001\t2026-11-16 16:00:00\t1\t1\t1\t0\n"
            + "        1001\t2026-11-17 07:31:00\t1\t1\t1\t0\n"
            + "        1001\t2026-11-17 12:15:00\t1\t2\t1\t0\n"
            + "        1001\t2026-11-17 16:05:00\t1\t0\t1\t0\n"
            + "        1002\t2026-11-20 07:10:00\t1\t0\t1\t0\n"
            + "        9999\t2026-11-18 07:00:00\t1\t0\t1\t0\n"
            + "        1002\tnot a time\t1\t0\t1\t0\n";

    @TempDir
    Path dir;

    private Tertib tertib;

    @BeforeEach
    void setUp() {
        tertib = AppFixtures.open(dir);
        tertib.demo().fill(1, 10);
        tertib.auth().signIn("hr", DemoService.DEMO_PASSWORD);
        tertib.calendar().save(new Holiday(LocalDate.of(2026, 12, 25), "Hari Raya Natal", Holiday.HolidayKind.NATIONAL));
    }

    private Employee byPin(String pin) {
        return tertib.employees().list(EmployeeFilter.ALL).stream().filter(e -> pin.equals(e.pin())).findFirst()
                .orElseThrow();
    }

    private PunchPreview preview(String content) throws Exception {
        Path file = AppFixtures.write(dir, "X100_attlog.dat", content);
        return tertib.punchImport().preview(file, PunchImport.Format.of(file), null, ImportProgress.NONE);
    }

    private Map<LocalDate, AttendanceDay> week(Employee e) {
        MonthSheet sheet = tertib.attendance().month(e.unitId(), YearMonth.of(2026, 11));
        return sheet.records().getOrDefault(e.id(), Map.of());
    }

    @Test
    void previewCountsAndListsWithoutWriting() throws Exception {
        PunchPreview p = preview(ATTLOG);

        assertThat(p.read()).isEqualTo(9);
        assertThat(p.from()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(p.to()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(p.people()).isEqualTo(2);
        assertThat(p.newPunches()).isEqualTo(6);
        assertThat(p.duplicates()).as("the repeated 16:00 scan").isEqualTo(1);
        assertThat(p.rejectedCount()).as("a bad line and an unknown PIN").isEqualTo(2);
        assertThat(p.rejected()).extracting(ImportIssue::row, i -> i.problem().messageKey())
                .containsExactly(org.assertj.core.api.Assertions.tuple(8, "attendance.import.unknownPin"),
                        org.assertj.core.api.Assertions.tuple(9, p.rejected().get(1).problem().messageKey()));
        assertThat(p.outsideCount()).as("the lunch scan").isEqualTo(1);
        assertThat(p.outside().get(0).row()).isEqualTo(5);
        assertThat(p.blocking()).isEmpty();
        assertThat(p.sha256()).hasSize(64);
        assertThat(week(byPin("1001"))).isEmpty();
    }

    @Test
    void commitDerivesTheWeekToTheMinuteAndTkOnlyWhereNoPunch() throws Exception {
        PunchImport.Result r = tertib.punchImport().commit(preview(ATTLOG), ImportProgress.NONE);

        assertThat(r.stored()).isEqualTo(6);
        assertThat(r.duplicates()).isEqualTo(1);
        assertThat(r.rejected()).isEqualTo(2);
        assertThat(r.daysWritten()).as("the 2 people of the file's 2 units x 5 working days").isEqualTo(10);
        assertThat(r.derivedTk()).isEqualTo(3 + 4);
        Map<LocalDate, AttendanceDay> budi = week(byPin("1001"));
        AttendanceDay mon = budi.get(LocalDate.of(2026, 11, 16));
        assertThat(mon.code()).as("07:30:59 is on time").isEqualTo("H");
        assertThat(mon.source()).isEqualTo(DaySource.MACHINE);
        AttendanceDay tue = budi.get(LocalDate.of(2026, 11, 17));
        assertThat(tue.code()).as("07:31:00 is one minute late").isEqualTo("TL");
        assertThat(tue.lateMinutes()).isEqualTo(1);
        assertThat(tue.departure()).as("the last afternoon scan, whatever the device state").contains(LocalTime.of(16, 5));
        assertThat(tue.flags()).contains("PUNCHES_OUTSIDE_WINDOWS");
        assertThat(budi.get(LocalDate.of(2026, 11, 18)).code()).isEqualTo("TK");
        assertThat(budi.get(LocalDate.of(2026, 11, 18)).source()).isEqualTo(DaySource.DERIVED);
        AttendanceDay fri = week(byPin("1002")).get(LocalDate.of(2026, 11, 20));
        assertThat(fri.departure()).as("a missing departure is flagged, never filled in").isEmpty();
        assertThat(fri.flags()).contains("MISSING_DEPARTURE");
        assertThat(budi).as("nothing outside the imported period").doesNotContainKeys(LocalDate.of(2026, 11, 13),
                LocalDate.of(2026, 11, 23));
        assertThat(tertib.audit().list(AuditService.Filter.ALL)).extracting(AuditService.Change::entity)
                .contains("punch_import");
    }

    /** Adds an active person with a PIN to the unit of {@code colleague}. */
    private Employee addTo(Employee colleague, String nip, String name, String pin) {
        var d = AppFixtures.draft(nip, name, id.tertib.domain.EmploymentStatus.PNS,
                nip.charAt(14) == '1' ? id.tertib.domain.Gender.MALE : id.tertib.domain.Gender.FEMALE, "III/a",
                colleague.unitId());
        return tertib.employees().save(new id.tertib.domain.EmployeeDraft(0, d.number(), "", name, "", d.gender(),
                null, d.status(), d.golongan(), "Staf", d.positionKind(), d.unitId(), pin, true));
    }

    private String code(Employee e) {
        return tertib.units().list().stream().filter(u -> u.id() == e.unitId()).findFirst().orElseThrow().code();
    }

    @Test
    void aOneMachineFileMakesTkOnlyForThePeopleOfTheUnitsInItAndThePreviewSaysHowMany() throws Exception {
        // Building A's machine: PINs 1001 and 1002 (two units) scan; Dewi works in 1001's unit and did not come.
        // Everyone else (PINs 1003..1010) works in building B, whose machine's file is not imported yet.
        Employee dewi = addTo(byPin("1001"), AppFixtures.NIP_DEWI, "Dewi Lestari", "2001");
        Employee otherBuilding = byPin("1003");

        PunchPreview p = preview(ATTLOG);

        assertThat(p.scope().machine()).as("the serial in the ZKTeco file name").isEqualTo("X100");
        assertThat(p.scope().origin()).isEqualTo(PunchPreview.Origin.FILE);
        assertThat(p.scope().units()).extracting(id.tertib.domain.Unit::code)
                .containsExactlyInAnyOrder(code(byPin("1001")), code(byPin("1002")));
        assertThat(p.scope().absentPeople()).as("Dewi only").isEqualTo(1);
        assertThat(p.scope().tkDays()).as("Dewi's five working days").isEqualTo(5);
        I18n id = new I18n(I18n.INDONESIAN);
        assertThat(p.scope().describe(id)).contains("Mesin X100", code(byPin("1001")), code(byPin("1002")),
                "1 orang aktif ber-PIN di unit itu tidak ada dalam berkas dan mendapat 5 hari TK");

        PunchImport.Result r = tertib.punchImport().commit(p, ImportProgress.NONE);

        assertThat(r.derivedTk()).isEqualTo(3 + 4 + 5);
        assertThat(week(dewi).values()).extracting(AttendanceDay::code).containsOnly("TK").hasSize(5);
        assertThat(week(otherBuilding)).as("building B is not absent because building A's file lacks it").isEmpty();
    }

    @Test
    void unitsSetForAMachineAreRememberedForItsNextFileAndAudited() throws Exception {
        Employee ikp = byPin("1003");
        PunchImport imports = tertib.punchImport();
        Path file = AppFixtures.write(dir, "BWXP201260011_attlog.dat", ATTLOG);
        PunchImport.Machine buildingA = new PunchImport.Machine("", List.of(code(byPin("1001")).toLowerCase(),
                code(ikp)));

        PunchPreview first = imports.preview(file, PunchImport.Format.ATTLOG, null, buildingA, ImportProgress.NONE);
        assertThat(first.scope().origin()).isEqualTo(PunchPreview.Origin.GIVEN);
        assertThat(first.scope().remembered()).isTrue();
        assertThat(first.scope().absentPeople()).as("PIN 1003 of IKP, not in the file").isEqualTo(1);
        assertThat(imports.machines()).as("a preview remembers nothing").isEmpty();
        imports.commit(first, ImportProgress.NONE);

        assertThat(imports.machines()).containsOnlyKeys("BWXP201260011");
        assertThat(imports.machines().get("BWXP201260011")).containsExactlyInAnyOrder(code(byPin("1001")), code(ikp));
        assertThat(week(ikp)).hasSize(5);
        assertThat(week(byPin("1002"))).as("in the file, so its days are derived whatever its unit").hasSize(5);
        assertThat(week(byPin("1004"))).as("another unit, not served").isEmpty();
        PunchPreview next = imports.preview(file, PunchImport.Format.ATTLOG, null, PunchImport.Machine.FROM_FILE,
                ImportProgress.NONE);
        assertThat(next.scope().origin()).isEqualTo(PunchPreview.Origin.STORED);
        assertThat(next.scope().units()).extracting(id.tertib.domain.Unit::code)
                .containsExactlyInAnyOrder(code(byPin("1001")), code(ikp));
        assertThat(next.scope().absentPeople()).as("their TK is stored already").isZero();
        assertThat(tertib.audit().list(new AuditService.Filter(null, "machine", null, null)))
                .singleElement().satisfies(c -> {
                    assertThat(c.label()).isEqualTo("BWXP201260011");
                    assertThat(c.after().get("units")).contains(code(ikp));
                });
    }

    @Test
    void anUnknownUnitCodeIsRefusedNamingTheCodesThatExist() throws Exception {
        Path file = AppFixtures.write(dir, "X100_attlog.dat", ATTLOG);

        List<id.tertib.domain.Problem> problems = AppFixtures.refusal(() -> tertib.punchImport().preview(file,
                PunchImport.Format.ATTLOG, null, new PunchImport.Machine("", List.of("GEDUNG-Z")), ImportProgress.NONE));

        assertThat(problems).singleElement().satisfies(pr -> {
            assertThat(pr.messageKey()).isEqualTo("attendance.import.unknownUnits");
            assertThat(new I18n(I18n.INDONESIAN).text(pr)).contains("GEDUNG-Z", "SET.UK");
        });
    }

    @Test
    void aMachineIsKnownByTheSerialInAZktecoFileName() {
        assertThat(PunchImport.serial(Path.of("BWXP201260011_attlog.dat"))).contains("BWXP201260011");
        assertThat(PunchImport.serial(Path.of("/usb/2_ATTLOG.DAT"))).contains("2");
        assertThat(PunchImport.serial(Path.of("attlog.dat"))).isEmpty();
        assertThat(PunchImport.serial(Path.of("fingerspot.csv"))).isEmpty();
    }

    @Test
    void reimportingTheSameOrAnOverlappingFileAddsNothingTwice() throws Exception {
        tertib.punchImport().commit(preview(ATTLOG), ImportProgress.NONE);
        PunchPreview again = preview(ATTLOG + "        1002\t2026-11-20 16:40:00\t1\t1\t1\t0\n");

        assertThat(again.newPunches()).isEqualTo(1);
        assertThat(again.duplicates()).isEqualTo(7);
        PunchImport.Result r = tertib.punchImport().commit(again, ImportProgress.NONE);

        assertThat(r.stored()).isEqualTo(1);
        assertThat(r.daysWritten()).as("only Friday of PIN 1002 changes").isEqualTo(1);
        AttendanceDay fri = week(byPin("1002")).get(LocalDate.of(2026, 11, 20));
        assertThat(fri.departure()).contains(LocalTime.of(16, 40));
        assertThat(fri.flags()).isEmpty();
    }

    @Test
    void aCorrectionSurvivesLaterImportsAndKeepsTheMachineData() throws Exception {
        tertib.punchImport().commit(preview(ATTLOG), ImportProgress.NONE);
        Employee budi = byPin("1001");
        LocalDate tue = LocalDate.of(2026, 11, 17);
        tertib.attendance().setCode(List.of(new CellState(budi.id(), tue, Optional.empty())), "DL", "rapat",
                "surat tugas 12/XI");

        tertib.punchImport().commit(preview(ATTLOG), ImportProgress.NONE);

        AttendanceDay day = week(budi).get(tue);
        assertThat(day.code()).isEqualTo("DL");
        assertThat(day.source()).isEqualTo(DaySource.MANUAL);
        assertThat(day.machineCode()).contains("TL");
        assertThat(day.arrival()).isPresent();
        // DL cannot carry minutes: the correction cleared the machine's 1 minute (the audit trail keeps it; removing
        // the correction works it out again from the arrival time).
        assertThat(day.lateMinutes()).isZero();
        assertThat(tertib.attendance().month(budi.unitId(), YearMonth.of(2026, 11)).totals(budi.id()).lateMinutes())
                .as("a late day corrected to duty no longer counts its minutes").isZero();
    }

    @Test
    void cancellingOrARefusalLeavesNoTrace() throws Exception {
        PunchPreview p = preview(ATTLOG);
        AtomicInteger steps = new AtomicInteger();
        ImportProgress stopAtOnce = new ImportProgress() {
            @Override
            public void step(Phase phase, long done, long total) {
                steps.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };

        assertThat(catchThrowable(() -> tertib.punchImport().commit(p, stopAtOnce)))
                .isInstanceOf(ImportCancelledException.class);
        assertThat(steps).hasPositiveValue();
        assertThat(week(byPin("1001"))).isEmpty();
        assertThat(tertib.audit().list(new AuditService.Filter(null, "punch_import", null, null))).isEmpty();

        PunchPreview unset = preview("        1001\t2025-06-02 07:30:00\t1\t0\t1\t0\n");
        assertThat(unset.blocking()).extracting(pr -> pr.messageKey()).containsExactly("calendar.yearNotSet");
        assertThat(refusalKeys(() -> tertib.punchImport().commit(unset, ImportProgress.NONE)))
                .containsExactly("calendar.yearNotSet");
    }

    @Test
    void onlyAdministratorsAndHrOfficersImport() throws Exception {
        Path file = AppFixtures.write(dir, "a.dat", ATTLOG);
        tertib.auth().signOut();
        tertib.auth().signIn("kasi", DemoService.DEMO_PASSWORD);

        assertThat(refusalKeys(() -> tertib.punchImport().preview(file, PunchImport.Format.ATTLOG, null,
                ImportProgress.NONE))).containsExactly("access.attendanceImport");
    }
}
