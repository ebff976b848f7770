package id.tertib.ui.schedules;

import atlantafx.base.theme.Styles;
import id.tertib.app.ScheduleService;
import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.ui.common.UiContext;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Every attendance code with its meaning and what it means for discipline (present, valid absence, unexcused). The
 * office adds its own codes by kind; only those may be deleted, and only while no day of attendance carries them.
 */
final class CodesSection {

    private final UiContext ctx;
    private final ScheduleTexts texts;
    private final TableView<ScheduleService.Code> table = new TableView<>();
    private final TextField code = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<AttendanceCode.Kind> kind = new ComboBox<>();
    private final Button delete = new Button();
    private final Label message = new Label();
    private final Node root;

    CodesSection(UiContext ctx, boolean mayEdit) {
        this.ctx = ctx;
        this.texts = new ScheduleTexts(ctx);
        table.setId("code-list");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("schedule.code", 64, c -> c.code().code()),
                column("schedule.codeMeaning", 250, texts::meaning),
                column("schedule.codeKind", 190, c -> texts.kind(c.code().kind())),
                column("schedule.codeStanding", 160, c -> texts.standing(c.code())),
                column("schedule.codeOrigin", 80, c -> ctx.t(c.builtIn() ? "schedule.builtIn" : "schedule.officeCode"))));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, c) ->
                delete.setDisable(c == null || c.builtIn()));
        BorderPane left = new BorderPane(table);
        left.setPadding(new Insets(12, 8, 12, 16));
        if (mayEdit) {
            SplitPane split = new SplitPane(left, form());
            split.setDividerPositions(0.72);
            root = split;
        } else {
            root = left;
        }
    }

    private Node form() {
        code.setId("code-code");
        code.setPrefColumnCount(8);
        name.setId("code-name");
        kind.setId("code-kind");
        kind.getItems().setAll(AttendanceCode.Kind.values());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(AttendanceCode.Kind k) {
                return k == null ? "" : texts.kind(k);
            }

            @Override
            public AttendanceCode.Kind fromString(String s) {
                return null;
            }
        });
        kind.setMaxWidth(Double.MAX_VALUE);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, fieldLabel("schedule.code"), code);
        grid.addRow(1, fieldLabel("schedule.codeMeaning"), name);
        grid.addRow(2, fieldLabel("schedule.codeKind"), kind);
        Button add = new Button(ctx.t("schedule.codeAdd"));
        add.setId("code-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> add());
        delete.setText(ctx.t("schedule.codeDelete"));
        delete.setId("code-delete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setDisable(true);
        delete.setOnAction(e -> delete());
        message.setId("code-message");
        message.setWrapText(true);
        Label title = new Label(ctx.t("schedule.codeFormTitle"));
        title.getStyleClass().add("title-4");
        Label hint = new Label(ctx.t("schedule.codeHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("tertib-count");
        VBox box = new VBox(10, title, grid, new HBox(8, add, delete), message, hint);
        box.setPadding(new Insets(12, 16, 16, 16));
        return box;
    }

    private TableColumn<ScheduleService.Code, String> column(String key, double width,
            Function<ScheduleService.Code, String> f) {
        return id.tertib.ui.common.Columns.text(ctx.t(key), width, f);
    }

    /** A form label that keeps its whole text when the form is narrow. */
    private Label fieldLabel(String key) {
        return id.tertib.ui.common.Columns.wholeLabel(ctx.t(key));
    }

    Node view() {
        return root;
    }

    void refresh() {
        ctx.tasks().run(() -> ctx.tertib().schedules().codes(), list -> table.getItems().setAll(list),
                e -> ctx.showFailure("schedule.loadFailed", e));
    }

    private void add() {
        String typed = code.getText();
        String meaning = name.getText();
        AttendanceCode.Kind chosen = kind.getValue();
        ctx.tasks().run(() -> ctx.tertib().schedules().addCode(typed, meaning, chosen), added -> {
            code.clear();
            name.clear();
            kind.setValue(null);
            refresh();
            notice(ctx.t("schedule.codeAdded", added.code().code()));
        }, e -> error(ctx.describe(e)));
    }

    private void delete() {
        ScheduleService.Code selected = table.getSelectionModel().getSelectedItem();
        if (selected == null || selected.builtIn() || !ctx.dialogs().confirm(ctx.t("schedule.codeDelete"),
                ctx.t("schedule.codeDeleteConfirm", selected.code().code(), selected.name()))) {
            return;
        }
        ctx.tasks().run(() -> {
            ctx.tertib().schedules().deleteCode(selected.code().code());
            return selected;
        }, d -> {
            refresh();
            notice(ctx.t("schedule.codeDeleted", d.code().code()));
        }, e -> error(ctx.describe(e)));
    }

    private void notice(String text) {
        message.getStyleClass().setAll("label", "tertib-notice");
        message.setText(text);
    }

    private void error(String text) {
        message.getStyleClass().setAll("label", "tertib-field-error");
        message.setText(text);
    }
}
