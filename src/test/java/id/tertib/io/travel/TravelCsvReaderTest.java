package id.tertib.io.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tertib.domain.Problem;
import id.tertib.domain.travel.TravelKind;
import id.tertib.io.ImportException;
import id.tertib.io.ReadResult;
import id.tertib.io.RowError;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TravelCsvReaderTest {

    private static final String BUDI = "198609262015051001";
    private static final String DEWI = "199001012019032002";
    private static final String HEADER = "number,date,purpose,destination,kind,depart,return,nips,allowance_per_day\n";

    @TempDir
    Path dir;

    private final TravelCsvReader reader = new TravelCsvReader();

    private Path csv(String name, String content) throws Exception {
        return Files.write(dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsGoodRowsInEveryAcceptedSpelling() throws Exception {
        Path file = csv("st.csv", HEADER + """
                ST/001/2025,2025-03-03,Rapat koordinasi,"Kota Bandung, Jawa Barat",luar kota,2025-03-10,2025-03-12,\
                "198609262015051001; 199001012019032002",Rp530.000
                ST/002/2025,05/03/2025,Bimtek,Jakarta,LK,7-4-2025,9-4-2025,19860926 201505 1 001;,530000
                ST/003/2025,2025-03-06,Monitoring,"Bogor, Kab., Jawa Barat",DK>8,2025-03-06,2025-03-06,199001012019032002,\
                Rp 150.000
                ST/004/2025,2025-03-07,Konsultasi,"Surabaya,",dalam_kota_sampai_8_jam,2025-03-07,2025-03-07,\
                199001012019032002,"Rp. 1.530.000,00"
                """);

        ReadResult<TravelRow> result = reader.read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(
                new TravelRow(2, "ST/001/2025", LocalDate.of(2025, 3, 3), "Rapat koordinasi", "Kota Bandung",
                        "Jawa Barat", TravelKind.LUAR_KOTA, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12),
                        List.of(BUDI, DEWI), 530_000),
                new TravelRow(3, "ST/002/2025", LocalDate.of(2025, 3, 5), "Bimtek", "Jakarta", "",
                        TravelKind.LUAR_KOTA, LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 9), List.of(BUDI),
                        530_000),
                new TravelRow(4, "ST/003/2025", LocalDate.of(2025, 3, 6), "Monitoring", "Bogor, Kab.", "Jawa Barat",
                        TravelKind.DALAM_KOTA_LEBIH_8_JAM, LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 6),
                        List.of(DEWI), 150_000),
                new TravelRow(5, "ST/004/2025", LocalDate.of(2025, 3, 7), "Konsultasi", "Surabaya", "",
                        TravelKind.DALAM_KOTA_SAMPAI_8_JAM, LocalDate.of(2025, 3, 7), LocalDate.of(2025, 3, 7),
                        List.of(DEWI), 1_530_000));
    }

    @Test
    void everyRejectionNamesItsRowColumnAndReason() throws Exception {
        Path file = csv("salah.csv", HEADER
                + "ST/1,2025-03-03,Rapat,Bandung,LK,2025-03-10,2025-03-12," + BUDI + ",530000\n"        // 2 good
                + ",2025-03-03,Rapat,Bandung,LK,2025-03-10,2025-03-12," + BUDI + ",530000\n"            // 3
                + "ST/3,2025-03-03,Rapat,Bandung,LK,2025-03-14,2025-03-12," + BUDI + ",530000\n"        // 4
                + "ST/4,2025-03-03,Rapat,Bandung,dinas luar,2025-03-10,2025-03-12," + BUDI + ",530000\n" // 5
                + "ST/5,2025-03-03,Rapat,Bandung,LK,2025-03-10,2025-03-12, ; ,530000\n"                 // 6
                + "st/1,2025-03-03,Rapat,Bandung,LK,2025-03-10,2025-03-12," + DEWI + ",530000\n"        // 7
                + "ST/7,2025-02-30,Rapat,Bandung,LK,2025-03-10,2025-03-12," + BUDI + ",530000\n"        // 8
                + "ST/8,2025-03-03,Rapat,Bandung,LK,2025-03-10,2025-03-12,12345;" + DEWI + ",530000\n"  // 9
                + "ST/9,2025-03-03,Rapat,Bandung,LK,2025-03-10,2025-03-12," + BUDI + ",lima ratus ribu\n" // 10
                + "ST/10,2025-03-03,Rapat,\", Jawa Barat\",LK,2025-03-10,2025-03-12," + BUDI + ",530000\n" // 11
                + "ST/11,2025-03-03,Rapat,Bandung,LK,2025-03-10,2025-03-12,\"" + BUDI + ";19860926 201505 1 001\","
                + "530000\n"                                                                            // 12
                + "ST/12,2025-03-03,Rapat,Bandung,LK,2025-03-10\n"                                      // 13
                + "ST/13,,Rapat,Bandung,,2025-03-10,10/03/2025," + BUDI + ",\"Rp 530.000,50\"\n"         // 14
                + ",,,,,,,,\n"                                                                          // 15 blank
                + "ST/15,2025-03-03,,Bandung,LK,2025-03-10,2025-03-12,199013322019032002,530000\n");    // 16

        ReadResult<TravelRow> result = reader.read(file);

        assertThat(result.rows()).extracting(TravelRow::row).containsExactly(2);
        assertThat(result.errors()).containsExactly(
                new RowError(3, "number", "attendance.missingValue", List.of("number")),
                new RowError(4, "return", "travel.import.returnBeforeDepart",
                        List.of(LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 14))),
                new RowError(5, "kind", "travel.import.badKind", List.of("dinas luar")),
                new RowError(6, "nips", "travel.import.noNips", List.of("nips")),
                new RowError(7, "number", "import.duplicateInFile", List.of("st/1", 2)),
                new RowError(8, "date", "attendance.badDate", List.of("2025-02-30")),
                new RowError(9, "nips", "travel.import.badNip",
                        List.of("12345", Problem.of("nip", "nip.length", 5))),
                new RowError(10, "allowance_per_day", "travel.import.badAllowance", List.of("lima ratus ribu")),
                new RowError(11, "destination", "travel.import.badDestination", List.of(", Jawa Barat")),
                new RowError(12, "nips", "travel.import.duplicateNip", List.of(BUDI)),
                new RowError(13, null, "import.fieldCount", List.of(9, 6)),
                new RowError(14, "date", "attendance.missingValue", List.of("date")),
                new RowError(14, "kind", "attendance.missingValue", List.of("kind")),
                new RowError(14, "allowance_per_day", "travel.import.badAllowance", List.of("Rp 530.000,50")),
                new RowError(16, "purpose", "attendance.missingValue", List.of("purpose")),
                new RowError(16, "nips", "travel.import.badNip",
                        List.of("199013322019032002", Problem.of("nip", "nip.birthDate", "19901332"))));
    }

    @Test
    void headersInAnyOrderAndCaseIndonesianNamesSemicolonsAndExtraColumnsIgnored() throws Exception {
        Path file = csv("st-id.csv", """
                No;NIP;Kembali;Berangkat;Jenis;Tujuan;Maksud;Tanggal;Nomor Surat;Uang Harian;Catatan
                1;198609262015051001;12/03/2025;10/03/2025;Luar Kota;Semarang, Jawa Tengah;Rapat;03/03/2025;\
                094/12/BKPSDM/2025;Rp530.000;bawa laptop
                """);

        ReadResult<TravelRow> result = reader.read(file);

        assertThat(result.errors()).isEmpty();
        assertThat(result.rows()).containsExactly(new TravelRow(2, "094/12/BKPSDM/2025", LocalDate.of(2025, 3, 3),
                "Rapat", "Semarang", "Jawa Tengah", TravelKind.LUAR_KOTA, LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 3, 12), List.of(BUDI), 530_000));
        assertThat(result.header("return")).isEqualTo("Kembali");
        assertThat(result.header("nips")).isEqualTo("NIP");
    }

    @Test
    void rejectionsNameColumnsAsTheFileWritesThem() throws Exception {
        Path file = csv("st.csv", """
                NUMBER,Date,Purpose,Destination,Kind,Depart,Return,NIPs,Allowance_Per_Day
                ST/1,2025-03-03,Rapat,Bandung,LK,2025-03-10,2025-03-12,198609262015051001,530.00.0
                """);

        assertThat(reader.read(file).errors()).containsExactly(
                new RowError(2, "Allowance_Per_Day", "travel.import.badAllowance", List.of("530.00.0")));
    }

    @Test
    void missingColumnsFailTheFileNamingAllOfThem() throws Exception {
        Path file = csv("kurang.csv", "number,purpose,destination,kind,depart,nips\nST/1,Rapat,Bandung,LK,"
                + "2025-03-10," + BUDI + "\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.missingColumns");
            assertThat(e.args()).containsExactly("date, return, allowance_per_day",
                    "number, purpose, destination, kind, depart, nips");
        });
    }

    @Test
    void oneMissingColumnUsesTheSingularMessage() throws Exception {
        Path file = csv("kurang.csv", "number,date,purpose,destination,kind,depart,return,nips\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(ImportException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("import.missingColumn");
            assertThat(e.args()[0]).isEqualTo("allowance_per_day");
        });
    }

    @Test
    void utf8WithBomAndWindows1252AreBothRead() throws Exception {
        String content = HEADER + "ST/1,2025-03-03,Rapat café,Bandung,LK,2025-03-10,2025-03-12," + BUDI + ",530000\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = content.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + utf8.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(utf8, 0, withBom, bom.length, utf8.length);
        Path bomFile = Files.write(dir.resolve("bom.csv"), withBom);
        Path ansiFile = Files.write(dir.resolve("ansi.csv"), content.getBytes(Charset.forName("windows-1252")));

        for (Path file : List.of(bomFile, ansiFile)) {
            ReadResult<TravelRow> result = reader.read(file);
            assertThat(result.errors()).as(file.toString()).isEmpty();
            assertThat(result.rows()).extracting(TravelRow::purpose).containsExactly("Rapat café");
            assertThat(result.header("number")).isEqualTo("number");
        }
    }

    @Test
    void xlsxWithExcelDatesAndNumbers() throws Exception {
        Path file = dir.resolve("st.xlsx");
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "test", "1.0")) {
            Worksheet ws = wb.newWorksheet("ST");
            String[] header = HEADER.strip().split(",");
            for (int c = 0; c < header.length; c++) {
                ws.value(0, c, header[c]);
            }
            Object[] good = {"ST/1", LocalDate.of(2025, 3, 3), "Rapat", "Bandung, Jawa Barat", "LK",
                LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12), BUDI, 530000};
            Object[] nipAsNumber = {"ST/2", LocalDate.of(2025, 3, 3), "Rapat", "Bandung", "LK",
                LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12), 198609262015051001.0, 530000.5};
            Object[][] rows = {good, nipAsNumber};
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof LocalDate d) {
                        ws.value(r + 1, c, d);
                    } else if (v instanceof Number n) {
                        ws.value(r + 1, c, n);
                    } else {
                        ws.value(r + 1, c, (String) v);
                    }
                }
            }
        }

        ReadResult<TravelRow> result = reader.read(file);

        assertThat(result.rows()).containsExactly(new TravelRow(2, "ST/1", LocalDate.of(2025, 3, 3), "Rapat",
                "Bandung", "Jawa Barat", TravelKind.LUAR_KOTA, LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 12),
                List.of(BUDI), 530_000));
        assertThat(result.errors()).containsExactly(
                new RowError(3, "nips", "import.nipAsNumber", List.of("nips")),
                new RowError(3, "allowance_per_day", "travel.import.badAllowance", List.of("530000.5")));
    }

    @Test
    void wholeFileProblemsThrow() throws Exception {
        assertThatThrownBy(() -> reader.read(dir.resolve("nope.csv"))).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.notFound"));
        Path headerOnly = csv("kosong.csv", HEADER + "\n,,,,,,,,\n");
        assertThatThrownBy(() -> reader.read(headerOnly)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.empty"));
        Path text = csv("st.txt", HEADER);
        assertThatThrownBy(() -> reader.read(text)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.unsupportedFormat"));
        Path broken = csv("kutip.csv", HEADER + "ST/1,2025-03-03,\"Rapat,Bandung\n");
        assertThatThrownBy(() -> reader.read(broken)).isInstanceOfSatisfying(ImportException.class,
                e -> assertThat(e.messageKey()).isEqualTo("import.csvSyntax"));
    }

    @Test
    void rupiahAsOfficesWriteIt() {
        assertThat(TravelCsvReader.rupiah("530000")).isEqualTo(530_000);
        assertThat(TravelCsvReader.rupiah("530.000")).isEqualTo(530_000);
        assertThat(TravelCsvReader.rupiah("Rp530.000")).isEqualTo(530_000);
        assertThat(TravelCsvReader.rupiah("Rp 530.000")).isEqualTo(530_000);
        assertThat(TravelCsvReader.rupiah("rp. 1.530.000,00")).isEqualTo(1_530_000);
        assertThat(TravelCsvReader.rupiah("IDR 530,000")).isEqualTo(530_000);
        assertThat(TravelCsvReader.rupiah("530 000")).isEqualTo(530_000);
        assertThat(TravelCsvReader.rupiah("530000,00")).isEqualTo(530_000);
        assertThat(TravelCsvReader.rupiah("0")).isZero();
        assertThat(TravelCsvReader.rupiah("-530000")).isEqualTo(-1);
        assertThat(TravelCsvReader.rupiah("530.000,50")).isEqualTo(-1);
        assertThat(TravelCsvReader.rupiah("53.0000")).isEqualTo(-1);
        assertThat(TravelCsvReader.rupiah("Rp")).isEqualTo(-1);
        assertThat(TravelCsvReader.rupiah("9999999999999999")).isEqualTo(-1);
    }
}
