package id.tertib.ui.discipline;

import id.tertib.app.CaseFile;
import id.tertib.domain.discipline.CaseStep;
import id.tertib.ui.common.UiContext;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/** Kasus: the cases of the year (open ones by default), overdue ones highlighted, and the chosen case beside them. */
final class CasesPane {

    private final UiContext ctx;
    private final DisciplineTexts texts;
    private final TableView<CaseFile> table = new TableView<>();
    private final CheckBox openOnly = new CheckBox();
    private final Label count = new Label();
    private final CasePanel panel;
    private final SplitPane root;
    private Integer year;
    private long selectAfterLoad;

    CasesPane(UiContext ctx, DisciplineTexts texts) {
        this.ctx = ctx;
        this.texts = texts;
        this.panel = new CasePanel(ctx, texts, this::reload);
        root = new SplitPane(tableArea(), panel.view());
        root.setDividerPositions(0.5);
    }

    Node view() {
        return root;
    }

    private Node tableArea() {
        table.setId("case-table");
        table.setPlaceholder(new Label(ctx.t("discipline.case.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("discipline.case.col.id", 48, f -> "#" + f.c().id()),
                column("discipline.view.col.name", 150, f -> f.person().name().full()),
                column("discipline.view.col.level", 70, f -> ctx.i18n().label(f.c().level())),
                column("discipline.case.col.last", 120, f -> f.c().last().map(CaseStep::kind)
                        .map(k -> ctx.i18n().label(k)).orElse("—")),
                column("discipline.case.col.due", 110, f -> f.examinationDue().map(ctx.i18n()::date).orElse(""))));
        table.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth() * 0.8));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CaseFile f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll("tertib-overdue", "tertib-closed");
                if (!empty && f != null) {
                    if (f.overdue()) {
                        getStyleClass().add("tertib-overdue");
                    } else if (f.c().isClosed()) {
                        getStyleClass().add("tertib-closed");
                    }
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> showCase(f));
        openOnly.setId("case-open-only");
        openOnly.setText(ctx.t("discipline.case.openOnly"));
        openOnly.setSelected(true);
        openOnly.selectedProperty().addListener(o -> reload());
        count.setId("case-count");
        count.getStyleClass().add("tertib-count");
        BorderPane area = new BorderPane(table);
        VBox bottom = new VBox(6, count, openOnly);
        area.setBottom(bottom);
        BorderPane.setMargin(bottom, new Insets(6, 0, 0, 0));
        area.setPadding(new Insets(8, 0, 12, 16));
        return area;
    }

    void load(Integer newYear) {
        this.year = newYear;
        reload();
    }

    /** Loads the list and then shows case {@code id}, even if it is closed or from another year. */
    void select(long id) {
        selectAfterLoad = id;
        reload();
    }

    private void reload() {
        long keep = selectAfterLoad != 0 ? selectAfterLoad : java.util.Optional.ofNullable(
                table.getSelectionModel().getSelectedItem()).map(f -> f.c().id()).orElse(0L);
        selectAfterLoad = 0;
        boolean onlyOpen = openOnly.isSelected();
        ctx.tasks().run(() -> ctx.tertib().discipline().cases(year, onlyOpen), files -> {
            table.getItems().setAll(files);
            count.setText(ctx.t("discipline.case.count", files.size(), files.stream().filter(CaseFile::overdue)
                    .count()));
            table.getItems().stream().filter(f -> f.c().id() == keep).findFirst()
                    .ifPresentOrElse(f -> {
                        table.getSelectionModel().select(f);
                        showCase(f);
                    }, () -> {
                        if (keep != 0) {
                            loadDetail(keep);
                        } else {
                            panel.show(null);
                        }
                    });
        }, e -> ctx.showFailure("discipline.view.loadFailed", e));
    }

    private void showCase(CaseFile f) {
        if (f == null) {
            panel.show(null);
        } else {
            loadDetail(f.c().id());
        }
    }

    private void loadDetail(long id) {
        ctx.tasks().run(() -> ctx.tertib().discipline().caseDetail(id), panel::show,
                e -> ctx.showFailure("discipline.view.loadFailed", e));
    }

    private TableColumn<CaseFile, String> column(String key, double width, Function<CaseFile, String> v) {
        TableColumn<CaseFile, String> c = new TableColumn<>(ctx.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(v.apply(x.getValue())));
        return c;
    }
}
