package id.tertib.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.AppException;
import id.tertib.app.EmployeeImport;
import id.tertib.app.I18n;
import id.tertib.app.ImportIssue;
import id.tertib.app.Tertib;
import id.tertib.app.UnitImport;
import id.tertib.domain.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds damaged, odd and hostile files to both import previews through the app layer. Whatever the file, a
 * preview either returns normally or throws {@link AppException} with translatable problems (keys that exist in
 * messages_id.properties and format in both languages); no other exception, and no write to the database.
 *
 * <p>Every case is named in a failure ("truncated employees.xlsx at 714 bytes", "mutation 37 of units.csv"), and
 * all randomness is seeded, so a failing case can be rebuilt.
 */
class ImporterFuzzTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));
    private static final int MUTATIONS = 200;
    private static final int TRUNCATION_STEP = 7;

    /** Header and rows of a valid employee file in the demo office's units; names with letters beyond ASCII. */
    private static final String[][] EMPLOYEES = {
        {"nip", "name", "gender", "status", "golongan", "position", "position_kind", "unit_code", "pin"},
        {"198609262015051001", "Budi Santoso", "L", "PNS", "III/b", "Pranata Komputer", "JF", "SET.UK", "9001"},
        {"199001012019032002", "Dewi Lestari", "P", "PNS", "III/a", "Pengolah Data", "pelaksana", "IKP.PIP", "9002"},
        {"199203152022212005", "Siti Nur'aini", "P", "PPPK", "IX", "Pengelola Layanan", "pelaksana", "apt.pa", "9003"},
        {"197512312001121001", "René Müller, S.T.", "L", "PNS", "IV/a", "Kepala Seksi", "pengawas", "INF.JI", ""},
        {"198002292005011002", "Señora Ñoño", "L", "PNS", "III/d", "Analis \"Senior\"", "JF", "STA.SS", "A7"},
    };

    private static final String[][] UNITS = {
        {"code", "name", "parent_code"},
        {"X1", "Unit Uji Satu", "DKI"},
        {"X2", "Unit Uji Dua", "X1"},
        {"x3", "Unit Uji Tiga; \"kutip\"", "set"},
        {"X4", "Unit Uji Empat", ""},
    };

    @TempDir
    Path dir;

    private Tertib tertib;
    private Connection watcher;
    private Properties keys;
    private final I18n indonesian = new I18n(I18n.INDONESIAN);
    private final I18n english = new I18n(I18n.ENGLISH);
    private long dataVersion;
    private String counts;
    private final List<String> failures = new ArrayList<>();
    private int cases;
    private int refused;
    private int previewed;

    @BeforeEach
    void setUp() throws Exception {
        tertib = Tertib.open(dir.resolve("tertib.db"), CLOCK);
        tertib.demo().fill(2026, 40);
        tertib.auth().signIn("hr", id.tertib.app.DemoService.DEMO_PASSWORD);
        keys = new Properties();
        try (InputStream in = ImporterFuzzTest.class.getResourceAsStream("/id/tertib/messages_id.properties")) {
            keys.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        // A connection of its own: PRAGMA data_version changes when any other connection commits a change.
        watcher = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("tertib.db").toAbsolutePath());
        dataVersion = dataVersion();
        counts = counts();
        Files.createDirectories(dir.resolve("in"));
    }

    @AfterEach
    void tearDown() throws SQLException {
        watcher.close();
    }

    @Test
    void everyTruncationOfValidFilesIsPreviewedOrRefusedCleanly() throws Exception {
        for (Map.Entry<String, byte[]> valid : validFiles().entrySet()) {
            byte[] bytes = valid.getValue();
            for (int length = 0; length < bytes.length; length += TRUNCATION_STEP) {
                feed("truncated " + valid.getKey() + " at " + length + " bytes", valid.getKey(),
                        Arrays.copyOf(bytes, length));
            }
        }
        assertClean(1_000);
    }

    @Test
    void seededByteMutationsArePreviewedOrRefusedCleanly() throws Exception {
        Random random = new Random(20261123L);
        for (Map.Entry<String, byte[]> valid : validFiles().entrySet()) {
            for (int i = 0; i < MUTATIONS; i++) {
                feed("mutation " + i + " of " + valid.getKey(), valid.getKey(), mutate(valid.getValue(), random));
            }
        }
        assertClean(4 * MUTATIONS);
    }

    /**
     * Raw mutations of a zip mostly break its checksums; these reach the XML parser with damaged XML instead.
     * A mutation that puts a cell beyond column XFD (Excel's last) is left out here: it exhausts the heap (known
     * bug, see {@link #aCellFarBeyondTheLastExcelColumnIsRefusedAsUnreadable}), and an OutOfMemoryError in the
     * test JVM would take minutes and disturb the tests after it.
     */
    @Test
    void seededMutationsOfTheXmlInsideAnXlsxArePreviewedOrRefusedCleanly() throws Exception {
        Random random = new Random(7L);
        int skipped = 0;
        for (String name : List.of("employees.xlsx", "units.xlsx")) {
            Map<String, byte[]> entries = unzip(validFiles().get(name));
            List<String> xml = entries.keySet().stream().filter(e -> e.endsWith(".xml")).sorted().toList();
            for (int i = 0; i < MUTATIONS; i++) {
                String target = random.nextInt(3) > 0 && entries.containsKey("xl/worksheets/sheet1.xml")
                        ? "xl/worksheets/sheet1.xml" : xml.get(random.nextInt(xml.size()));
                Map<String, byte[]> changed = new LinkedHashMap<>(entries);
                byte[] mutated = mutateXml(entries.get(target), random);
                if (hasCellBeyondLastColumn(mutated)) {
                    skipped++;
                    continue;
                }
                changed.put(target, mutated);
                feed("xml mutation " + i + " of " + target + " in " + name, name, zip(changed));
            }
        }
        System.out.println("ImporterFuzzTest: xml mutations left out for the known bug: " + skipped);
        assertClean(2 * MUTATIONS - 40);
    }

    /**
     * A sheet whose XML names a cell far beyond column XFD (here ZZZZZZ2, column 321,272,406) must be refused like
     * any damaged workbook. fastexcel-reader pads the row with one null per column up to that index, the heap runs
     * out, and the OutOfMemoryError passes XlsxSheetReader's catch (IOException | RuntimeException): the CLI dies
     * with a stack trace; in the window FxTaskExecutor catches only Exception | LinkageError, so the import never
     * reports back. Run in a child JVM with a small heap so that it fails in seconds, not after filling this one.
     */
    @Test
    void aCellFarBeyondTheLastExcelColumnIsRefusedAsUnreadable() throws Exception {
        Map<String, byte[]> entries = unzip(validFiles().get("employees.xlsx"));
        String sheet = new String(entries.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertThat(sheet).contains("r=\"B2\"");
        entries.put("xl/worksheets/sheet1.xml", sheet.replace("r=\"B2\"", "r=\"ZZZZZZ2\"")
                .getBytes(StandardCharsets.UTF_8));
        Path file = write("far-column.xlsx", zip(entries));
        Path err = dir.resolve("far-column.err");
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        tertib.close(); // the child must be the writer
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "id.tertib.Launcher",
                "--db", dir.resolve("tertib.db").toString(), "--user", "hr", "--lang", "en", "employees", "import",
                file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        builder.environment().put("TERTIB_PASSWORD", id.tertib.app.DemoService.DEMO_PASSWORD);
        Process p = builder.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("child finished").isTrue();

        assertThat(Files.readString(err)).doesNotContain("OutOfMemoryError")
                .startsWith("Error: ").contains("far-column.xlsx");
        assertThat(p.exitValue()).isEqualTo(1);
    }

    @Test
    void randomBytesAreRefusedCleanly() throws Exception {
        Random random = new Random(42L);
        for (int i = 0; i < 40; i++) {
            byte[] bytes = new byte[1 + random.nextInt(i < 20 ? 64 : 20_000)];
            random.nextBytes(bytes);
            if (i % 4 == 0) {
                bytes = concat(new byte[] {'P', 'K', 3, 4}, bytes); // looks like a zip at first glance
            }
            feed("random bytes " + i + " (" + bytes.length + ")", "random" + i + ".csv", bytes);
            feed("random bytes " + i + " (" + bytes.length + ")", "random" + i + ".xlsx", bytes);
        }
        assertClean(80);
    }

    @Test
    void utf16AndWindows1252FilesReadLikeTheirUtf8Original() throws Exception {
        String text = csv(EMPLOYEES);
        List<String> expected = names(tertib.employeeImport().preview(write("utf8.csv",
                text.getBytes(StandardCharsets.UTF_8))));
        assertThat(expected).contains("René Müller, S.T.", "Señora Ñoño", "Siti Nur'aini");

        Map<String, byte[]> encoded = new LinkedHashMap<>();
        encoded.put("utf8-bom.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8)));
        encoded.put("utf16le-bom.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                text.getBytes(StandardCharsets.UTF_16LE)));
        encoded.put("utf16be-bom.csv", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                text.getBytes(StandardCharsets.UTF_16BE)));
        encoded.put("windows1252.csv", text.getBytes(Charset.forName("windows-1252")));
        encoded.put("windows1252-crlf.csv", text.replace("\n", "\r\n").getBytes(Charset.forName("windows-1252")));
        for (Map.Entry<String, byte[]> file : encoded.entrySet()) {
            feed(file.getKey(), file.getKey(), file.getValue());
            assertThat(names(tertib.employeeImport().preview(write(file.getKey(), file.getValue()))))
                    .as(file.getKey()).isEqualTo(expected);
        }
        String units = csv(UNITS);
        feed("units utf16le", "units16.csv", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                units.getBytes(StandardCharsets.UTF_16LE)));
        // Without a BOM, UTF-16 is full of NUL bytes: refused as unreadable, not read as garbage.
        feed("utf16le without BOM", "nobom.csv", text.getBytes(StandardCharsets.UTF_16LE));
        assertClean(7);
    }

    @Test
    void twoMegabyteLinesArePreviewedOrRefusedCleanly() throws Exception {
        int size = 2 * 1024 * 1024;
        String header = String.join(",", EMPLOYEES[0]) + "\n";
        feed("2 MB of one letter", "letters.csv", "x".repeat(size).getBytes(StandardCharsets.US_ASCII));
        feed("2 MB line after the header", "longrow.csv",
                (header + "1".repeat(size)).getBytes(StandardCharsets.US_ASCII));
        feed("2 MB name in a row", "longname.csv", (header + "198609262015051001," + "a".repeat(size)
                + ",L,PNS,III/b,x,JF,SET.UK,1\n").getBytes(StandardCharsets.US_ASCII));
        feed("2 MB quoted cell never closed", "openquote.csv",
                (header + "\"" + "b".repeat(size)).getBytes(StandardCharsets.US_ASCII));
        feed("2 MB of semicolons", "semicolons.csv", ";".repeat(size).getBytes(StandardCharsets.US_ASCII));
        feed("2 MB header of commas", "commas.csv", (",".repeat(size) + "\n1,2\n").getBytes(StandardCharsets.US_ASCII));
        assertClean(6);
    }

    @Test
    void formulaLookingCellsAreKeptAsTextAndNeverEvaluated() throws Exception {
        String[] risky = {"=HYPERLINK(\"http://contoh.id/x\",\"klik\")", "+6281234567890", "-1", "@SUM(A1)",
            "=1+1", "-2+3", "=cmd|' /C calc'!A0"};
        String[] nips = {"198609262015051001", "199001012019032002", "197512312001121001", "198002292005011002",
            "198811112012121001", "199404042019032004", "199505052020121005"};
        List<String[]> rows = new ArrayList<>();
        rows.add(EMPLOYEES[0]);
        for (int i = 0; i < risky.length; i++) {
            // The risky text as name and position: valid, and must be kept exactly as written.
            rows.add(new String[] {nips[i], risky[i], nips[i].charAt(14) == '1' ? "L" : "P", "PNS", "III/a", risky[i],
                "JF", "SET.UK", ""});
        }
        // The risky text where it is not valid: PIN, golongan, unit code; those rows are refused with a reason.
        rows.add(new String[] {"199606062021061006", "Pin Plus", "L", "PNS", "III/a", "", "JF", "SET.UK", risky[1]});
        rows.add(new String[] {"199707072022071007", "Pin Minus", "L", "PNS", "III/a", "", "JF", "SET.UK", risky[2]});
        rows.add(new String[] {"199808082023081008", "Formula Golongan", "L", "PNS", risky[0], "", "JF", "SET.UK", ""});
        rows.add(new String[] {"199909092024091009", "Formula Unit", "L", "PNS", "III/a", "", "JF", risky[3], ""});
        rows.add(new String[] {"198101012005011010", "Formula Asli", "L", "PNS", "III/a", "", "JF", "SET.UK", ""});
        String[][] table = rows.toArray(String[][]::new);
        int realFormulaRow = table.length - 1;
        byte[] csv = csv(table).getBytes(StandardCharsets.UTF_8);
        byte[] xlsx = xlsx(table, ws -> {
            // A real formula in the position column, as Excel would store it but without a cached value.
            ws.formula(realFormulaRow, 5, "HYPERLINK(\"http://contoh.id\",\"klik\")");
            return null;
        });
        feed("formula-looking cells", "formulas.csv", csv);
        feed("formula-looking cells", "formulas.xlsx", xlsx);
        String[][] unitRows = {UNITS[0], {"F1", risky[0], ""}, {"F2", risky[3], "F1"}, {"F3", risky[1], risky[2]}};
        feed("formula-looking unit cells", "unit-formulas.csv", csv(unitRows).getBytes(StandardCharsets.UTF_8));
        assertClean(3);

        for (String name : List.of("formulas.csv", "formulas.xlsx")) {
            EmployeeImport.Preview preview = tertib.employeeImport().preview(write(name, name.endsWith(".csv") ? csv : xlsx));
            assertThat(names(preview)).as(name).containsAll(List.of(risky)).contains("Formula Asli");
            assertThat(preview.lines()).as(name).extracting(l -> l.employee().positionName())
                    .containsAll(List.of(risky));
            // "+62..." and "-1" are no PINs; the rows are refused for that, not broken.
            assertThat(preview.issues()).as(name).extracting(i -> i.problem().messageKey())
                    .contains("employee.pinFormat", "employee.golonganPns", "import.unknownUnit");
        }
        UnitImport.Preview units = tertib.unitImport().preview(write("unit-formulas.csv", csv(unitRows)
                .getBytes(StandardCharsets.UTF_8)));
        assertThat(units.lines()).extracting(UnitImport.Line::name).contains(risky[0], risky[3]);
    }

    @Test
    void impossibleDatesInNipsAreRejectedOnTheirRowAndPossibleOnesAccepted() throws Exception {
        Map<String, String> impossible = new LinkedHashMap<>();
        impossible.put("199002292015051001", "29 Feb 1990 (not a leap year)");
        impossible.put("190002292015051001", "29 Feb 1900 (century, not a leap year)");
        impossible.put("199013012015051001", "month 13");
        impossible.put("199000102015051001", "month 00");
        impossible.put("199001002015051001", "day 00");
        impossible.put("199001322015051001", "day 32");
        impossible.put("199004312015051001", "31 April");
        impossible.put("198609262015131001", "appointment month 13");
        impossible.put("198609262015001001", "appointment month 00");
        impossible.put("198609262000011001", "appointment at 13");
        impossible.put("198609262099011001", "appointment in the future");
        impossible.put("000000000000000000", "all zeros");
        impossible.put("999999999999999999", "all nines");
        List<String[]> rows = new ArrayList<>();
        rows.add(EMPLOYEES[0]);
        impossible.keySet().forEach(nip -> rows.add(new String[] {nip, "Tanggal " + impossible.get(nip), "", "PNS",
            "III/a", "", "JF", "SET.UK", ""}));
        rows.add(new String[] {"199102292015051001", "PPPK 29 Feb 1991", "P", "PPPK", "IX", "", "JF", "SET.UK", ""});
        String[] possible = {"199202292015051001", "200002292022031002", "198612312010121001"};
        for (String nip : possible) {
            rows.add(new String[] {nip, "Benar " + nip, "", "PNS", "III/a", "", "JF", "SET.UK", ""});
        }
        String[][] table = rows.toArray(String[][]::new);

        for (String name : List.of("dates.csv", "dates.xlsx")) {
            byte[] bytes = name.endsWith(".csv") ? csv(table).getBytes(StandardCharsets.UTF_8) : xlsx(table, ws -> null);
            feed("impossible NIP dates", name, bytes);
            EmployeeImport.Preview preview = tertib.employeeImport().preview(write(name, bytes));
            assertThat(preview.lines()).as(name).extracting(l -> l.employee().number())
                    .containsExactlyInAnyOrder(possible);
            int firstBad = 2;
            for (int row = firstBad; row < firstBad + impossible.size() + 1; row++) {
                int r = row;
                assertThat(preview.issues()).as("%s row %d (%s)", name, r, table[r - 1][1])
                        .filteredOn(i -> i.row() == r).isNotEmpty()
                        .allSatisfy(i -> assertThat(i.problem().messageKey()).startsWith("nip."))
                        .allSatisfy(i -> assertThat(i.column()).isEqualTo("nip"));
            }
        }
        assertClean(2);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Runs both previews on the bytes, saved under {@code fileName}, and records anything unclean. */
    private void feed(String label, String fileName, byte[] bytes) throws Exception {
        cases++;
        Path file = write(fileName, bytes);
        long start = System.nanoTime();
        check(label + " [employees]", () -> tertib.employeeImport().preview(file).issues());
        check(label + " [units]", () -> tertib.unitImport().preview(file).issues());
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (ms > 2_000) { // reported for a person to judge, not asserted
            System.out.printf(Locale.ROOT, "ImporterFuzzTest: slow case, %d ms for both previews: %s%n", ms, label);
        }
        long version = dataVersion();
        String now = counts();
        if (version != dataVersion || !now.equals(counts)) {
            failures.add(label + ": the database changed (" + counts + " -> " + now + ")");
            dataVersion = version;
            counts = now;
        }
    }

    private void check(String label, java.util.function.Supplier<List<ImportIssue>> preview) {
        try {
            List<ImportIssue> issues = preview.get();
            previewed++;
            for (ImportIssue issue : issues) {
                checkProblem(label + " row " + issue.row(), issue.problem());
            }
        } catch (AppException e) {
            refused++;
            if (e.problems().isEmpty()) {
                failures.add(label + ": AppException without problems");
            }
            e.problems().forEach(p -> checkProblem(label, p));
        } catch (Throwable t) { // the point of the test: nothing else may come out, not even an Error
            failures.add(label + ": " + t.getClass().getName() + ": " + t.getMessage() + " at "
                    + Arrays.stream(t.getStackTrace()).limit(4).map(String::valueOf).toList());
        }
    }

    private void checkProblem(String label, Problem p) {
        if (p.messageKey() == null || !keys.containsKey(p.messageKey())) {
            failures.add(label + ": message key " + p.messageKey() + " not in messages_id.properties");
            return;
        }
        for (I18n i18n : List.of(indonesian, english)) {
            try {
                String text = i18n.text(p);
                if (text.isBlank() || text.equals(p.messageKey())) {
                    failures.add(label + ": " + p.messageKey() + " has no " + i18n.locale() + " text");
                }
            } catch (RuntimeException e) {
                failures.add(label + ": " + p.messageKey() + " " + p.args() + " cannot be formatted in "
                        + i18n.locale() + ": " + e);
            }
        }
    }

    private void assertClean(int atLeastCases) {
        System.out.printf(Locale.ROOT, "ImporterFuzzTest: %d files, %d previews, %d refusals, %d failures%n", cases,
                previewed, refused, failures.size());
        assertThat(cases).isGreaterThanOrEqualTo(atLeastCases);
        assertThat(failures).as("unclean outcomes (first 20 of %d)", failures.size())
                .satisfies(f -> assertThat(f.subList(0, Math.min(20, f.size()))).isEmpty());
    }

    private long dataVersion() throws SQLException {
        try (Statement s = watcher.createStatement(); ResultSet rs = s.executeQuery("PRAGMA data_version")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String counts() throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Statement s = watcher.createStatement()) {
            for (String table : List.of("employee", "unit", "setting", "flyway_schema_history")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    sb.append(table).append('=').append(rs.getInt(1)).append(' ');
                }
            }
        }
        return sb.toString().trim();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve("in").resolve(name), bytes);
    }

    private static List<String> names(EmployeeImport.Preview preview) {
        return preview.lines().stream().map(l -> l.employee().name().name()).toList();
    }

    private Map<String, byte[]> validFiles() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("employees.csv", csv(EMPLOYEES).getBytes(StandardCharsets.UTF_8));
        files.put("employees.xlsx", xlsx(EMPLOYEES, ws -> null));
        files.put("units.csv", csv(UNITS).getBytes(StandardCharsets.UTF_8));
        files.put("units.xlsx", xlsx(UNITS, ws -> null));
        // They must be valid to begin with, or the truncations and mutations prove little.
        for (String name : List.of("employees.csv", "employees.xlsx")) {
            EmployeeImport.Preview p = tertib.employeeImport().preview(write("valid-" + name, files.get(name)));
            assertThat(p.issues()).as(name).isEmpty();
            assertThat(p.lines()).as(name).hasSize(EMPLOYEES.length - 1);
        }
        for (String name : List.of("units.csv", "units.xlsx")) {
            UnitImport.Preview p = tertib.unitImport().preview(write("valid-" + name, files.get(name)));
            assertThat(p.issues()).as(name).isEmpty();
            assertThat(p.lines()).as(name).hasSize(UNITS.length - 1);
        }
        return files;
    }

    /** RFC 4180: cells with a comma, quote or line break are quoted, quotes doubled. */
    static String csv(String[][] table) {
        StringBuilder sb = new StringBuilder();
        for (String[] row : table) {
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    sb.append(',');
                }
                String cell = row[c];
                boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
                sb.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** An XLSX with every cell as text (the NIP too, as a careful user formats it); {@code extra} may add more. */
    static byte[] xlsx(String[][] table, Function<Worksheet, Void> extra) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(out, "Tertib fuzz", "1.0")) {
            Worksheet ws = wb.newWorksheet("Data");
            for (int r = 0; r < table.length; r++) {
                for (int c = 0; c < table[r].length; c++) {
                    if (!table[r][c].isEmpty()) {
                        ws.value(r, c, table[r][c]);
                    }
                }
            }
            extra.apply(ws);
        }
        return out.toByteArray();
    }

    /** One to four random edits: overwrite, bit flip, insert, delete, duplicate, or a CSV/XML special byte. */
    static byte[] mutate(byte[] original, Random random) {
        byte[] b = original.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && b.length > 0; e++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(6)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> b[at] ^= (byte) (1 << random.nextInt(8));
                case 2 -> {
                    byte[] special = {'"', ',', ';', '\n', '\r', '\t', 0, (byte) 0xFF, '<', '>', '&', '\'', '='};
                    b[at] = special[random.nextInt(special.length)];
                }
                case 3 -> {
                    byte[] insert = new byte[1 + random.nextInt(8)];
                    random.nextBytes(insert);
                    b = concat(Arrays.copyOf(b, at), concat(insert, Arrays.copyOfRange(b, at, b.length)));
                }
                case 4 -> {
                    int end = Math.min(b.length, at + 1 + random.nextInt(16));
                    b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, end, b.length));
                }
                default -> {
                    int end = Math.min(b.length, at + 1 + random.nextInt(64));
                    b = concat(Arrays.copyOf(b, end), Arrays.copyOfRange(b, at, b.length));
                }
            }
        }
        return b;
    }

    /** Edits that keep an XML file plausible: numbers made huge or negative, tags cut, cell references bent. */
    /** True when a cell reference's column lies beyond XFD (column 16,384), the last one Excel has. */
    static boolean hasCellBeyondLastColumn(byte[] xml) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<c[^>]*\\sr=\"([A-Za-z]+)[0-9]*\"")
                .matcher(new String(xml, StandardCharsets.UTF_8));
        while (m.find()) {
            long column = 0;
            for (char ch : m.group(1).toUpperCase(Locale.ROOT).toCharArray()) {
                column = column * 26 + (ch - 'A' + 1);
                if (column > 16_384) {
                    return true;
                }
            }
        }
        return false;
    }

    static byte[] mutateXml(byte[] original, Random random) {
        String xml = new String(original, StandardCharsets.UTF_8);
        String[] numbers = {"0", "-1", "99999999999", "1048577", "2147483648", "1E+308", "NaN", ""};
        String[] refs = {"A0", "XFD1048576", "XFE1", "ZZZZZZ1", "A-1", "1A", "", "AAAAAAAAAAAAAAAAAAAAAAA1", "a1"};
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            switch (random.nextInt(6)) {
                case 0 -> xml = replaceRandom(xml, "r=\"[A-Z]+[0-9]+\"", "r=\"" + refs[random.nextInt(refs.length)] + "\"",
                        random);
                case 1 -> xml = replaceRandom(xml, "r=\"[0-9]+\"", "r=\"" + numbers[random.nextInt(numbers.length)] + "\"",
                        random);
                case 2 -> xml = replaceRandom(xml, "<v>[^<]*</v>", "<v>" + numbers[random.nextInt(numbers.length)] + "</v>",
                        random);
                case 3 -> xml = replaceRandom(xml, "t=\"[a-zA-Z]+\"", "t=\"" + new String[] {"n", "s", "b", "e", "str",
                    "inlineStr", "d", "zz"}[random.nextInt(8)] + "\"", random);
                case 4 -> {
                    int at = random.nextInt(Math.max(1, xml.length()));
                    xml = xml.substring(0, at) + xml.substring(Math.min(xml.length(), at + 1 + random.nextInt(40)));
                }
                default -> {
                    return mutate(xml.getBytes(StandardCharsets.UTF_8), random);
                }
            }
        }
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String replaceRandom(String text, String regex, String replacement, Random random) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(regex).matcher(text);
        List<int[]> hits = new ArrayList<>();
        while (m.find()) {
            hits.add(new int[] {m.start(), m.end()});
        }
        if (hits.isEmpty()) {
            return text;
        }
        int[] hit = hits.get(random.nextInt(hits.size()));
        return text.substring(0, hit[0]) + replacement + text.substring(hit[1]);
    }

    /** Through a file: the writer streams entries with data descriptors, which ZipInputStream misreads. */
    private Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Path file = write("unzip.tmp", zip);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile z = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(z.entries())) {
                try (InputStream in = z.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
