package id.tertib.ui.discipline;

import id.tertib.app.DisciplineRow;
import id.tertib.app.DisciplineService;
import id.tertib.domain.discipline.Assessment;
import id.tertib.ui.common.UiContext;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * Penilaian: everyone in scope with their year's figures, most days first; beside it the chosen person's figures,
 * each of which opens the days and minutes behind it, and the button that opens a case.
 */
final class AssessmentPane {

    private final UiContext ctx;
    private final DisciplineTexts texts;
    private final DaysList daysList;
    private final Consumer<DisciplineRow> openCase;
    private final Consumer<Long> showCase;
    private final TableView<DisciplineRow> table = new TableView<>();
    private final CheckBox everyone = new CheckBox();
    private final Label count = new Label();
    private final Label who = new Label();
    private final Label whoLine = new Label();
    private final Label rule = new Label();
    private final Label next = new Label();
    private final GridPane figures = new GridPane();
    private final Label daysTitle = new Label();
    private final ListView<String> days = new ListView<>();
    private final Button caseButton = new Button();
    private final SplitPane root;
    private VBox detailBox;
    private Runnable reload = () -> { };

    AssessmentPane(UiContext ctx, DisciplineTexts texts, Consumer<DisciplineRow> openCase, Consumer<Long> showCase) {
        this.ctx = ctx;
        this.texts = texts;
        this.daysList = new DaysList(ctx);
        this.openCase = openCase;
        this.showCase = showCase;
        root = new SplitPane(tableArea(), detail());
        root.setDividerPositions(0.72);
    }

    Node view() {
        return root;
    }

    void onReload(Runnable r) {
        this.reload = r;
    }

    boolean everyone() {
        return everyone.isSelected();
    }

    private Node tableArea() {
        table.setId("discipline-table");
        table.setPlaceholder(new Label(ctx.t("discipline.view.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                text("discipline.view.col.name", 150, r -> r.person().name().full()),
                text("discipline.view.col.unit", 100, DisciplineRow::unitName),
                number("discipline.view.col.tk", r -> r.assessment().tkDays()),
                number("discipline.view.col.late", r -> r.assessment().lateMinutes()),
                number("discipline.view.col.early", r -> r.assessment().earlyMinutes()),
                number("discipline.view.col.total", r -> r.assessment().totalDays()),
                number("discipline.view.col.run", r -> r.assessment().run().length()),
                text("discipline.view.col.level", 82, r -> texts.level(r.assessment())),
                text("discipline.view.col.case", 64, r -> r.openCaseId().map(id -> "#" + id).orElse(""))));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(DisciplineRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("tertib-level-ringan", "tertib-level-sedang", "tertib-level-berat");
                setTooltip(empty || row == null || row.assessment().rung().isEmpty() ? null
                        : new javafx.scene.control.Tooltip(texts.rung(row.assessment().rung())));
                if (!empty && row != null) {
                    row.assessment().level().ifPresent(l -> getStyleClass().add("tertib-level-"
                            + l.name().toLowerCase(java.util.Locale.ROOT)));
                }
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> show(row));
        everyone.setId("discipline-everyone");
        everyone.setText(ctx.t("discipline.view.everyone"));
        everyone.selectedProperty().addListener(o -> reload.run());
        count.getStyleClass().add("tertib-count");
        count.setId("discipline-count");
        BorderPane area = new BorderPane(table);
        VBox bottom = new VBox(6, count, everyone);
        area.setBottom(bottom);
        BorderPane.setMargin(bottom, new Insets(6, 0, 0, 0));
        area.setPadding(new Insets(8, 0, 12, 16));
        return area;
    }

    private Node detail() {
        who.getStyleClass().add("title-4");
        who.setId("discipline-who");
        whoLine.getStyleClass().add("tertib-count");
        rule.setId("discipline-rule");
        next.setId("discipline-next");
        for (Label l : List.of(who, whoLine, rule, next)) {
            wrap(l);
        }
        figures.setHgap(12);
        figures.setVgap(4);
        figures.setId("discipline-figures");
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setPercentWidth(58);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setPercentWidth(42);
        figures.getColumnConstraints().setAll(labels, values);
        daysTitle.getStyleClass().add("tertib-section-title");
        days.setId("discipline-days");
        days.setPrefHeight(230);
        days.setMinHeight(170);
        days.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
            }
        });
        Label pick = new Label(ctx.t("discipline.view.pickFigure"));
        pick.setWrapText(true);
        pick.setPadding(new Insets(8));
        days.setPlaceholder(pick);
        caseButton.setId("discipline-case");
        caseButton.setDisable(true);
        VBox box = new VBox(8, new VBox(2, who, whoLine), rule, next, figures, daysTitle, days, caseButton);
        detailBox = box;
        box.setPadding(new Insets(8, 16, 12, 12));
        box.setVisible(false);
        box.managedProperty().bind(box.visibleProperty());
        VBox.setVgrow(days, javafx.scene.layout.Priority.ALWAYS);
        Label empty = new Label(ctx.t("discipline.view.pickPerson"));
        wrap(empty);
        empty.setPadding(new Insets(12));
        empty.visibleProperty().bind(box.visibleProperty().not());
        javafx.scene.layout.StackPane stack = new javafx.scene.layout.StackPane(empty, box);
        javafx.scene.layout.StackPane.setAlignment(empty, javafx.geometry.Pos.TOP_LEFT);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(stack);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMinWidth(300);
        return scroll;
    }

    void load(DisciplineService.Query q) {
        long selected = java.util.Optional.ofNullable(table.getSelectionModel().getSelectedItem())
                .map(r -> r.person().id()).orElse(0L);
        ctx.tasks().run(() -> ctx.tertib().discipline().assess(q), rows -> {
            table.getItems().setAll(rows);
            count.setText(ctx.t("discipline.view.count", rows.size(),
                    rows.stream().filter(r -> r.assessment().rung().isPresent()).count()));
            rows.stream().filter(r -> r.person().id() == selected).findFirst()
                    .ifPresentOrElse(r -> table.getSelectionModel().select(r), () -> show(null));
        }, e -> ctx.showFailure("discipline.view.loadFailed", e));
    }

    private void show(DisciplineRow row) {
        detailBox.setVisible(row != null);
        if (row == null) {
            return;
        }
        Assessment a = row.assessment();
        who.setText(row.person().name().full());
        whoLine.setText("NIP " + row.person().number() + " · " + row.unitName());
        rule.setText(texts.rung(a.rung()) + (a.byRun() ? " · " + ctx.t("discipline.view.byRun") : "") + "\n"
                + texts.ruleLine(a));
        next.setText(texts.next(a));
        figures.getChildren().clear();
        int r = 0;
        figure(r++, "discipline.view.fig.tk", String.valueOf(a.tkDays()), row, DaysList.Figure.TK);
        figure(r++, "discipline.view.fig.late", ctx.t("discipline.view.minutes", a.lateMinutes()), row,
                DaysList.Figure.LATE);
        figure(r++, "discipline.view.fig.early", ctx.t("discipline.view.minutes", a.earlyMinutes()), row,
                DaysList.Figure.EARLY);
        figure(r++, "discipline.view.fig.converted", String.valueOf(a.convertedDays()), row,
                DaysList.Figure.CONVERTED);
        figures.addRow(r++, wrap(new Label(ctx.t("discipline.view.fig.total"))), bold(String.valueOf(a.totalDays())));
        figure(r, "discipline.view.fig.run", texts.run(a), row, DaysList.Figure.RUN);
        daysTitle.setText("");
        days.getItems().clear();
        if (row.openCaseId().isPresent()) {
            caseButton.setText(ctx.t("discipline.view.showCase", row.openCaseId().get()));
            caseButton.setDisable(false);
            caseButton.setOnAction(e -> showCase.accept(row.openCaseId().get()));
        } else {
            caseButton.setText(ctx.t("discipline.view.openCase"));
            caseButton.setDisable(a.rung().isEmpty() || ctx.tertib().isReadOnly());
            caseButton.setOnAction(e -> openCase.accept(row));
        }
    }

    private void figure(int rowIndex, String key, String value, DisciplineRow row, DaysList.Figure f) {
        Hyperlink link = new Hyperlink(value);
        link.setId("discipline-fig-" + f.name().toLowerCase(java.util.Locale.ROOT));
        link.setOnAction(e -> {
            daysTitle.setText(ctx.t(key));
            days.getItems().setAll(daysList.lines(row, f));
        });
        link.setWrapText(true);
        figures.addRow(rowIndex, wrap(new Label(ctx.t(key))), link);
    }

    /** A label that wraps inside the side panel instead of ending in "...". */
    private static Label wrap(Label l) {
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private TableColumn<DisciplineRow, String> text(String key, double width, Function<DisciplineRow, String> v) {
        TableColumn<DisciplineRow, String> c = new TableColumn<>(ctx.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(v.apply(x.getValue())));
        c.setMinWidth(Math.min(width, 82));
        return c;
    }

    private TableColumn<DisciplineRow, Integer> number(String key, Function<DisciplineRow, Integer> v) {
        TableColumn<DisciplineRow, Integer> c = new TableColumn<>(ctx.t(key));
        c.setPrefWidth(68);
        c.setMinWidth(64);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(v.apply(x.getValue())));
        return c;
    }
}
