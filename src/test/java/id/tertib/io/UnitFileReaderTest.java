package id.tertib.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitFileReaderTest {

    @TempDir
    Path dir;

    private final UnitFileReader reader = new UnitFileReader();

    @Test
    void readsIndonesianHeadersWithOptionalParent() throws Exception {
        Path file = Fixtures.text(dir, "unit.csv", """
                Kode Unit;Nama Unit;Kode Induk
                DINKES;Dinas Kesehatan;
                DINKES.SEK;Sekretariat;DINKES
                """, UTF_8);

        ReadResult<UnitRow> result = reader.read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new UnitRow(2, "DINKES", "Dinas Kesehatan", ""),
                new UnitRow(3, "DINKES.SEK", "Sekretariat", "DINKES"));
    }

    @Test
    void parentColumnMayBeAbsent() throws Exception {
        Path file = Fixtures.xlsx(dir, "unit.xlsx", 0, List.of(
                List.of("code", "name"), List.of("BKPSDM", "Badan Kepegawaian")));

        assertThat(reader.read(file).rows()).containsExactly(new UnitRow(2, "BKPSDM", "Badan Kepegawaian", ""));
    }

    @Test
    void nameIsRequired() throws Exception {
        Path file = Fixtures.text(dir, "unit.csv", "kode,induk\nA,\n", UTF_8);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.missingColumn");
            assertThat(e.args()).containsExactly("name", "kode, induk");
        });
    }

    @Test
    void numericCodesInXlsxAreReadAsPlainText() throws Exception {
        Path file = Fixtures.xlsx(dir, "angka.xlsx", 0, List.of(
                List.of("kode", "nama", "parent"), List.of(101, "Bidang Satu", 100.0)));

        assertThat(reader.read(file).rows()).containsExactly(new UnitRow(2, "101", "Bidang Satu", "100"));
    }
}
