package id.tertib.ui.travel;

import id.tertib.app.TravelService;
import id.tertib.ui.common.Columns;
import id.tertib.ui.common.UiContext;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.collections.ListChangeListener;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Siapa berikutnya": the unit's people ranked for the trip's dates (fewest trips, fewest days, longest since the last
 * trip), busy people last with the reason in words, the ones already on the letter marked. Add (or a double click)
 * puts the chosen person on the letter.
 */
final class CandidatesPanel {

    private final UiContext ctx;
    private final TravelFormModel model;
    private final TableView<TravelService.Candidate> table = new TableView<>();
    private final Button add = new Button();
    private final TableColumn<TravelService.Candidate, String> counted = new TableColumn<>();
    private final VBox view;

    CandidatesPanel(UiContext ctx, TravelFormModel model) {
        this.ctx = ctx;
        this.model = model;
        Label title = new Label(ctx.t("travel.candidates.title"));
        title.getStyleClass().add("title-4");
        Label hint = new Label();
        hint.setId("travel-candidates-hint");
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(model.candidatesHintProperty());
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.managedProperty());
        Label how = new Label(ctx.t("travel.candidates.how"));
        how.getStyleClass().addAll("text-muted", "text-small");
        how.setWrapText(true);
        how.setMinHeight(Region.USE_PREF_SIZE);

        // The figures are counted over the rotation window; its dates head them, as Keadilan heads its own.
        counted.setId("travel-candidates-counted");
        counted.getColumns().setAll(List.of(
                number(ctx.t("travel.candidates.trips"), 102, c -> String.valueOf(c.trips())),
                number(ctx.t("travel.candidates.days"), 52, c -> String.valueOf(c.days()))));
        model.candidates().addListener((ListChangeListener<TravelService.Candidate>) c -> showCounted());
        showCounted();
        table.setId("travel-candidates");
        table.setItems(model.candidates());
        table.setPlaceholder(new Label(""));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(rankColumn(),
                Columns.text(ctx.t("travel.col.name"), 200, c -> c.employee().name().full()),
                counted,
                fixed(Columns.text(ctx.t("travel.candidates.last"), 124, c -> c.lastTrip().map(ctx.i18n()::date)
                        .orElse(ctx.t("travel.candidates.never")))),
                WrappedColumn.of(ctx.t("travel.candidates.note"), 200, this::note)));
        table.getColumns().forEach(c -> c.setSortable(false)); // the rank is the order
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TravelService.Candidate c, boolean empty) {
                super.updateItem(c, empty);
                getStyleClass().removeAll("travel-chosen", "travel-busy");
                if (!empty && c != null) {
                    getStyleClass().add(model.isChosen(c.employee().id()) ? "travel-chosen"
                            : c.available() ? "" : "travel-busy");
                    setTooltip(new Tooltip(note(c).isEmpty() ? c.employee().numberGrouped()
                            : c.employee().numberGrouped() + "\n" + note(c)));
                } else {
                    setTooltip(null);
                }
            }
        });
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                addSelected();
            }
        });
        table.setPrefHeight(210);
        table.setMinHeight(110);
        VBox.setVgrow(table, Priority.ALWAYS);
        model.travellers.addListener((ListChangeListener<Traveller>) c -> {
            table.refresh();
            updateButton();
        });
        table.getSelectionModel().selectedItemProperty().addListener(o -> updateButton());

        add.setText(ctx.t("travel.candidates.add"));
        add.setId("travel-candidate-add");
        add.setGraphic(new FontIcon(Feather.USER_PLUS));
        add.setOnAction(e -> addSelected());
        updateButton();
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(10, title, spacer, add);
        head.setAlignment(Pos.CENTER_LEFT);
        view = new VBox(6, head, how, hint, table);
        view.setId("travel-candidates-panel");
    }

    Node view() {
        return view;
    }

    TableView<TravelService.Candidate> table() {
        return table;
    }

    /** "Dihitung 24 Nov 2025 s.d. 23 Nov 2026" over the figures; the same window for every candidate. */
    private void showCounted() {
        counted.setText(model.candidates().isEmpty() ? ctx.t("travel.candidates.countedNone")
                : ctx.t("travel.candidates.counted", model.candidates().get(0).countedFrom(),
                        model.candidates().get(0).countedTo()));
    }

    private void addSelected() {
        TravelService.Candidate c = table.getSelectionModel().getSelectedItem();
        if (c != null) {
            model.add(c.employee());
        }
    }

    private void updateButton() {
        TravelService.Candidate c = table.getSelectionModel().getSelectedItem();
        add.setDisable(c == null || model.isChosen(c.employee().id()));
    }

    /** Why the person is busy on the dates, in words, after "sudah dipilih" when on the letter already. */
    private String note(TravelService.Candidate c) {
        String busy = c.busy().stream().map(ctx.i18n()::text).collect(Collectors.joining("; "));
        if (!model.isChosen(c.employee().id())) {
            return busy;
        }
        return busy.isEmpty() ? ctx.t("travel.candidates.chosen") : ctx.t("travel.candidates.chosen") + " · " + busy;
    }

    private TableColumn<TravelService.Candidate, String> number(String title, double width,
            java.util.function.Function<TravelService.Candidate, String> value) {
        TableColumn<TravelService.Candidate, String> col = fixed(Columns.text(title, width, value));
        col.setStyle("-fx-alignment: CENTER-RIGHT;");
        return col;
    }

    /** Figures keep their width; the room left goes to the note, where the reasons are. */
    private static <T> TableColumn<TravelService.Candidate, T> fixed(TableColumn<TravelService.Candidate, T> col) {
        col.setMinWidth(col.getPrefWidth());
        col.setMaxWidth(col.getPrefWidth());
        return col;
    }

    /** A round badge with the rank; busy people (rank 0) get a dash. */
    private TableColumn<TravelService.Candidate, TravelService.Candidate> rankColumn() {
        TableColumn<TravelService.Candidate, TravelService.Candidate> col = new TableColumn<>("#");
        col.setPrefWidth(44);
        col.setMinWidth(44);
        col.setMaxWidth(44);
        col.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label();

            {
                badge.getStyleClass().add("travel-rank");
                setAlignment(Pos.CENTER);
            }

            @Override
            protected void updateItem(TravelService.Candidate cand, boolean empty) {
                super.updateItem(cand, empty);
                if (empty || cand == null) {
                    setGraphic(null);
                    return;
                }
                badge.setText(cand.rank() > 0 ? String.valueOf(cand.rank()) : "–");
                badge.getStyleClass().removeAll("travel-rank-top", "travel-rank-busy");
                if (cand.rank() == 0) {
                    badge.getStyleClass().add("travel-rank-busy");
                } else if (cand.rank() <= 3) {
                    badge.getStyleClass().add("travel-rank-top");
                }
                setGraphic(badge);
            }
        });
        return col;
    }
}
