package id.tertib.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import id.tertib.app.EmployeeFilter;
import id.tertib.app.EmployeeImport;
import id.tertib.app.I18n;
import id.tertib.app.ImportAction;
import id.tertib.app.Tertib;
import id.tertib.app.UnitImport;
import id.tertib.cli.Cli;
import id.tertib.domain.Employee;
import id.tertib.domain.EmployeeDraft;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.PositionKind;
import id.tertib.domain.Unit;
import id.tertib.ui.RecordingDialogs;
import id.tertib.ui.common.DirectTaskExecutor;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.shell.MainView;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Text that would change the schema or the data if it were ever pasted into SQL is stored through the app layer
 * (form save, CSV import, unit names) and must come back byte for byte, with every table still there; the CLI
 * prints it as CSV text and the employees screen finds it through the search box.
 */
class SqlInjectionTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneId.of("Asia/Jakarta"));

    /** Where the ATTACH in one hostile text would create a database if it ever ran; unique to this run. */
    private static final Path ATTACH_TARGET = Path.of(System.getProperty("java.io.tmpdir"),
            "tertib-sqli-" + java.util.UUID.randomUUID() + ".db");

    /** Hostile text; single spaces only, since names are stored with runs of blanks folded (PersonName). */
    static final List<String> HOSTILE = List.of(
            "Robert'); DROP TABLE employee;--",
            "' OR '1'='1",
            "\"; DELETE FROM unit; --",
            "x' UNION SELECT number, name FROM employee --",
            "1; UPDATE employee SET active = 0; --",
            "Budi :name @p $1 ? ?1 :id",
            "O'Brien \\' \\\" %_ */ /* ''",
            "Nur\u2019aini \uD83D\uDE00 \u0639\u0628\u062F \u00A7 ;",
            "'; ATTACH DATABASE '" + ATTACH_TARGET + "' AS x; --");

    private static final List<String> TABLES = List.of("employee", "flyway_schema_history", "setting", "unit");

    /** PNS NIPs, one per hostile text, all valid on the fixed clock. */
    private static String nip(int i) {
        return String.format("1986092620150510%02d", i + 1);
    }

    @TempDir
    Path dir;

    private Path db;
    private Tertib tertib;
    private Unit seksi;

    @BeforeEach
    void setUp() {
        db = dir.resolve("tertib.db");
        tertib = Tertib.open(db, CLOCK);
        Unit dinas = tertib.units().save(new Unit(0, "DIN", "Dinas Uji", null));
        seksi = tertib.units().save(new Unit(0, "SEK", "Seksi Uji", dinas.id()));
    }

    private static EmployeeDraft draft(int i, String text, long unitId) {
        return new EmployeeDraft(0, nip(i), text, text, text, null, null, EmploymentStatus.PNS, "III/a", text,
                PositionKind.PELAKSANA, unitId, "P" + i, true);
    }

    @Test
    void employeeTextSavedThroughTheServiceComesBackByteForByte() throws Exception {
        for (int i = 0; i < HOSTILE.size(); i++) {
            tertib.employees().save(draft(i, HOSTILE.get(i), seksi.id()));
        }

        Map<String, Employee> stored = byNumber(tertib.employees().list(EmployeeFilter.ALL));
        assertThat(stored).hasSize(HOSTILE.size());
        for (int i = 0; i < HOSTILE.size(); i++) {
            String text = HOSTILE.get(i);
            Employee e = stored.get(nip(i));
            assertThat(bytes(e.name().name())).as("name %d", i).isEqualTo(bytes(text));
            assertThat(bytes(e.name().frontTitle())).as("front title %d", i).isEqualTo(bytes(text));
            assertThat(bytes(e.name().backTitle())).as("back title %d", i).isEqualTo(bytes(text));
            assertThat(bytes(e.positionName())).as("position %d", i).isEqualTo(bytes(text));
            assertThat(column("SELECT name FROM employee WHERE number = ?", nip(i))).as("stored name %d", i)
                    .isEqualTo(text);
            // The search box's filter finds the person by the hostile text, and only by it.
            assertThat(tertib.employees().list(new EmployeeFilter(null, null, text, true)))
                    .extracting(Employee::number).contains(nip(i));
        }

        // An update with hostile text changes that one row only.
        Employee first = stored.get(nip(0));
        EmployeeDraft renamed = new EmployeeDraft(first.id(), first.number(), "", HOSTILE.get(2), "", null, null,
                first.status(), "III/a", "", first.positionKind(), first.unitId(), null, true);
        tertib.employees().save(renamed);
        assertThat(column("SELECT name FROM employee WHERE number = ?", nip(0))).isEqualTo(HOSTILE.get(2));
        assertThat(column("SELECT name FROM employee WHERE number = ?", nip(1))).isEqualTo(HOSTILE.get(1));
        assertTablesIntact(2, HOSTILE.size());
    }

    @Test
    void unitNamesComeBackByteForByte() throws Exception {
        List<Unit> saved = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            saved.add(tertib.units().save(new Unit(0, "H" + i, HOSTILE.get(i), seksi.id())));
        }
        Unit renamed = tertib.units().save(new Unit(saved.get(0).id(), "H0", HOSTILE.get(2), seksi.id()));

        Map<String, String> names = tertib.units().list().stream().collect(Collectors.toMap(Unit::code, Unit::name));
        for (int i = 1; i < HOSTILE.size(); i++) {
            assertThat(bytes(names.get("H" + i))).as("unit H%d", i).isEqualTo(bytes(HOSTILE.get(i)));
            assertThat(column("SELECT name FROM unit WHERE code = ?", "H" + i)).isEqualTo(HOSTILE.get(i));
        }
        assertThat(names.get("H0")).isEqualTo(renamed.name()).isEqualTo(HOSTILE.get(2));
        assertThat(names).containsEntry("DIN", "Dinas Uji").containsEntry("SEK", "Seksi Uji");
        assertTablesIntact(2 + HOSTILE.size(), 0);
    }

    /**
     * Through a CSV import. The importer drops one leading apostrophe from a cell by design (CellText: users
     * type it to force text, and Tertib's own CSV export writes it before formula-like cells), so the texts that
     * begin with one come back without it; everything else must be equal byte for byte.
     */
    @Test
    void hostileTextImportedFromCsvComesBackByteForByte() throws Exception {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"nip", "front_title", "name", "back_title", "status", "golongan", "position",
            "position_kind", "unit_code"});
        for (int i = 0; i < HOSTILE.size(); i++) {
            String t = HOSTILE.get(i);
            rows.add(new String[] {nip(i), t, t, t, "PNS", "III/a", t, "pelaksana", "SEK"});
        }
        Path file = Files.writeString(dir.resolve("pegawai.csv"),
                ImporterFuzzTest.csv(rows.toArray(String[][]::new)), StandardCharsets.UTF_8);
        List<String[]> unitRows = new ArrayList<>();
        unitRows.add(new String[] {"code", "name", "parent_code"});
        for (int i = 0; i < HOSTILE.size(); i++) {
            unitRows.add(new String[] {"U" + i, HOSTILE.get(i), "SEK"});
        }
        Path unitFile = Files.writeString(dir.resolve("unit.csv"),
                ImporterFuzzTest.csv(unitRows.toArray(String[][]::new)), StandardCharsets.UTF_8);

        EmployeeImport.Preview preview = tertib.employeeImport().preview(file);
        assertThat(preview.issues()).isEmpty();
        assertThat(tertib.employeeImport().commit(preview).inserted()).isEqualTo(HOSTILE.size());
        UnitImport.Preview unitPreview = tertib.unitImport().preview(unitFile);
        assertThat(unitPreview.issues()).isEmpty();
        assertThat(tertib.unitImport().commit(unitPreview)).isEqualTo(HOSTILE.size());

        Map<String, Employee> stored = byNumber(tertib.employees().list(EmployeeFilter.ALL));
        Map<String, String> units = tertib.units().list().stream().collect(Collectors.toMap(Unit::code, Unit::name));
        for (int i = 0; i < HOSTILE.size(); i++) {
            String expected = asImported(HOSTILE.get(i));
            Employee e = stored.get(nip(i));
            assertThat(bytes(e.name().name())).as("name %d", i).isEqualTo(bytes(expected));
            assertThat(bytes(e.name().frontTitle())).as("front title %d", i).isEqualTo(bytes(expected));
            assertThat(bytes(e.name().backTitle())).as("back title %d", i).isEqualTo(bytes(expected));
            assertThat(bytes(e.positionName())).as("position %d", i).isEqualTo(bytes(expected));
            assertThat(bytes(units.get("U" + i))).as("unit U%d", i).isEqualTo(bytes(expected));
        }
        assertTablesIntact(2 + HOSTILE.size(), HOSTILE.size());
    }

    /** The documented import rule: one leading apostrophe (and the blanks after it) is dropped. */
    private static String asImported(String text) {
        return text.startsWith("'") ? text.substring(1).strip() : text;
    }

    @Test
    void theCliPrintsHostileNamesAsProperlyQuotedCsvText() throws Exception {
        for (int i = 0; i < HOSTILE.size(); i++) {
            tertib.employees().save(draft(i, HOSTILE.get(i), seksi.id()));
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new String[] {"--db", db.toString(), "employees", "list", "--format", "csv"}, CLOCK,
                new PrintWriter(out), new PrintWriter(err), new BufferedReader(new StringReader("")));

        assertThat(exit).isZero();
        assertThat(err.toString()).isEmpty();
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(out.toString(), CSVFormat.RFC4180)) {
            records = parser.getRecords();
        }
        assertThat(records).hasSize(HOSTILE.size() + 1).allSatisfy(r -> assertThat(r.size()).isEqualTo(id.tertib.app.EmployeeExport.HEADER.size()));
        Map<String, CSVRecord> byNip = records.stream().skip(1).collect(Collectors.toMap(r -> r.get(0), r -> r));
        for (int i = 0; i < HOSTILE.size(); i++) {
            CSVRecord r = byNip.get(nip(i));
            // Read as a spreadsheet (and Tertib's importer) reads it: one protective leading apostrophe is dropped.
            assertThat(Stream.of(r.get(1), r.get(2), r.get(3), r.get(8)).map(c -> c.startsWith("'") ? c.substring(1) : c))
                    .as("titles, name and position of %d", i).containsOnly(HOSTILE.get(i));
        }
        // Quotes doubled inside a quoted cell; a quote-free cell with a comma quoted too.
        assertThat(out.toString()).contains(",\"\"\"; DELETE FROM unit; --\",")
                .contains(",\"x' UNION SELECT number, name FROM employee --\",");
        assertTablesIntact(2, HOSTILE.size());
    }

    /**
     * README: "employees list --format csv writes the same columns, so a list can be edited in a spreadsheet and
     * imported back." Re-importing the export unedited must change nothing. (Texts that begin with an apostrophe
     * are left to the next test.)
     */
    @Test
    void anExportedListWithHostileTextImportsBackUnchanged() throws Exception {
        assertRoundTripChangesNothing(HOSTILE.stream().filter(t -> !t.startsWith("'")).toList());
    }

    /**
     * The same round trip for a text that begins with an apostrophe. The reader drops one leading apostrophe
     * (CellText.clean), which the writer adds before formula-like cells (CsvTableWriter.neutralise); but the writer
     * adds none before a cell that already begins with one, so re-importing an unedited export loses it.
     */
    @Test
    void anExportedNameBeginningWithAnApostropheImportsBackUnchanged() throws Exception {
        assertRoundTripChangesNothing(HOSTILE.stream().filter(t -> t.startsWith("'")).toList());
    }

    private void assertRoundTripChangesNothing(List<String> texts) throws Exception {
        assertThat(texts).isNotEmpty();
        for (int i = 0; i < texts.size(); i++) {
            tertib.employees().save(draft(i, texts.get(i), seksi.id()));
        }
        StringWriter out = new StringWriter();
        int exit = Cli.run(new String[] {"--db", db.toString(), "employees", "list", "--format", "csv"}, CLOCK,
                new PrintWriter(out), new PrintWriter(new StringWriter()), new BufferedReader(new StringReader("")));
        assertThat(exit).isZero();
        Path export = Files.writeString(dir.resolve("export.csv"), out.toString(), StandardCharsets.UTF_8);

        EmployeeImport.Preview preview = tertib.employeeImport().preview(export);

        assertThat(preview.issues()).isEmpty();
        assertThat(preview.lines()).hasSize(texts.size());
        assertThat(preview.lines()).as("rows changed by an unedited round trip")
                .filteredOn(l -> l.action() != ImportAction.UNCHANGED)
                .extracting(l -> l.employee().name().name()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------

    private static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Employee> byNumber(List<Employee> employees) {
        return employees.stream().collect(Collectors.toMap(Employee::number, Function.identity()));
    }

    /** One text value read with a plain connection, so the check does not go through the code under test. */
    private String column(String sql, String parameter) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("%s [%s]", sql, parameter).isTrue();
                return rs.getString(1);
            }
        }
    }

    private void assertTablesIntact(int units, int employees) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement s = c.createStatement()) {
            TreeSet<String> tables = new TreeSet<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            assertThat(tables).containsAll(TABLES);
            try (ResultSet rs = s.executeQuery("PRAGMA database_list")) {
                int attached = 0;
                while (rs.next()) {
                    attached++;
                }
                assertThat(attached).as("databases on the connection").isEqualTo(1);
            }
            assertThat(count(s, "unit")).isEqualTo(units);
            assertThat(count(s, "employee")).isEqualTo(employees);
            assertThat(count(s, "employee WHERE active = 0")).isZero();
        }
        assertThat(ATTACH_TARGET).as("no database attached by a hostile name").doesNotExist();
    }

    private static int count(Statement s, String from) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + from)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The real employees screen, headless, on a database holding a hostile name. */
    @Nested
    @ExtendWith(ApplicationExtension.class)
    class EmployeesScreen {

        private static final String HOSTILE_NAME = "Robert'); DROP TABLE employee;--";

        private Tertib screenTertib;

        @Start
        void start(Stage stage) throws Exception {
            Path file = Files.createTempDirectory("tertib-sqli-ui").resolve("ui.db");
            screenTertib = Tertib.open(file, CLOCK);
            Unit dinas = screenTertib.units().save(new Unit(0, "DIN", "Dinas Uji", null));
            screenTertib.employees().save(new EmployeeDraft(0, nip(0), "", HOSTILE_NAME, "", null, null,
                    EmploymentStatus.PNS, "III/a", "Pelaksana", PositionKind.PELAKSANA, dinas.id(), "", true));
            screenTertib.employees().save(new EmployeeDraft(0, nip(1), "", "Budi Santoso", "", null, null,
                    EmploymentStatus.PNS, "III/a", "Pelaksana", PositionKind.PELAKSANA, dinas.id(), "", true));
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            UiContext ctx = new UiContext(screenTertib, new I18n(I18n.INDONESIAN), new RecordingDialogs(),
                    new DirectTaskExecutor());
            stage.setScene(new Scene(new MainView(ctx, () -> { }).root(), 1280, 800));
            stage.show();
        }

        @Test
        void theSearchBoxFindsAndShowsTheHostileName(FxRobot robot) {
            TableView<Employee> table = robot.lookup("#employee-table").queryTableView();
            assertThat(table.getItems()).hasSize(2);

            robot.clickOn("#employee-search").write("DROP TABLE employee;--");

            assertThat(table.getItems()).extracting(e -> e.name().name()).containsExactly(HOSTILE_NAME);
            assertThat(robot.lookup("#employee-table .table-cell").queryAllAs(Labeled.class))
                    .extracting(Labeled::getText).contains(HOSTILE_NAME);
            assertThat(screenTertib.employees().list(EmployeeFilter.ALL)).hasSize(2);
        }
    }
}
