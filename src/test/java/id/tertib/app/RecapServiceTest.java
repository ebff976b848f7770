package id.tertib.app;

import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Employee;
import id.tertib.domain.attendance.MonthTotals;
import id.tertib.domain.attendance.MonthlyRecap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecapServiceTest {

    @TempDir
    Path dir;

    private RecapOffice office;
    private Tertib tertib;

    @BeforeEach
    void setUp() {
        office = new RecapOffice(dir);
        tertib = office.tertib;
    }

    private MonthlyRecap.Row budiRow(MonthlyRecap recap) {
        return recap.rows().stream().filter(r -> r.nip().equals(AppFixtures.NIP_BUDI)).findFirst().orElseThrow();
    }

    private Employee head(String unitCode) {
        long unitId = office.unit(unitCode).id();
        return tertib.employees().list(new EmployeeFilter(unitId, null, "", false)).stream()
                .filter(e -> e.unitId() == unitId && e.positionKind().isStructural()).findFirst().orElseThrow();
    }

    @Test
    void budisHandWorkedMonthGivesHisCellsAndTotals() throws Exception {
        office.budiMonth(dir);

        MonthlyRecap recap = tertib.recap().recap(office.aptPa.id(), RecapOffice.AUGUST);

        MonthlyRecap.Row budi = budiRow(recap);
        assertThat(budi.codes()).hasSize(31);
        assertThat(budi.codes().subList(0, 12))
                .containsExactly("", "", "H", "TL", "PSW", "S", "CT", "", "", "DL", "DL", "TK");
        // The 30 late minutes of 11 Aug no longer count: that day is now DL.
        assertThat(budi.totals()).isEqualTo(new MonthTotals(3, 12, 5, 1, 0, 1, 2, 1, 0));
        assertThat(budi.name()).isEqualTo("Budi Santoso");
        assertThat(budi.nipGrouped()).isEqualTo("19860926 201505 1 001");
        assertThat(recap.unitName()).isEqualTo("Seksi Pengembangan Aplikasi");
        assertThat(recap.days()).hasSize(31);
        assertThat(recap.days().get(16).working()).isFalse();
        assertThat(recap.days().get(16).holidayName()).isEqualTo("Hari Kemerdekaan RI");
        assertThat(recap.days().stream().filter(MonthlyRecap.Day::working)).hasSize(20);
        Employee head = head("APT.PA");
        assertThat(recap.head()).contains(new MonthlyRecap.Signatory(head.name().full(), head.numberGrouped()));
    }

    @Test
    void peopleAreTheActiveOnesAndAnyoneWithARecordOrderedByUnitThenName() throws Exception {
        Employee gone = office.add(AppFixtures.NIP_DEWI, "Dewi Lestari", office.aptPa);
        Employee leftInAugust = office.add(AppFixtures.NIP_AGUS, "Agus Wibowo", office.aptPa);
        DailyImport daily = tertib.dailyImport();
        daily.commit(daily.preview(AppFixtures.write(dir, "agus.csv",
                "nip,date,code\n" + AppFixtures.NIP_AGUS + ",2026-08-03,H\n")));
        tertib.employees().setActive(gone.id(), false, "pensiun");
        tertib.employees().setActive(leftInAugust.id(), false, "pindah");

        MonthlyRecap seksi = tertib.recap().recap(office.aptPa.id(), RecapOffice.AUGUST);
        MonthlyRecap agency = tertib.recap().recap(null, RecapOffice.AUGUST);

        assertThat(seksi.rows()).extracting(MonthlyRecap.Row::nip)
                .contains(AppFixtures.NIP_AGUS, AppFixtures.NIP_BUDI).doesNotContain(AppFixtures.NIP_DEWI);
        List<String> names = seksi.rows().stream().map(MonthlyRecap.Row::name).toList();
        assertThat(names).isSortedAccordingTo(String::compareTo);
        // The agency: the top unit first, then each unit's subtree in code order.
        List<String> units = agency.rows().stream().map(MonthlyRecap.Row::unitName).distinct().toList();
        assertThat(units.subList(0, 4)).containsExactly("Dinas Komunikasi dan Informatika Kabupaten Sukamaju",
                "Bidang Aplikasi Informatika", "Seksi Layanan E-Government", "Seksi Pengembangan Aplikasi");
        assertThat(agency.rows().stream().map(MonthlyRecap.Row::unitId).distinct().count())
                .as("each unit's people together").isEqualTo(units.size());
        assertThat(agency.unitName()).isEqualTo("Dinas Komunikasi dan Informatika Kabupaten Sukamaju");
        Employee kadis = head("DKI");
        assertThat(agency.head()).contains(new MonthlyRecap.Signatory(kadis.name().full(), kadis.numberGrouped()));
    }

    @Test
    void aMonthWhoseCalendarIsNotSetIsRefused() {
        assertThat(refusalKeys(() -> tertib.recap().recap(office.aptPa.id(), YearMonth.of(2027, 1))))
                .containsExactly("calendar.yearNotSet");
    }

    @Test
    void aSectionHeadRecapsOnlyHisUnitsAndAViewerReadsHers() {
        office.signInAs("kasi");
        assertThat(tertib.recap().recap(office.aptPa.id(), RecapOffice.AUGUST).rows()).isNotEmpty();
        assertThat(refusalKeys(() -> tertib.recap().recap(null, RecapOffice.AUGUST)))
                .containsExactly("access.otherUnit");
        assertThat(refusalKeys(() -> tertib.recap().recap(office.ikp.id(), RecapOffice.AUGUST)))
                .containsExactly("access.otherUnit");

        office.signInAs("viewer");
        assertThat(tertib.recap().recap(office.ikp.id(), RecapOffice.AUGUST).rows()).isNotEmpty();
    }

    @Test
    void csvExportHasTheExactHeaderAndEmptyCellsOnWeekendsAndTheHoliday() throws Exception {
        office.budiMonth(dir);
        Path out = dir.resolve("rekap.csv");

        tertib.recap().export(office.aptPa.id(), RecapOffice.AUGUST, out);

        List<String> lines = Files.readAllLines(out);
        StringBuilder header = new StringBuilder("nip,name");
        for (int d = 1; d <= 31; d++) {
            header.append(',').append(d);
        }
        assertThat(lines.get(0)).isEqualTo(header + ",hadir,tl_minutes,psw_minutes,sakit,izin,cuti,dl,tk,incomplete_days");
        String budi = lines.stream().filter(l -> l.startsWith(AppFixtures.NIP_BUDI)).findFirst().orElseThrow();
        assertThat(budi).isEqualTo(AppFixtures.NIP_BUDI + ",Budi Santoso,,,H,TL,PSW,S,CT,,,DL,DL,TK"
                + ",".repeat(19) + ",3,12,5,1,0,1,2,1,0");
        try (var parser = CSVFormat.RFC4180.builder().setHeader().get().parse(Files.newBufferedReader(out))) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).hasSize(lines.size() - 1);
            for (CSVRecord r : records) {
                for (int day : new int[] {1, 2, 8, 9, 15, 16, 17, 22, 23, 29, 30}) {
                    assertThat(r.get(String.valueOf(day))).as("day %d of %s", day, r.get("nip")).isEmpty();
                }
            }
        }
        assertThat(dir.resolve("rekap.csv.tmp")).doesNotExist();
    }

    private static Map<Integer, List<String>> readBack(Path file) throws Exception {
        Map<Integer, List<String>> rows = new TreeMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile()); Stream<Row> stream = wb.getFirstSheet().openStream()) {
            stream.forEach(r -> {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    Cell c = r.getCell(i);
                    cells.add(c == null || c.getRawValue() == null ? "" : c.getText());
                }
                rows.put(r.getRowNum(), cells);
            });
        }
        return rows;
    }

    @Test
    void xlsxExportIsInIndonesianWithTheUnitHeadsSignature() throws Exception {
        office.budiMonth(dir);
        Path out = dir.resolve("rekap.xlsx");

        tertib.recap().export(office.aptPa.id(), RecapOffice.AUGUST, out, I18n.INDONESIAN, "Sukamaju");

        Map<Integer, List<String>> rows = readBack(out);
        assertThat(rows.get(1).get(0)).isEqualTo("REKAPITULASI KEHADIRAN PEGAWAI");
        assertThat(rows.get(2).get(0)).isEqualTo("SEKSI PENGEMBANGAN APLIKASI");
        assertThat(rows.get(3).get(0)).isEqualTo("BULAN AGUSTUS 2026");
        List<String> budi = rows.values().stream().filter(r -> r.size() > 1 && r.get(1).equals("19860926 201505 1 001"))
                .findFirst().orElseThrow();
        assertThat(budi.subList(2, 3 + 12)).containsExactly("Budi Santoso", "", "", "H", "TL", "PSW", "S", "CT", "", "",
                "DL", "DL", "TK");
        assertThat(budi.subList(3 + 31, 3 + 31 + 9)).containsExactly("3", "12", "5", "1", "0", "1", "2", "1", "0");
        List<String> all = rows.values().stream().flatMap(List::stream).toList();
        Employee head = head("APT.PA");
        assertThat(all).contains("Sukamaju, 23 November 2026", "Kepala Seksi Pengembangan Aplikasi",
                head.name().full(), "NIP. " + head.numberGrouped(), "Keterangan:", "H = Hadir",
                "TK = Tanpa keterangan", "Tanggal", "Jumlah");
    }

    @Test
    void oneScanDaysFromTheMachineAreCountedInTheRecapsLastColumn() throws Exception {
        Employee someone = tertib.employees().list(new EmployeeFilter(office.aptPa.id(), null, "", false)).stream()
                .filter(e -> e.pin() != null && !e.pin().isBlank()).findFirst().orElseThrow();
        String pin = someone.pin();
        // Mon 3 Aug: arrival only; Tue 4 Aug: departure only; Wed 5 Aug: both.
        Path attlog = AppFixtures.write(dir, "A1_attlog.dat", pin + "\t2026-08-03 07:20:00\t1\t0\t1\t0\n"
                + pin + "\t2026-08-04 16:10:00\t1\t1\t1\t0\n"
                + pin + "\t2026-08-05 07:20:00\t1\t0\t1\t0\n"
                + pin + "\t2026-08-05 16:10:00\t1\t1\t1\t0\n");
        PunchImport imports = tertib.punchImport();
        imports.commit(imports.preview(attlog, PunchImport.Format.ATTLOG, null, ImportProgress.NONE),
                ImportProgress.NONE);
        Path csv = dir.resolve("rekap.csv");
        Path xlsx = dir.resolve("rekap.xlsx");

        tertib.recap().export(office.aptPa.id(), RecapOffice.AUGUST, csv);
        tertib.recap().export(office.aptPa.id(), RecapOffice.AUGUST, xlsx, I18n.INDONESIAN, "");

        try (var parser = CSVFormat.RFC4180.builder().setHeader().get().parse(Files.newBufferedReader(csv))) {
            CSVRecord row = parser.getRecords().stream().filter(r -> r.get("nip").equals(someone.number()))
                    .findFirst().orElseThrow();
            assertThat(row.get("hadir")).as("both days look present by their code").isEqualTo("3");
            assertThat(row.get("incomplete_days")).isEqualTo("2");
            assertThat(parser.getHeaderNames()).last().isEqualTo("incomplete_days");
        }
        Map<Integer, List<String>> rows = readBack(xlsx);
        assertThat(rows.get(6).get(3 + 31 + 8)).isEqualTo("Tidak lengkap");
        List<String> person = rows.values().stream()
                .filter(r -> r.size() > 1 && r.get(1).equals(someone.numberGrouped())).findFirst().orElseThrow();
        assertThat(person.get(3 + 31 + 8)).isEqualTo("2");
    }

    @Test
    void xlsxSpeaksEnglishWhenAskedAndLeavesTheSignatureBlankWithoutAHead() throws Exception {
        Path out = dir.resolve("recap.xlsx");
        Employee head = head("APT.PA");
        tertib.employees().setActive(head.id(), false, "pensiun");

        tertib.recap().export(office.aptPa.id(), RecapOffice.AUGUST, out, Locale.ENGLISH, "");

        Map<Integer, List<String>> rows = readBack(out);
        assertThat(rows.get(1).get(0)).isEqualTo("EMPLOYEE ATTENDANCE RECAP");
        assertThat(rows.get(3).get(0)).isEqualTo("AUGUST 2026");
        List<String> all = rows.values().stream().flatMap(List::stream).toList();
        assertThat(all).contains("Head of Seksi Pengembangan Aplikasi", "...................., 23 November 2026",
                "(........................................)", "NIP. ....................", "Legend:");
    }

    @Test
    void anotherExtensionIsRefusedAndNoFileIsWritten() {
        Path out = dir.resolve("rekap.pdf");

        assertThat(refusalKeys(() -> tertib.recap().export(office.aptPa.id(), RecapOffice.AUGUST, out)))
                .containsExactly("attendance.recap.badExtension");
        assertThat(out).doesNotExist();
    }

    @Test
    void aRecapHoldsPersonalDataAndIsReadableByItsOwnerOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.FileSystems.getDefault()
                .supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        for (String name : new String[] {"rekap.csv", "rekap.xlsx"}) {
            Path out = dir.resolve(name);
            tertib.recap().export(office.aptPa.id(), RecapOffice.AUGUST, out);
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                    java.nio.file.Files.getPosixFilePermissions(out))).as(name).isEqualTo("rw-------");
        }
    }
}
