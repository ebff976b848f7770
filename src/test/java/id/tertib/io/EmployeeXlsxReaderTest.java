package id.tertib.io;

import static id.tertib.io.Fixtures.NIP;
import static id.tertib.io.Fixtures.NIP2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmployeeXlsxReaderTest {

    private static final List<Object> HEADER = List.of("NIP", "Nama", "Status", "Jenis Jabatan", "Kode Unit", "PIN");

    @TempDir
    Path dir;

    private final EmployeeFileReader reader = new EmployeeFileReader();

    @Test
    void readsTextNipAndUsesTheSheetsRowNumbers() throws Exception {
        // Header on sheet row 3 under a title; numbers as a user sees them in Excel.
        Path file = Fixtures.xlsx(dir, "pegawai.xlsx", 0, List.of(
                List.of("DAFTAR PEGAWAI"),
                List.of(),
                HEADER,
                List.of(NIP, "Budi", "PNS", "JF", "U1", 17),
                List.of(),
                List.of(NIP2, "Siti", "PPPK", "pelaksana", "U2", 18.0)));

        ReadResult<EmployeeRow> result = reader.read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new EmployeeRow(4, NIP, "", "Budi", "", "", "PNS", "", "", "JF", "U1", "17", "", ""),
                new EmployeeRow(6, NIP2, "", "Siti", "", "", "PPPK", "", "", "pelaksana", "U2", "18", "", ""));
    }

    @Test
    void nipStoredAsNumberAsksToFormatTheColumnAsText() throws Exception {
        Path file = Fixtures.xlsx(dir, "angka.xlsx", 0, List.of(
                HEADER,
                List.of(1.98609262015051E17, "Budi", "PNS", "JF", "U1"),
                List.of(Long.parseLong(NIP2), "Siti", "PNS", "JF", "U1"),
                List.of(NIP, "Agus", "PNS", "JF", "U1")));

        ReadResult<EmployeeRow> result = reader.read(file);

        assertThat(result.errors()).containsExactly(
                new RowError(2, "NIP", "import.nipAsNumber", List.of("NIP")),
                new RowError(3, "NIP", "import.nipAsNumber", List.of("NIP")));
        assertThat(result.rows()).extracting(EmployeeRow::name).containsExactly("Agus");
    }

    @Test
    void formulaLookingTextStaysText() throws Exception {
        Path file = Fixtures.xlsx(dir, "rumus.xlsx", 0, List.of(
                HEADER,
                List.of(NIP, "=1+1", "PNS", "JF", "U1")));

        assertThat(reader.read(file).rows()).extracting(EmployeeRow::name).containsExactly("=1+1");
    }

    @Test
    void formulaCellGivesItsCachedValue() throws Exception {
        Path plain = Fixtures.xlsx(dir, "polos.xlsx", 0, List.of(HEADER, List.of(NIP, "PLACEHOLDER", "PNS", "JF", "U1")));
        // fastexcel's writer stores no cached results, so write the cell XML as Excel would.
        Path file = replaceInSheet(plain, dir.resolve("cache.xlsx"), "<c r=\"B2\" t=\"s\"><v>7</v></c>",
                "<c r=\"B2\" t=\"str\"><f>CONCATENATE(\"Bu\",\"di\")</f><v>Budi</v></c>");

        assertThat(reader.read(file).rows()).extracting(EmployeeRow::name).containsExactly("Budi");
    }

    @Test
    void sheetWithOnlyAHeaderIsEmpty() throws Exception {
        Path file = Fixtures.xlsx(dir, "header.xlsx", 0, List.of(HEADER));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.empty"));
    }

    @Test
    void missingRequiredColumnIsReported() throws Exception {
        Path file = Fixtures.xlsx(dir, "kolom.xlsx", 0, List.of(
                List.of("NIP", "Nama", "Jenis Jabatan", "Kode Unit"), List.of(NIP, "Budi", "JF", "U1")));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.missingColumn");
            assertThat(e.args()).containsExactly("status", "NIP, Nama, Jenis Jabatan, Kode Unit");
        });
    }

    @Test
    void truncatedWorkbookIsUnreadable() throws Exception {
        Path whole = Fixtures.xlsx(dir, "utuh.xlsx", 0, List.of(HEADER, List.of(NIP, "Budi", "PNS", "JF", "U1")));
        byte[] bytes = Files.readAllBytes(whole);
        Path half = Fixtures.bytes(dir, "separuh.xlsx", Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> reader.read(half)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.unreadable");
            assertThat(e.args()).containsExactly("separuh.xlsx");
        });
    }

    @Test
    void randomBytesAndTextNamedXlsxAreUnreadable() throws Exception {
        Random random = new Random(42L);
        byte[] bytes = new byte[5 * 1024];
        random.nextBytes(bytes);
        for (byte[] content : List.of(bytes, "nip,nama\n".getBytes(StandardCharsets.UTF_8))) {
            Path file = Fixtures.bytes(dir, "rusak.xlsx", content);
            Throwable thrown = catchThrowable(() -> reader.read(file));
            assertThat(thrown).isInstanceOfSatisfying(ImportException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("import.unreadable"));
        }
    }

    @Test
    void damagedBytesInsideAWorkbookNeverEscapeAsUncheckedException() throws Exception {
        Path whole = Fixtures.xlsx(dir, "utuh.xlsx", 0, List.of(HEADER, List.of(NIP, "Budi", "PNS", "JF", "U1")));
        byte[] original = Files.readAllBytes(whole);
        Random random = new Random(99L);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = original.clone();
            for (int j = 0; j < 8; j++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            Path file = Fixtures.bytes(dir, "cacat.xlsx", bytes);
            Throwable thrown = catchThrowable(() -> reader.read(file));
            if (thrown != null) {
                assertThat(thrown).isInstanceOf(ImportException.class);
            }
        }
    }

    @Test
    void zipWithoutWorkbookPartsIsUnreadable() throws Exception {
        Path file = dir.resolve("bukan.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("halo".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.unreadable"));
    }

    @Test
    void overlongCellIsARowError() throws Exception {
        Path file = Fixtures.xlsx(dir, "panjang.xlsx", 0, List.of(
                HEADER,
                List.of(NIP, "y".repeat(1001), "PNS", "JF", "U1"),
                List.of(NIP2, "Siti", "PNS", "JF", "U1")));

        ReadResult<EmployeeRow> result = reader.read(file);

        assertThat(result.errors()).containsExactly(
                new RowError(2, "Nama", "import.fieldTooLong", List.of("Nama", 1000)));
        assertThat(result.rows()).extracting(EmployeeRow::name).containsExactly("Siti");
    }

    private static Path replaceInSheet(Path source, Path target, String from, String to) throws Exception {
        try (ZipFile in = new ZipFile(source.toFile());
                OutputStream os = Files.newOutputStream(target);
                ZipOutputStream out = new ZipOutputStream(os)) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                byte[] data = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    assertThat(xml).contains(from);
                    data = xml.replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return target;
    }
}
