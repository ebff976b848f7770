package id.tertib.app;

import static id.tertib.app.AppFixtures.NIP_BUDI;
import static id.tertib.app.AppFixtures.NI_SITI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.tertib.domain.Employee;
import id.tertib.domain.Gender;
import id.tertib.domain.Golongan;
import id.tertib.domain.PositionKind;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmployeeImportTest {

    private static final String HEADER = "nip,name,gender,status,golongan,position,position_kind,unit_code,pin\n";
    private static final String BUDI = "198609262015051001,Budi Santoso,L,PNS,III/b,Pranata Komputer,JF,BID,1001\n";
    private static final String SITI = "199203152022212005,Siti Rahma,P,PPPK,IX,Pengelola Layanan,pelaksana,sek,1002\n";

    /** Rows 2 and 4 are good; row 3 has 31 September, row 5 an unknown unit, row 6 an unknown status. */
    private static final String FIVE_ROWS = HEADER
            + BUDI
            + "198609312015051001,Salah Tanggal,L,PNS,III/a,,pelaksana,BID,\n"
            + SITI
            + "199001012019032002,Dewi Lestari,P,PNS,III/a,,JF,NOPE,\n"
            + "199805102025011003,Agus Hidayat,L,Honorer,,,JF,BID,\n";

    @TempDir
    Path dir;

    private Tertib tertib;
    private EmployeeImport importer;
    private Unit bidang;
    private Unit seksi;

    @BeforeEach
    void setUp() {
        tertib = AppFixtures.open(dir);
        importer = tertib.employeeImport();
        Unit dinas = tertib.units().save(new Unit(0, "DIN", "Dinas", null));
        bidang = tertib.units().save(new Unit(0, "BID", "Bidang", dinas.id()));
        seksi = tertib.units().save(new Unit(0, "SEK", "Seksi", bidang.id()));
    }

    private int stored() {
        return tertib.employees().list(EmployeeFilter.ALL).size();
    }

    private Employee storedByNumber(String number) {
        return tertib.employees().list(EmployeeFilter.ALL).stream().filter(e -> e.number().equals(number))
                .findFirst().orElseThrow();
    }

    @Test
    void previewSeparatesGoodRowsFromRejectedOnesWithSpreadsheetRowNumbers() throws Exception {
        Path file = AppFixtures.write(dir, "pegawai.csv", FIVE_ROWS);

        EmployeeImport.Preview preview = importer.preview(file);

        assertThat(preview.lines()).extracting(EmployeeImport.Line::row, l -> l.employee().number(),
                EmployeeImport.Line::action).containsExactly(
                        tuple(2, NIP_BUDI, ImportAction.INSERT),
                        tuple(4, NI_SITI, ImportAction.INSERT));
        assertThat(preview.issues()).extracting(ImportIssue::row, ImportIssue::column, i -> i.problem().messageKey())
                .containsExactly(
                        tuple(3, "nip", "nip.birthDate"),
                        tuple(5, "unit_code", "import.unknownUnit"),
                        tuple(6, "status", "import.badStatus"));
        assertThat(preview.issues().get(1).problem().args()).containsExactly("NOPE");
        assertThat(preview.issues().get(2).problem().args()).containsExactly("Honorer");
        assertThat(preview.count(ImportAction.INSERT)).isEqualTo(2);
        assertThat(stored()).as("preview writes nothing").isZero();
    }

    @Test
    void commitStoresExactlyTheGoodRows() throws Exception {
        Path file = AppFixtures.write(dir, "pegawai.csv", FIVE_ROWS);

        EmployeeImport.Summary summary = importer.commit(importer.preview(file));

        assertThat(summary).isEqualTo(new EmployeeImport.Summary(2, 0, 0));
        assertThat(tertib.employees().list(EmployeeFilter.ALL)).extracting(Employee::number)
                .containsExactlyInAnyOrder(NIP_BUDI, NI_SITI);
        Employee budi = storedByNumber(NIP_BUDI);
        assertThat(budi.name().full()).isEqualTo("Budi Santoso");
        assertThat(budi.golongan()).isEqualTo(Golongan.III_B);
        assertThat(budi.positionKind()).isEqualTo(PositionKind.FUNGSIONAL);
        assertThat(budi.unitId()).isEqualTo(bidang.id());
        assertThat(budi.pin()).isEqualTo("1001");
        Employee siti = storedByNumber(NI_SITI);
        assertThat(siti.gender()).isEqualTo(Gender.FEMALE);
        assertThat(siti.golongan()).isEqualTo(Golongan.PPPK_IX);
        assertThat(siti.unitId()).as("unit code matched ignoring case").isEqualTo(seksi.id());
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws Exception {
        Path file = AppFixtures.write(dir, "pegawai.csv", FIVE_ROWS);
        importer.commit(importer.preview(file));
        List<Employee> before = tertib.employees().list(EmployeeFilter.ALL);

        EmployeeImport.Preview again = importer.preview(file);

        assertThat(again.lines()).extracting(EmployeeImport.Line::action)
                .containsExactly(ImportAction.UNCHANGED, ImportAction.UNCHANGED);
        assertThat(importer.commit(again)).isEqualTo(new EmployeeImport.Summary(0, 0, 2));
        assertThat(tertib.employees().list(EmployeeFilter.ALL)).isEqualTo(before);
    }

    @Test
    void reimportingAChangedNameUpdatesThePersonInsteadOfDuplicating() throws Exception {
        Path file = AppFixtures.write(dir, "pegawai.csv", FIVE_ROWS);
        importer.commit(importer.preview(file));
        long budiId = storedByNumber(NIP_BUDI).id();
        Files.writeString(file, FIVE_ROWS.replace("Budi Santoso", "Budi Santoso Wibowo"));

        EmployeeImport.Preview changed = importer.preview(file);

        assertThat(changed.lines()).extracting(EmployeeImport.Line::row, EmployeeImport.Line::action)
                .containsExactly(tuple(2, ImportAction.UPDATE), tuple(4, ImportAction.UNCHANGED));
        assertThat(importer.commit(changed)).isEqualTo(new EmployeeImport.Summary(0, 1, 1));
        assertThat(stored()).isEqualTo(2);
        Employee budi = storedByNumber(NIP_BUDI);
        assertThat(budi.id()).isEqualTo(budiId);
        assertThat(budi.name().name()).isEqualTo("Budi Santoso Wibowo");
    }

    @Test
    void reimportKeepsAnEmployeeDeactivated() throws Exception {
        Path file = AppFixtures.write(dir, "pegawai.csv", HEADER + BUDI);
        importer.commit(importer.preview(file));
        tertib.employees().setActive(storedByNumber(NIP_BUDI).id(), false, null);

        EmployeeImport.Preview again = importer.preview(file);

        assertThat(again.lines()).extracting(EmployeeImport.Line::action).containsExactly(ImportAction.UNCHANGED);
        importer.commit(again);
        assertThat(storedByNumber(NIP_BUDI).active()).isFalse();
    }

    @Test
    void aNumberRepeatedInTheFileIsRejectedOnItsSecondRow() throws Exception {
        Path file = AppFixtures.write(dir, "dobel.csv", HEADER
                + BUDI
                + SITI
                + "19860926 201505 1 001,Budi Kedua,L,PNS,III/a,,JF,BID,\n");

        EmployeeImport.Preview preview = importer.preview(file);

        assertThat(preview.lines()).extracting(EmployeeImport.Line::row).containsExactly(2, 3);
        assertThat(preview.issues()).extracting(ImportIssue::row, ImportIssue::column, ImportIssue::problem)
                .containsExactly(tuple(4, "nip", Problem.of("nip", "import.duplicateInFile", NIP_BUDI, 2)));
        importer.commit(preview);
        assertThat(storedByNumber(NIP_BUDI).name().name()).isEqualTo("Budi Santoso");
        assertThat(stored()).isEqualTo(2);
    }

    @Test
    void aPnsRowWithoutAGenderColumnReportsOnlyTheNip() throws Exception {
        Path file = AppFixtures.write(dir, "tanpa-jk.csv", "nip,name,status,position_kind,unit_code\n"
                + "198609312015051001,Salah Tanggal,PNS,JF,BID\n"
                + "198609262015051001,Budi Santoso,PNS,JF,BID\n");

        EmployeeImport.Preview preview = importer.preview(file);

        assertThat(preview.issues()).extracting(ImportIssue::row, ImportIssue::column, i -> i.problem().messageKey())
                .containsExactly(tuple(2, "nip", "nip.birthDate"));
        assertThat(preview.lines()).extracting(l -> l.employee().gender()).containsExactly(Gender.MALE);
    }

    @Test
    void importsAnXlsxWithTheNipAsText() throws Exception {
        Path file = dir.resolve("pegawai.xlsx");
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "Tertib test", "1.0")) {
            Worksheet ws = wb.newWorksheet("Pegawai");
            String[][] cells = {
                {"NIP", "Nama", "Status", "Golongan", "Jenis Jabatan", "Kode Unit", "PIN"},
                {NIP_BUDI, "Budi Santoso", "PNS", "III/b", "Fungsional", "BID", "1001"},
                {"198609312015051001", "Salah Tanggal", "PNS", "III/a", "Pelaksana", "BID", ""},
                {NI_SITI, "Siti Rahma", "PPPK", "IX", "Pelaksana", "SEK", ""},
            };
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    ws.value(r, c, cells[r][c]);
                }
            }
            ws.value(1, 6, 1001); // the PIN typed as a number
        }

        EmployeeImport.Preview preview = importer.preview(file);

        assertThat(preview.issues()).extracting(ImportIssue::row, ImportIssue::column, i -> i.problem().messageKey())
                .as("columns named as the file names them; a missing column by its canonical name")
                .containsExactly(tuple(3, "NIP", "nip.birthDate"), tuple(4, "gender", "employee.genderRequired"));
        assertThat(preview.lines()).extracting(EmployeeImport.Line::row).containsExactly(2);
        importer.commit(preview);
        Employee budi = storedByNumber(NIP_BUDI);
        assertThat(budi.golongan()).isEqualTo(Golongan.III_B);
        assertThat(budi.pin()).isEqualTo("1001");
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotCsvOrXlsxIsRefusedAsAWhole() throws Exception {
        Path file = AppFixtures.write(dir, "pegawai.txt", FIVE_ROWS);

        assertThat(AppFixtures.refusal(() -> importer.preview(file))).singleElement()
                .extracting(Problem::messageKey, Problem::args)
                .containsExactly("import.unsupportedFormat", List.of("pegawai.txt"));
    }

    @Test
    void reImportWithoutSomeColumnsKeepsTheStoredValuesOfThoseColumns() throws Exception {
        importer.commit(importer.preview(AppFixtures.write(dir, "full.csv", HEADER + BUDI)));

        Path namesOnly = AppFixtures.write(dir, "names.csv", "nip,name,status,position_kind,unit_code\n"
                + "198609262015051001,Budi Santoso Putra,PNS,JF,BID\n");
        EmployeeImport.Preview preview = importer.preview(namesOnly);
        assertThat(preview.lines()).extracting(EmployeeImport.Line::action).containsExactly(ImportAction.UPDATE);
        importer.commit(preview);

        Employee budi = storedByNumber(NIP_BUDI);
        assertThat(budi.name().name()).isEqualTo("Budi Santoso Putra");
        assertThat(budi.pin()).as("no pin column: the stored PIN stays").isEqualTo("1001");
        assertThat(budi.golongan()).isEqualTo(Golongan.III_B);
        assertThat(budi.positionName()).isEqualTo("Pranata Komputer");
    }

    @Test
    void anEmptyCellInAColumnTheFileHasClearsTheValue() throws Exception {
        importer.commit(importer.preview(AppFixtures.write(dir, "full.csv", HEADER + BUDI)));

        importer.commit(importer.preview(AppFixtures.write(dir, "nopin.csv",
                HEADER + BUDI.replace(",1001\n", ",\n"))));

        assertThat(storedByNumber(NIP_BUDI).pin()).isNull();
    }

    @Test
    void theActiveColumnOfAnExportedListDeactivatesOnReImport() throws Exception {
        importer.commit(importer.preview(AppFixtures.write(dir, "full.csv", HEADER + BUDI)));
        String withActive = HEADER.replace("pin\n", "pin,aktif\n") + BUDI.replace("1001\n", "1001,Tidak\n");

        importer.commit(importer.preview(AppFixtures.write(dir, "inactive.csv", withActive)));

        assertThat(storedByNumber(NIP_BUDI).active()).isFalse();
    }

    @Test
    void anUnreadableActiveValueRejectsTheRow() throws Exception {
        String withActive = HEADER.replace("pin\n", "pin,active\n") + BUDI.replace("1001\n", "1001,maybe\n");

        EmployeeImport.Preview preview = importer.preview(AppFixtures.write(dir, "bad.csv", withActive));

        assertThat(preview.lines()).isEmpty();
        assertThat(preview.issues()).extracting(ImportIssue::row, ImportIssue::column, i -> i.problem().messageKey())
                .containsExactly(tuple(2, "active", "import.badActive"));
    }

    @Test
    void p3kIsReadAsPppk() throws Exception {
        EmployeeImport.Preview preview = importer.preview(AppFixtures.write(dir, "p3k.csv",
                HEADER + SITI.replace(",PPPK,", ",P3K,")));

        assertThat(preview.issues()).isEmpty();
        assertThat(preview.lines()).singleElement()
                .satisfies(l -> assertThat(l.employee().status()).isEqualTo(id.tertib.domain.EmploymentStatus.PPPK));
    }

    @Test
    void aPinTakenByAnotherActivePersonOrAnEarlierRowIsRefusedWithItsRowAndTheOtherNamed() throws Exception {
        importer.commit(importer.preview(AppFixtures.write(dir, "budi.csv", HEADER + BUDI)));
        Path file = AppFixtures.write(dir, "pin.csv", HEADER
                + "199001012019032002,Dewi Lestari,P,PNS,III/a,,JF,BID,1001\n"
                + SITI
                + "199805102025011003,Agus Hidayat,L,CPNS,II/a,,JF,BID,1002\n"
                + BUDI);

        EmployeeImport.Preview preview = importer.preview(file);

        assertThat(preview.issues()).extracting(ImportIssue::row, ImportIssue::column, i -> i.problem().messageKey())
                .containsExactly(tuple(2, "pin", "employee.pinTaken"), tuple(4, "pin", "employee.pinTakenInFile"));
        assertThat(preview.issues().get(0).problem().args()).contains("Budi Santoso");
        assertThat(preview.lines()).extracting(EmployeeImport.Line::row).containsExactly(3, 5);
    }
}
