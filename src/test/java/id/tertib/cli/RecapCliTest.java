package id.tertib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.DemoService;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecapCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;

    /** What one run of the command line gave back. */
    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Run runWithInput(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, CLOCK, new PrintWriter(out), new PrintWriter(err),
                new BufferedReader(new StringReader(stdin)), Map.of("TERTIB_PASSWORD", DemoService.DEMO_PASSWORD));
        return new Run(exit, out.toString(), err.toString());
    }

    private Run run(String... args) {
        return runWithInput("", args);
    }

    private String db() {
        return dir.resolve("tertib.db").toString();
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** The NIPs of a unit's people, from the employees list. */
    private List<String> nips(String unit) {
        Run list = run("--db", db(), "--user", "hr", "employees", "list", "--unit", unit, "--format", "csv");
        return list.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
    }

    @BeforeEach
    void demoWithThe2026Calendar() throws Exception {
        run("--db", db(), "demo", "--employees", "40", "--no-attendance");
        Path calendar = file("libur.csv", "date,name,kind\n2026-08-17,Hari Kemerdekaan RI,libur nasional\n");
        assertThat(run("--db", db(), "--user", "hr", "calendar", "import", calendar.toString(), "--yes").exit())
                .isZero();
    }

    @Test
    void recapWritesAnXlsxThatOpensAndACsvWithTheFixedHeader() throws Exception {
        Path xlsx = dir.resolve("rekap-agustus.xlsx");
        Path csv = dir.resolve("rekap-agustus.csv");

        Run x = run("--db", db(), "--user", "hr", "attendance", "recap", "--month", "2026-08", "--unit", "APT",
                "--out", xlsx.toString(), "--place", "Sukamaju");
        Run c = run("--db", db(), "--user", "kasi", "attendance", "recap", "--month", "2026-08", "--unit", "APT.PA",
                "--out", csv.toString());

        assertThat(x.exit()).isZero();
        assertThat(x.out()).startsWith("Rekap Agustus 2026 (").contains("pegawai) tersimpan di", "rekap-agustus.xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            var rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("REKAPITULASI KEHADIRAN PEGAWAI");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("BIDANG APLIKASI INFORMATIKA");
            assertThat(rows.get(2).getCellText(0)).isEqualTo("BULAN AGUSTUS 2026");
        }
        assertThat(c.exit()).isZero();
        assertThat(Files.readAllLines(csv).get(0)).startsWith("nip,name,1,2,3,").endsWith(
                ",30,31,hadir,tl_minutes,psw_minutes,sakit,izin,cuti,dl,tk,incomplete_days");
    }

    @Test
    void recapRefusesAnotherExtensionABadMonthAndTheWholeAgencyForASectionHead() {
        Run pdf = run("--db", db(), "--user", "hr", "attendance", "recap", "--month", "2026-08", "--out", "r.pdf");
        Run month = run("--db", db(), "--user", "hr", "attendance", "recap", "--month", "2026-13", "--out", "r.csv");
        Run kasi = run("--db", db(), "--user", "kasi", "attendance", "recap", "--month", "2026-08", "--out",
                dir.resolve("r.csv").toString());
        Run notSet = run("--db", db(), "--user", "hr", "attendance", "recap", "--month", "2027-01", "--out",
                dir.resolve("r.csv").toString());

        assertThat(pdf.exit()).isEqualTo(1);
        assertThat(pdf.errLines()).singleElement().asString().contains("r.pdf", ".xlsx", ".csv");
        assertThat(month.exit()).isEqualTo(2);
        assertThat(month.err()).contains("2026-13", "2026-11");
        assertThat(kasi.exit()).isEqualTo(1);
        assertThat(kasi.errLines()).singleElement().asString().contains("kasi tidak berwenang");
        assertThat(notSet.exit()).isEqualTo(1);
        assertThat(notSet.errLines()).singleElement().asString().contains("2027 belum diatur");
        assertThat(dir.resolve("r.csv")).doesNotExist();
    }

    @Test
    void importDailyPreviewsAsksStoresAndHasNothingToStoreTheSecondTime() throws Exception {
        String nip = nips("APT.PA").get(0);
        Path file = file("harian.csv", "nip,date,code,arrival,late_minutes\n"
                + nip + ",2026-08-03,TL,07:45,15\n"
                + "199901012020121001,2026-08-03,H,,\n"
                + nip + ",2026-08-04,ZZ,,\n"
                + nip + ",2026-08-05,H,,\n");

        Run declined = runWithInput("t\n", "--db", db(), "--user", "hr", "attendance", "import-daily", file.toString());
        Run stored = runWithInput("y\n", "--db", db(), "--user", "hr", "attendance", "import-daily", file.toString());
        Run again = run("--db", db(), "--user", "hr", "attendance", "import-daily", file.toString(), "--yes");

        assertThat(declined.exit()).isEqualTo(3);
        assertThat(declined.out()).contains("2 baru", "baris 3, kolom nip", "NIP 199901012020121001 tidak terdaftar",
                "baris 4, kolom code", "Dibatalkan");
        assertThat(stored.exit()).isZero();
        assertThat(stored.out()).contains("Tersimpan: 2 hari baru");
        assertThat(again.out()).contains("2 tidak berubah", "Tidak ada yang perlu disimpan.");
        Path csv = dir.resolve("rekap.csv");
        run("--db", db(), "--user", "hr", "attendance", "recap", "--month", "2026-08", "--unit", "APT.PA", "--out",
                csv.toString());
        assertThat(Files.readAllLines(csv)).anyMatch(l -> l.startsWith(nip + ",") && l.contains(",,TL,,H,"));
    }

    @Test
    void importDailyRefusesAViewer() throws Exception {
        Path file = file("harian.csv", "nip,date,code\n" + nips("APT.PA").get(0) + ",2026-08-03,H\n");

        Run viewer = run("--db", db(), "--user", "viewer", "attendance", "import-daily", file.toString(), "--yes");

        assertThat(viewer.exit()).isEqualTo(1);
        assertThat(viewer.errLines()).singleElement().asString().contains("viewer tidak berwenang mengimpor");
    }

    @Test
    void helpListsTheSubcommandsInTheChosenLanguage() {
        Run id = run("attendance", "--help");
        Run en = run("--lang", "en", "attendance", "recap", "--help");

        assertThat(id.exit()).isZero();
        assertThat(id.out()).contains("recap", "import-daily", "rekap bulanan");
        assertThat(en.out()).contains("--month", "--unit", "--out", "--place", "e.g. 2026-11");
    }
}
