package id.tertib.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableWriterTest {

    @TempDir
    Path dir;

    private static String write(List<String> header, List<List<String>> rows) throws Exception {
        StringBuilder out = new StringBuilder();
        CsvTableWriter.write(out, header, rows);
        return out.toString();
    }

    private static String write(List<String> header, java.util.Set<String> numeric, List<List<String>> rows)
            throws Exception {
        StringBuilder out = new StringBuilder();
        CsvTableWriter.write(out, header, numeric, rows);
        return out.toString();
    }

    @Test
    void quotesCommasQuotesAndNewlines() throws Exception {
        String csv = write(List.of("nama", "catatan"), List.of(
                List.of("Budi, S.H.", "kata \"rajin\""),
                List.of("Siti", "baris satu\nbaris dua")));

        assertThat(csv).isEqualTo("nama,catatan\n"
                + "\"Budi, S.H.\",\"kata \"\"rajin\"\"\"\n"
                + "Siti,\"baris satu\nbaris dua\"\n");
    }

    @Test
    void neutralisesFormulasButNotNumbersInANumericColumn() throws Exception {
        String csv = write(List.of("a"), java.util.Set.of("a"), Arrays.asList(
                List.of("=HYPERLINK(\"http://x\")"), List.of("@SUM(A1)"), List.of("+A1"), List.of("-A1"),
                List.of("-5"), List.of("+6281234"), List.of("-"), List.of("\tx"), Arrays.asList((String) null),
                List.of("'OR 1=1")));

        assertThat(csv.split("\n", -1)).containsExactly("a",
                "\"'=HYPERLINK(\"\"http://x\"\")\"", "'@SUM(A1)", "'+A1", "'-A1",
                // commons-csv quotes a lone empty value so the record is not mistaken for a blank line
                "-5", "+6281234", "-", "'\tx", "\"\"",
                // a leading apostrophe is doubled: the reader strips one, so the text comes back as it was
                "''OR 1=1", "");
    }

    @Test
    void aTextColumnNeutralisesEverySignedValueAndANumericColumnEverythingButPlainNumbers() throws Exception {
        String csv = write(List.of("name", "amount"), java.util.Set.of("amount"), List.of(
                List.of("-2+3+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0"),
                List.of("+1+2", "+1+2"),
                List.of("-5", "-5"),
                List.of("430000", "430000"),
                List.of("0.25", "0.25")));

        assertThat(csv.split("\n", -1)).containsExactly("name,amount",
                "'-2+3+cmd|' /C calc'!A0,'-2+3+cmd|' /C calc'!A0",
                "'+1+2,'+1+2",
                "'-5,-5",
                "430000,430000",
                "0.25,0.25", "");
    }

    @Test
    void roundTripsThroughTheReader() throws Exception {
        List<String> header = List.of("nip", "nama", "status", "jenis jabatan", "kode unit", "gelar belakang");
        List<List<String>> rows = List.of(
                List.of(Fixtures.NIP, "=1+1", "PNS", "JF", "U1", "S.H., M.H."),
                List.of(Fixtures.NIP2, "Siti \"Ucok\"\nAminah", "PPPK", "pelaksana", "U2", "-"),
                List.of("199002022020122003", "@admin", "PNS", "JF", "U1", "+S.Pd"));
        Path file = Fixtures.text(dir, "ekspor.csv", write(header, rows), UTF_8);

        ReadResult<EmployeeRow> result = new EmployeeFileReader().read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(EmployeeRow::nip, EmployeeRow::name, EmployeeRow::backTitle)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Fixtures.NIP, "=1+1", "S.H., M.H."),
                        org.assertj.core.groups.Tuple.tuple(Fixtures.NIP2, "Siti \"Ucok\"\nAminah", "-"),
                        org.assertj.core.groups.Tuple.tuple("199002022020122003", "@admin", "+S.Pd"));
    }
}
