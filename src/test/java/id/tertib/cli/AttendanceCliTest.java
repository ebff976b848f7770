package id.tertib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tertib attendance import}; the clock stands at Monday 23 Nov 2026, 10:00 WIB, and the scans are today's. */
class AttendanceCliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    @TempDir
    Path dir;

    private Run run(String... args) {
        return Run.of(CLOCK, "", args);
    }

    private String db() {
        return dir.resolve("tertib.db").toString();
    }

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void demoWithCalendar() throws Exception {
        run("--db", db(), "demo", "--no-attendance");
        run("--db", db(), "--user", "hr", "calendar", "import",
                file("libur.csv", "date,name,kind\n2026-12-25,Hari Raya Natal,libur nasional\n").toString(), "--yes");
    }

    @Test
    void importsAnAttlogPrintingCountsAndReasonsAndAddsNothingTwice() throws Exception {
        Path attlog = file("X100_attlog.dat", "PIN\tDateTime\tDevice\tState\tVerify\tWork\n"
                + "     1001\t2026-11-23 07:25:00\t1\t0\t1\t0\n"
                + "     1001\t2026-11-23 07:25:00\t1\t0\t1\t0\n"
                + "     1002\t2026-11-23 07:41:10\t1\t1\t1\t0\n"
                + "     4242\t2026-11-23 07:10:00\t1\t0\t1\t0\n"
                + "     1003\t2026-11-23 25:61:00\t1\t0\t1\t0\n");

        Run first = run("--db", db(), "--user", "hr", "attendance", "import", attlog.toString(), "--yes");
        Run again = run("--db", db(), "--user", "hr", "attendance", "import", attlog.toString(), "--yes");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("5 pindaian dibaca", "baris 5: PIN 4242 tidak terdaftar", "baris 6",
                "Selesai: 5 dibaca, 2 disimpan, 1 duplikat dilewati, 2 ditolak");
        assertThat(again.out()).contains("Selesai: 5 dibaca, 0 disimpan, 3 duplikat dilewati, 2 ditolak");
    }

    @Test
    void importsACsvWithColumnsNamedOnceAndThenByTheSavedMapping() throws Exception {
        Path csv = file("fingerspot.csv", "Tanggal;Jam;No. PIN\n23/11/2026;07:20;1001\n23/11/2026;07:35;1002\n");

        Run named = run("--db", db(), "--user", "admin", "attendance", "import", csv.toString(), "--pin-column",
                "No. PIN", "--date-column", "Tanggal", "--time-column", "Jam", "--save-mapping", "fingerspot", "--yes");
        Run saved = run("--db", db(), "--user", "admin", "attendance", "import", csv.toString(), "--mapping",
                "fingerspot", "--yes");
        Run missing = run("--db", db(), "--user", "admin", "attendance", "import", csv.toString(), "--yes");

        assertThat(named.exit()).as(named.err()).isZero();
        assertThat(named.out()).contains("Pemetaan kolom \"fingerspot\" disimpan.", "2 disimpan");
        assertThat(saved.out()).contains("0 disimpan, 2 duplikat dilewati");
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("perlu pemetaan");
    }

    @Test
    void aSectionHeadCannotImportAndAYearWithoutCalendarIsRefused() throws Exception {
        Path attlog = file("a.dat", "     1001\t2024-05-02 07:25:00\t1\t0\t1\t0\n");

        Run kasi = run("--db", db(), "--user", "kasi", "attendance", "import", attlog.toString(), "--yes");
        Run hr = run("--db", db(), "--user", "hr", "attendance", "import", attlog.toString(), "--yes");

        assertThat(kasi.exit()).isNotZero();
        assertThat(kasi.err()).contains("tidak berwenang mengimpor data mesin");
        assertThat(hr.exit()).isNotZero();
        assertThat(hr.err()).contains("Kalender kerja", "2024");
    }
}
