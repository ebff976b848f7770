package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnitImportTest {

    private static final String HEADER = "code,name,parent_code\n";

    @TempDir
    Path dir;

    private Tertib tertib;
    private UnitImport importer;

    @BeforeEach
    void setUp() {
        tertib = AppFixtures.open(dir);
        importer = tertib.unitImport();
    }

    /** Stored units: code to parent code (null for a root). */
    private Map<String, String> storedParents() {
        UnitTree tree = tertib.units().tree();
        Map<Long, Unit> byId = tertib.units().list().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        return tertib.units().list().stream().collect(Collectors.toMap(Unit::code,
                u -> u.parentId() == null ? "-" : tree.find(u.parentId()).orElse(byId.get(u.parentId())).code()));
    }

    @Test
    void childrenListedBeforeTheirParentsStillImport() throws Exception {
        Path file = AppFixtures.write(dir, "unit.csv", HEADER
                + "APT.PA,Seksi Pengembangan Aplikasi,APT\n"
                + "APT,Bidang Aplikasi,DIN\n"
                + "DIN,Dinas Kominfo,\n");

        UnitImport.Preview preview = importer.preview(file);

        assertThat(preview.issues()).isEmpty();
        assertThat(preview.lines()).extracting(UnitImport.Line::code, UnitImport.Line::row, UnitImport.Line::action)
                .containsExactly(tuple("DIN", 4, ImportAction.INSERT), tuple("APT", 3, ImportAction.INSERT),
                        tuple("APT.PA", 2, ImportAction.INSERT));
        assertThat(tertib.units().list()).as("preview writes nothing").isEmpty();

        assertThat(importer.commit(preview)).isEqualTo(3);
        assertThat(storedParents()).isEqualTo(Map.of("DIN", "-", "APT", "DIN", "APT.PA", "APT"));
    }

    @Test
    void reimportIsUnchangedAndARenameIsAnUpdate() throws Exception {
        Path file = AppFixtures.write(dir, "unit.csv", HEADER + "DIN,Dinas Kominfo,\nAPT,Bidang Aplikasi,DIN\n");
        importer.commit(importer.preview(file));

        assertThat(importer.preview(file).lines()).extracting(UnitImport.Line::action)
                .containsExactly(ImportAction.UNCHANGED, ImportAction.UNCHANGED);

        Files.writeString(file, HEADER + "DIN,Dinas Kominfo,\nAPT,Bidang Aplikasi Informatika,DIN\n");
        UnitImport.Preview renamed = importer.preview(file);
        assertThat(renamed.lines()).extracting(UnitImport.Line::code, UnitImport.Line::action)
                .containsExactly(tuple("DIN", ImportAction.UNCHANGED), tuple("APT", ImportAction.UPDATE));
        assertThat(importer.commit(renamed)).isEqualTo(1);
        assertThat(tertib.units().list()).extracting(Unit::name)
                .containsExactlyInAnyOrder("Dinas Kominfo", "Bidang Aplikasi Informatika");
    }

    @Test
    void aParentMayBeAStoredUnit() throws Exception {
        tertib.units().save(new Unit(0, "DIN", "Dinas", null));
        Path file = AppFixtures.write(dir, "unit.csv", HEADER + "SET,Sekretariat,DIN\n");

        importer.commit(importer.preview(file));

        assertThat(storedParents()).isEqualTo(Map.of("DIN", "-", "SET", "DIN"));
    }

    @Test
    void aLoopIsReportedOnEachOfItsRowsAndTheRestImports() throws Exception {
        Path file = AppFixtures.write(dir, "loop.csv", HEADER
                + "A,Unit A,B\n"
                + "B,Unit B,A\n"
                + "C,Unit C,\n");

        UnitImport.Preview preview = importer.preview(file);

        assertThat(preview.issues()).extracting(ImportIssue::row, ImportIssue::column, i -> i.problem().messageKey())
                .containsExactly(tuple(2, "parent_code", "import.unitCycle"),
                        tuple(3, "parent_code", "import.unitCycle"));
        assertThat(preview.lines()).extracting(UnitImport.Line::code).containsExactly("C");
        assertThat(importer.commit(preview)).isEqualTo(1);
        assertThat(storedParents()).isEqualTo(Map.of("C", "-"));
    }

    @Test
    void aUnitUnderALoopIsRejectedInThePreviewNotAtCommit() throws Exception {
        Path file = AppFixtures.write(dir, "loop.csv", HEADER
                + "A,Unit A,B\n"
                + "B,Unit B,A\n"
                + "C,Unit C,\n"
                + "D,Under A,A\n");

        UnitImport.Preview preview = importer.preview(file);

        assertThat(preview.issues()).extracting(ImportIssue::row, i -> i.problem().messageKey()).containsExactly(
                tuple(2, "import.unitCycle"), tuple(3, "import.unitCycle"), tuple(5, "import.parentRejected"));
        assertThat(preview.lines()).extracting(UnitImport.Line::code).containsExactly("C");
        assertThat(importer.commit(preview)).isEqualTo(1);
        assertThat(storedParents()).isEqualTo(Map.of("C", "-"));
    }

    @Test
    void twoSeparateLoopsAreBothReported() throws Exception {
        Path file = AppFixtures.write(dir, "loops.csv", HEADER
                + "A,Unit A,B\n"
                + "B,Unit B,A\n"
                + "X,Unit X,Y\n"
                + "Y,Unit Y,X\n"
                + "Z,Unit Z,Z\n"
                + "OK,Fine,\n");

        UnitImport.Preview preview = importer.preview(file);

        assertThat(preview.issues()).extracting(ImportIssue::row, i -> i.problem().messageKey()).containsExactly(
                tuple(2, "import.unitCycle"), tuple(3, "import.unitCycle"), tuple(4, "import.unitCycle"),
                tuple(5, "import.unitCycle"), tuple(6, "import.unitCycle"));
        assertThat(preview.lines()).extracting(UnitImport.Line::code).containsExactly("OK");
        assertThat(importer.commit(preview)).isEqualTo(1);
    }

    @Test
    void aLoopThroughAStoredUnitIsRefused() throws Exception {
        Unit dinas = tertib.units().save(new Unit(0, "DIN", "Dinas", null));
        tertib.units().save(new Unit(0, "BID", "Bidang", dinas.id()));
        Path file = AppFixtures.write(dir, "loop.csv", HEADER + "DIN,Dinas,BID\n");

        UnitImport.Preview preview = importer.preview(file);

        assertThat(preview.issues()).extracting(ImportIssue::row, i -> i.problem().messageKey())
                .containsExactly(tuple(2, "import.unitCycle"));
        assertThat(preview.lines()).isEmpty();
        assertThat(storedParents()).isEqualTo(Map.of("DIN", "-", "BID", "DIN"));
    }

    @Test
    void anUnknownParentIsReportedAndItsChildrenWithIt() throws Exception {
        Path file = AppFixtures.write(dir, "unit.csv", HEADER
                + "DIN,Dinas,\n"
                + "BID,Bidang,NOPE\n"
                + "SEK,Seksi,BID\n");

        UnitImport.Preview preview = importer.preview(file);

        assertThat(preview.issues()).extracting(ImportIssue::row, ImportIssue::column, i -> i.problem().messageKey())
                .containsExactly(tuple(3, "parent_code", "import.unknownParent"),
                        tuple(4, "parent_code", "import.parentRejected"));
        assertThat(preview.issues().get(0).problem().args()).containsExactly("NOPE");
        assertThat(preview.lines()).extracting(UnitImport.Line::code).containsExactly("DIN");
        assertThat(importer.commit(preview)).isEqualTo(1);
    }

    @Test
    void aCodeRepeatedInTheFileIsRejectedOnItsSecondRow() throws Exception {
        Path file = AppFixtures.write(dir, "unit.csv", HEADER + "DIN,Dinas,\nDIN,Dinas Lagi,\n");

        UnitImport.Preview preview = importer.preview(file);

        assertThat(preview.issues()).extracting(ImportIssue::row, i -> i.problem().messageKey(), i -> i.problem().args())
                .containsExactly(tuple(3, "import.duplicateInFile", java.util.List.of("DIN", 2)));
        assertThat(preview.lines()).extracting(UnitImport.Line::name).containsExactly("Dinas");
    }

    @Test
    void badCodesAndNamesAreReportedPerRow() throws Exception {
        Path file = AppFixtures.write(dir, "unit.csv", HEADER + "A B,Spasi,\nOK,Fine,\n");

        UnitImport.Preview preview = importer.preview(file);

        assertThat(preview.issues()).extracting(ImportIssue::row, ImportIssue::column, i -> i.problem().messageKey())
                .containsExactly(tuple(2, "code", "unit.codeFormat"));
        assertThat(preview.lines()).extracting(UnitImport.Line::code).containsExactly("OK");
    }

    @Test
    void codesMatchStoredUnitsAndEachOtherRegardlessOfCase() throws Exception {
        tertib.units().save(new Unit(0, "DIN", "Dinas", null));
        Path file = AppFixtures.write(dir, "case.csv", "code,name,parent_code\n"
                + "bid,Bidang,din\n"
                + "BID.1,Seksi,Bid\n"
                + "din,Dinas Baru,\n");

        UnitImport.Preview preview = tertib.unitImport().preview(file);

        assertThat(preview.issues()).isEmpty();
        assertThat(preview.lines()).extracting(UnitImport.Line::code, UnitImport.Line::parentCode, UnitImport.Line::action)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("DIN", null, ImportAction.UPDATE),
                        org.assertj.core.groups.Tuple.tuple("bid", "DIN", ImportAction.INSERT),
                        org.assertj.core.groups.Tuple.tuple("BID.1", "bid", ImportAction.INSERT));
        tertib.unitImport().commit(preview);
        assertThat(tertib.units().list()).extracting(Unit::code).containsExactlyInAnyOrder("DIN", "bid", "BID.1");
    }
}
