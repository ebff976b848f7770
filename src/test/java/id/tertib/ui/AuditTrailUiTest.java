package id.tertib.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.app.AuditService;
import id.tertib.domain.Employee;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An HR officer changes a name and finds the change in the record's history and in the audit screen; the
 * integrity check says intact, and names the entry altered with SQL outside Tertib.
 */
@ExtendWith(ApplicationExtension.class)
class AuditTrailUiTest {

    private UiFixture fx;

    @Start
    void start(Stage stage) throws Exception {
        fx = new UiFixture().withDemoSignedInAs("hr");
        fx.show(stage);
    }

    private String renameFirstEmployee(FxRobot robot, String newName) {
        robot.clickOn(robot.lookup("#employee-table .table-row-cell").nth(0).<Node>query());
        TableView<Employee> table = robot.lookup("#employee-table").queryTableView();
        String oldName = table.getSelectionModel().getSelectedItem().name().name();
        robot.doubleClickOn("#employee-name").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(newName);
        robot.clickOn("#employee-save");
        assertThat(fx.dialogs.errors).isEmpty();
        return oldName;
    }

    private List<String> labels(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void historyShowsTheChangeWithBeforeAfterAndTheAccount(FxRobot robot) {
        String oldName = renameFirstEmployee(robot, "Budi Perubahan");

        robot.clickOn("#employee-history");

        List<String> heads = labels(robot, "#history-entries .tertib-history-head");
        assertThat(heads).hasSize(2); // newest first: the change, then the creation by the demo set-up
        assertThat(heads.get(0)).contains("hr").contains("Diubah").contains("23 Nov 2026");
        assertThat(heads.get(1)).contains("setup").contains("Dibuat");
        assertThat(labels(robot, "#history-entries .tertib-history-field"))
                .contains("Nama: " + oldName + " → Budi Perubahan");
        assertThat(labels(robot, "#history-entries .text-muted")).contains("Alasan: kantor demo");
        robot.clickOn("Tutup");
    }

    @Test
    void auditScreenListsFiltersAndVerifies(FxRobot robot) throws Exception {
        String oldName = renameFirstEmployee(robot, "Budi Perubahan");
        robot.clickOn("#nav-audit");

        TableView<AuditService.Change> table = robot.lookup("#audit-table").queryTableView();
        int all = table.getItems().size();
        AuditService.Change newest = table.getItems().get(0);
        assertThat(newest.actor()).isEqualTo("hr");
        assertThat(newest.label()).contains("Budi Perubahan");

        robot.clickOn(robot.lookup("#audit-table .table-row-cell").nth(0).<Node>query());
        assertThat(labels(robot, "#audit-changes .tertib-change-field")).containsExactly("Nama");
        assertThat(labels(robot, "#audit-changes .tertib-change-cell")).containsExactly(oldName, "Budi Perubahan");
        assertThat(labels(robot, "#audit-unchanged .label")).as("unchanged fields, unit by name")
                .anySatisfy(t -> assertThat(t).startsWith("NIP: "))
                .anySatisfy(t -> assertThat(t).matches("Unit: (Seksi|Subbagian|Bidang|Sekretariat|Dinas).*"));

        robot.clickOn("#audit-actor").write("hr").type(KeyCode.ENTER);
        assertThat(table.getItems()).singleElement().satisfies(c -> assertThat(c.actor()).isEqualTo("hr"));

        robot.clickOn("#audit-clear");
        assertThat(table.getItems()).hasSize(all);
        Pick.choose(robot, "#audit-entity", "Akun");
        assertThat(table.getItems()).hasSize(4).allSatisfy(c -> assertThat(c.entity()).isEqualTo("user"));

        robot.clickOn("#audit-clear");
        robot.clickOn("#audit-from").write("24/11/2026").type(KeyCode.ENTER);
        assertThat(table.getItems()).isEmpty();
        robot.clickOn("#audit-clear");

        robot.clickOn("#audit-verify");
        Label result = robot.lookup("#audit-verify-result").queryAs(Label.class);
        assertThat(result.getText()).isEqualTo("Jejak audit utuh: " + all + " entri diperiksa.");
        assertThat(result.getStyleClass()).contains("tertib-ok");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fx.dbFile);
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_entry SET actor='x' WHERE id=5");
        }
        robot.clickOn("#audit-verify");
        assertThat(result.getText()).contains("RUSAK").contains("entri 5 ");
        assertThat(result.getStyleClass()).contains("tertib-broken").doesNotContain("tertib-ok");
    }
}
