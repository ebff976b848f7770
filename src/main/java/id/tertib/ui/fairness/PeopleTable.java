package id.tertib.ui.fairness;

import id.tertib.app.FairnessService;
import id.tertib.domain.fairness.FairnessFlag;
import id.tertib.domain.fairness.PersonOutcome;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Orang: one row per person, most trips first, flagged rows tinted. Columns hold numbers, not texts, so a click on a
 * header sorts 10 after 9 and a p-value of 0,05% before 3%.
 */
final class PeopleTable extends TableView<FairnessService.Row> {

    private static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");

    private final FairnessFormat texts;
    private final TableColumn<FairnessService.Row, String> unitColumn;
    private final TableColumn<FairnessService.Row, Number> counted = new TableColumn<>();
    private FairnessService.Query query;
    private int people;

    PeopleTable(FairnessFormat texts) {
        this.texts = texts;
        setId("fairness-table");
        getStyleClass().add("fairness-table");
        setPlaceholder(new Label(t("fairness.view.noPeople")));
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        PersonOutcomeColumns c = new PersonOutcomeColumns();
        unitColumn = text("fairness.view.col.unit", 160, FairnessService.Row::unitName);
        // The counts belong to the period analysed; its dates head them ("Siapa berikutnya?" heads its window so).
        counted.setId("fairness-counted");
        counted.getColumns().setAll(java.util.List.of(
                c.number("fairness.view.col.trips", 90, o -> o.trips(), v -> texts.count(v.longValue())),
                c.number("fairness.view.col.days", 52, o -> o.days(), v -> texts.count(v.longValue())),
                c.number("fairness.view.col.allowance", 118, o -> o.allowance(), v -> texts.rupiah(v.longValue()))));
        getColumns().setAll(java.util.List.of(flagColumn(),
                text("fairness.view.col.name", 170, r -> r.employee().name().full()),
                text("fairness.view.col.nip", 190, r -> r.employee().numberGrouped()),
                unitColumn,
                counted,
                tip(c.number("fairness.view.col.share", 122, PersonOutcome::share,
                        v -> texts.shareVsEqual(v.doubleValue(), people)), "fairness.view.col.shareHint"),
                tip(c.number("fairness.view.col.expected", 72, PersonOutcome::expected,
                        v -> texts.decimal(v.doubleValue())), "fairness.view.col.expectedHint"),
                tip(c.number("fairness.view.col.chance", 86, PersonOutcome::pValue,
                        v -> texts.chance(v.doubleValue())), "fairness.view.col.chanceHint"),
                text("fairness.view.col.explanation", 420, r -> r.explanation() == null ? "" : r.explanation())));
        setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FairnessService.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(FLAGGED, !empty && row != null && row.outcome().flagged());
                setTooltip(empty || row == null || row.explanation() == null || row.explanation().isBlank() ? null
                        : wrapped(row.explanation()));
            }
        });
    }

    void show(FairnessService.Report report) {
        people = report.rows().size();
        query = report.query();
        counted.setText(t("fairness.view.col.counted", query.from(), query.to()));
        // One unit without sub-units: its name on every row says nothing and takes the explanation's room.
        unitColumn.setVisible(report.rows().stream().map(FairnessService.Row::unitName).distinct().count() > 1);
        getSortOrder().clear();
        getItems().setAll(report.rows());
    }

    /** The selected person in full: counts, fair share, chance, longest streak, last trip, and the flag's reason. */
    String detail(FairnessService.Row r) {
        PersonOutcome o = r.outcome();
        StringBuilder sb = new StringBuilder(t("fairness.view.detail", r.employee().name().full(), o.trips(), o.days(),
                texts.rupiah(o.allowance()), texts.decimal(o.expected()), o.openTrips(), texts.chance(o.pValue()),
                query.from(), query.to()));
        if (o.streak() >= 2 && o.streakFrom() != null) {
            sb.append(' ').append(t("fairness.view.detailStreak", o.streak(), o.streakFrom(), o.streakTo()));
        }
        sb.append(' ').append(o.lastDepart() == null ? t("fairness.view.detailNever")
                : t("fairness.view.detailLast", o.lastDepart()));
        if (r.explanation() != null && !r.explanation().isBlank()) {
            sb.append('\n').append(r.explanation());
        }
        return sb.toString();
    }

    private String t(String key, Object... args) {
        return texts.i18n().get(key, args);
    }

    private static Tooltip wrapped(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        return tip;
    }

    private TableColumn<FairnessService.Row, String> text(String key, double width,
            Function<FairnessService.Row, String> value) {
        TableColumn<FairnessService.Row, String> col = new TableColumn<>(t(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    private <S, V> TableColumn<S, V> tip(TableColumn<S, V> col, String hintKey) {
        Label head = new Label(col.getText());
        head.setTooltip(wrapped(t(hintKey)));
        col.setText(null);
        col.setGraphic(head);
        return col;
    }

    /** Numeric columns of the person's outcome, right-aligned and written by {@code format}. */
    private final class PersonOutcomeColumns {
        TableColumn<FairnessService.Row, Number> number(String key, double width, Function<PersonOutcome, Number> value,
                Function<Number, String> format) {
            TableColumn<FairnessService.Row, Number> col = new TableColumn<>(t(key));
            col.setPrefWidth(width);
            col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue().outcome())));
            col.setComparator((a, b) -> Double.compare(a.doubleValue(), b.doubleValue()));
            col.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(Number n, boolean empty) {
                    super.updateItem(n, empty);
                    setText(empty || n == null ? null : format.apply(n));
                    setAlignment(Pos.CENTER_RIGHT);
                }
            });
            return col;
        }
    }

    /** An icon per flag (excess: a warning triangle; streak: repeating arrows), named in the tooltip. */
    private TableColumn<FairnessService.Row, java.util.Set<FairnessFlag>> flagColumn() {
        // First, and only an icon wide, so a flag shows even when the table is scrolled or narrow.
        TableColumn<FairnessService.Row, java.util.Set<FairnessFlag>> col = new TableColumn<>();
        Label head = new Label(null, icon(Feather.FLAG));
        head.setTooltip(new Tooltip(t("fairness.view.col.flag")));
        col.setGraphic(head);
        col.setPrefWidth(48);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().outcome().flags()));
        col.setComparator((a, b) -> Integer.compare(a.size(), b.size()));
        col.setCellFactory(x -> new TableCell<>() {
            @Override
            protected void updateItem(java.util.Set<FairnessFlag> flags, boolean empty) {
                super.updateItem(flags, empty);
                if (empty || flags == null || flags.isEmpty()) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                javafx.scene.layout.HBox icons = new javafx.scene.layout.HBox(4);
                icons.setAlignment(Pos.CENTER);
                if (flags.contains(FairnessFlag.EXCESS)) {
                    icons.getChildren().add(icon(Feather.ALERT_TRIANGLE));
                }
                if (flags.contains(FairnessFlag.STREAK)) {
                    icons.getChildren().add(icon(Feather.REPEAT));
                }
                setGraphic(icons);
                setTooltip(new Tooltip(flags.stream().sorted().map(f -> flagName(f))
                        .collect(Collectors.joining(", "))));
            }
        });
        return col;
    }

    private static FontIcon icon(Feather feather) {
        FontIcon icon = new FontIcon(feather);
        icon.getStyleClass().add("fairness-flag-icon");
        return icon;
    }

    String flagName(FairnessFlag flag) {
        return flag == FairnessFlag.EXCESS ? t("fairness.view.flag.excess") : t("fairness.view.flag.streak");
    }
}
