package id.tertib.io;

import static id.tertib.io.Fixtures.NIP;
import static id.tertib.io.Fixtures.NIP2;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmployeeCsvReaderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    private final EmployeeFileReader reader = new EmployeeFileReader();

    private ReadResult<EmployeeRow> read(String content) throws Exception {
        return reader.read(Fixtures.text(dir, "pegawai.csv", content, UTF_8));
    }

    @Test
    void readsCommaSeparatedEnglishHeaders() throws Exception {
        ReadResult<EmployeeRow> result = read("""
                nip,front_title,name,back_title,gender,status,golongan,position,position_kind,unit_code,pin
                %s,Dr.,Budi Santoso,"S.H., M.Si.",L,PNS,III/a,Kepala Seksi,pengawas,DINKES.1,17
                """.formatted(NIP));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(new EmployeeRow(2, NIP, "Dr.", "Budi Santoso", "S.H., M.Si.", "L",
                "PNS", "III/a", "Kepala Seksi", "pengawas", "DINKES.1", "17", "", ""));
    }

    @Test
    void readsSemicolonFileWithIndonesianHeadersInOddCase() throws Exception {
        // Excel in an Indonesian locale: semicolons, and an unquoted comma inside the back title.
        ReadResult<EmployeeRow> result = read("""
                NIP ; Gelar_Depan;NAMA LENGKAP;Gelar-Belakang;Jenis Kelamin;Status Kepegawaian;Golongan / Ruang;Nama Jabatan;JENIS JABATAN;Kode_Unit;PIN Mesin
                %s;;Siti Aminah;S.Kom, M.T.;P;PNS;III/b;Pranata Komputer;JF;SET.2;0042
                """.formatted(NIP2));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(new EmployeeRow(2, NIP2, "", "Siti Aminah", "S.Kom, M.T.", "P",
                "PNS", "III/b", "Pranata Komputer", "JF", "SET.2", "0042", "", ""));
    }

    @Test
    void readsTabSeparatedFileAndLeavesAbsentOptionalColumnsEmpty() throws Exception {
        ReadResult<EmployeeRow> result = read("nomor induk\tnama\tstatus pegawai\tjenis\tunit\n"
                + NIP + "\tAgus\tPPPK\tpelaksana\tU1\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new EmployeeRow(2, NIP, "", "Agus", "", "", "PPPK", "", "", "pelaksana", "U1", "", "", ""));
    }

    @Test
    void ignoresUnknownColumnsAndAcceptsOtherAliases() throws Exception {
        ReadResult<EmployeeRow> result = read("No,NIP/NI,Nama,JK,Status,Gol,Jabatan,Jenis Jabatan,Kode Unit,ID Mesin,Keterangan\n"
                + "1," + NIP + ",Budi,L,PNS,IV/a,Kepala Dinas,JPT Pratama,DINKES,5,catatan\n");

        assertThat(result.errors()).isEmpty();
        EmployeeRow row = result.rows().get(0);
        assertThat(row.nip()).isEqualTo(NIP);
        assertThat(row.gender()).isEqualTo("L");
        assertThat(row.golongan()).isEqualTo("IV/a");
        assertThat(row.position()).isEqualTo("Kepala Dinas");
        assertThat(row.pin()).isEqualTo("5");
    }

    @Test
    void prefersTheSpecificHeaderWhenAVagueOneIsAlsoPresent() throws Exception {
        // "Unit" here holds the unit's name; "Kode Unit" is the code the import needs.
        ReadResult<EmployeeRow> result = read("NIP,Nama,Unit,Status,Jenis,Kode Unit\n"
                + NIP + ",Budi,Dinas Kesehatan,PNS,JF,DINKES\n");

        assertThat(result.rows()).extracting(EmployeeRow::unitCode).containsExactly("DINKES");
    }

    @Test
    void honoursExcelsSepHintLine() throws Exception {
        ReadResult<EmployeeRow> result = read("sep=;\nnip;nama;status;jenis;unit\n" + NIP + ";Budi, S.E.;PNS;JF;U1\n");

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(EmployeeRow::row, EmployeeRow::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Budi, S.E."));
    }

    @Test
    void readsUtf8WithByteOrderMark() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Path file = Fixtures.bytes(dir, "bom.csv", bom,
                ("nip;nama;status;jenis jabatan;kode unit\n" + NIP + ";Ni Luh Putu Ayu Déwi;PNS;JF;U1\n").getBytes(UTF_8));

        ReadResult<EmployeeRow> result = reader.read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(EmployeeRow::name).containsExactly("Ni Luh Putu Ayu Déwi");
    }

    @Test
    void fallsBackToWindows1252WhenBytesAreNotUtf8() throws Exception {
        Path file = Fixtures.text(dir, "lama.csv",
                "nip;nama;status;jenis jabatan;kode unit\n" + NIP + ";André Sutrisno – Müller;PNS;JF;U1\n", CP1252);

        ReadResult<EmployeeRow> result = reader.read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(EmployeeRow::name).containsExactly("André Sutrisno – Müller");
    }

    @Test
    void readsUtf16LittleEndianWithByteOrderMark() throws Exception {
        // Excel's "Unicode Text" export: UTF-16LE with BOM, tab separated.
        Path file = Fixtures.bytes(dir, "unicode.csv", new byte[] {(byte) 0xFF, (byte) 0xFE},
                ("nip\tnama\tstatus\tjenis jabatan\tkode unit\r\n" + NIP + "\tYusuf Ñoño\tPNS\tJF\tU1\r\n")
                        .getBytes(UTF_16LE));

        ReadResult<EmployeeRow> result = reader.read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(EmployeeRow::name).containsExactly("Yusuf Ñoño");
    }

    @Test
    void readsUtf16BigEndianWithByteOrderMark() throws Exception {
        Path file = Fixtures.bytes(dir, "be.csv", new byte[] {(byte) 0xFE, (byte) 0xFF},
                ("nip,nama,status,jenis,unit\n" + NIP + ",Wayan,PNS,JF,U1\n").getBytes(UTF_16BE));

        assertThat(reader.read(file).rows()).extracting(EmployeeRow::name).containsExactly("Wayan");
    }

    @Test
    void reportsBadRowsWithTheirRowNumbersAndKeepsTheGoodOnes() throws Exception {
        ReadResult<EmployeeRow> result = read("""
                nip,name,status,position_kind,unit_code
                %s,Budi,PNS,JF,U1
                %s,Siti,PNS,JF
                ,,,,
                %s,Agus,PNS,JF,U1,extra

                %s,"Rina
                Wati",PNS,JF,U2
                %s,Dewi,PNS,JF,U3
                """.formatted(NIP, NIP2, NIP, NIP2, NIP));

        assertThat(result.rows()).extracting(EmployeeRow::row, EmployeeRow::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Budi"),
                org.assertj.core.groups.Tuple.tuple(7, "Rina\nWati"),
                org.assertj.core.groups.Tuple.tuple(8, "Dewi"));
        assertThat(result.errors()).containsExactly(
                new RowError(3, null, "import.fieldCount", List.of(5, 4)),
                new RowError(5, null, "import.fieldCount", List.of(5, 6)));
    }

    @Test
    void skipsTitleRowsAboveTheHeader() throws Exception {
        ReadResult<EmployeeRow> result = read("""
                DAFTAR PEGAWAI DINAS KESEHATAN;;;;
                Keadaan per 1 Januari 2026;;;;
                ;;;;
                NIP;Nama;Status;Jenis Jabatan;Kode Unit
                %s;Budi;PNS;JF;U1
                """.formatted(NIP));

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).extracting(EmployeeRow::row).containsExactly(5);
    }

    @Test
    void missingRequiredColumnNamesTheColumnAndTheHeadersFound() throws Exception {
        Path file = Fixtures.text(dir, "kurang.csv", "NIP;Nama;Status;Jenis Jabatan\n" + NIP + ";Budi;PNS;JF\n", UTF_8);

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOfSatisfying(ImportException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.missingColumn");
                    assertThat(e.args()).containsExactly("unit_code", "NIP, Nama, Status, Jenis Jabatan");
                });
    }

    @Test
    void fileWithoutAnyKnownHeaderHasNoHeader() throws Exception {
        Path file = Fixtures.text(dir, "data.csv", NIP + ";Budi;PNS;JF;U1\n", UTF_8);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.noHeader"));
    }

    @Test
    void emptyBlankAndHeaderOnlyFilesAreEmpty() throws Exception {
        for (String content : List.of("", "\n\n  \n", ";;;\n;;;\n", "nip,name,status,position_kind,unit_code\n",
                "nip,name,status,position_kind,unit_code\n,,,,\n\n")) {
            Path file = Fixtures.text(dir, "kosong.csv", content, UTF_8);
            assertThatThrownBy(() -> reader.read(file)).as(content)
                    .isInstanceOfSatisfying(ImportException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("import.empty");
                        assertThat(e.args()).containsExactly("kosong.csv");
                    });
        }
    }

    @Test
    void randomBytesNeverEscapeAsUncheckedException() throws Exception {
        Random random = new Random(20260101L);
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[5 * 1024];
            random.nextBytes(bytes);
            Path file = Fixtures.bytes(dir, "acak.csv", bytes);
            Throwable thrown = catchThrowable(() -> reader.read(file));
            if (thrown != null) {
                assertThat(thrown).isInstanceOf(ImportException.class);
            }
        }
    }

    @Test
    void randomTextAfterAValidHeaderNeverEscapesAsUncheckedException() throws Exception {
        Random random = new Random(7L);
        String alphabet = "ab1 ,;\t\n\r\"'=+-é";
        for (int i = 0; i < 200; i++) {
            StringBuilder text = new StringBuilder("nip,nama,status,jenis,unit\n");
            for (int j = 0; j < 5 * 1024; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Path file = Fixtures.text(dir, "acak.csv", text.toString(), UTF_8);
            Throwable thrown = catchThrowable(() -> reader.read(file));
            if (thrown != null) {
                assertThat(thrown).isInstanceOf(ImportException.class);
            }
        }
    }

    @Test
    void binaryFileNamedCsvIsUnreadable() throws Exception {
        Path file = Fixtures.bytes(dir, "biner.csv", "nip,nama\u0000\u0001".getBytes(UTF_8));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.unreadable");
            assertThat(e.args()).containsExactly("biner.csv");
        });
    }

    @Test
    void megabyteFieldIsARowErrorAndOtherRowsSurvive() throws Exception {
        String huge = "x".repeat(1024 * 1024);
        ReadResult<EmployeeRow> result = read("nip,nama,status,jenis,unit\n"
                + NIP + "," + huge + ",PNS,JF,U1\n"
                + NIP2 + ",Siti,PNS,JF,U1\n");

        assertThat(result.errors()).containsExactly(
                new RowError(2, "nama", "import.fieldTooLong", List.of("nama", 1000)));
        assertThat(result.rows()).extracting(EmployeeRow::name).containsExactly("Siti");
    }

    @Test
    void unclosedQuoteRefusesTheFileNamingTheRow() throws Exception {
        Path file = Fixtures.text(dir, "kutip.csv",
                "nip,nama,status,jenis,unit\n" + NIP + ",Budi,PNS,JF,U1\n" + NIP2 + ",\"Siti,PNS,JF,U1\n", UTF_8);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.csvSyntax");
            assertThat(e.args()).containsExactly("kutip.csv", 3);
        });
    }

    @Test
    void nipInScientificNotationAsksToFormatTheColumnAsText() throws Exception {
        ReadResult<EmployeeRow> result = read("""
                NIP;Nama;Status;Jenis Jabatan;Kode Unit
                1,98609E+17;Budi;PNS;JF;U1
                1.98609262015051E+17;Siti;PNS;JF;U1
                '%s;Agus;PNS;JF;U1
                """.formatted(NIP));

        assertThat(result.errors()).containsExactly(
                new RowError(2, "NIP", "import.nipAsNumber", List.of("NIP")),
                new RowError(3, "NIP", "import.nipAsNumber", List.of("NIP")));
        assertThat(result.rows()).extracting(EmployeeRow::nip).containsExactly(NIP);
    }

    @Test
    void formulaLookingTextIsKeptAsText() throws Exception {
        ReadResult<EmployeeRow> result = read("nip,nama,status,jenis,unit\n" + NIP + ",=1+1,PNS,JF,U1\n");

        assertThat(result.rows()).extracting(EmployeeRow::name).containsExactly("=1+1");
    }

    @Test
    void trimsCellsIncludingNoBreakSpaces() throws Exception {
        ReadResult<EmployeeRow> result = read("nip,nama,status,jenis,unit\n \u00A0" + NIP + " ,  Budi\u00A0, PNS ,JF,U1\n");

        assertThat(result.rows().get(0)).extracting(EmployeeRow::nip, EmployeeRow::name, EmployeeRow::status)
                .containsExactly(NIP, "Budi", "PNS");
    }

    @Test
    void unsupportedExtensionIsRefusedByName() throws Exception {
        Path file = Fixtures.text(dir, "pegawai.xls", "whatever", UTF_8);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.unsupportedFormat");
            assertThat(e.args()).containsExactly("pegawai.xls");
        });
    }

    @Test
    void extensionIsMatchedIgnoringCase() throws Exception {
        Path file = Fixtures.text(dir, "PEGAWAI.CSV", "nip,nama,status,jenis,unit\n" + NIP + ",Budi,PNS,JF,U1\n", UTF_8);

        assertThat(reader.read(file).rows()).hasSize(1);
    }

    @Test
    void missingFileIsReportedAsNotFoundWithItsPath() {
        Path missing = dir.resolve("tidak-ada.csv");
        assertThatThrownBy(() -> reader.read(missing)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.notFound");
            assertThat(e.args()).containsExactly(missing.toAbsolutePath());
        });
    }
}
