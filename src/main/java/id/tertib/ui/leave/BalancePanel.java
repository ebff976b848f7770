package id.tertib.ui.leave;

import id.tertib.domain.Employee;
import id.tertib.domain.leave.LeaveBalance;
import id.tertib.domain.leave.OpeningBalance;
import id.tertib.ui.common.UiContext;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * One person's annual leave in a year: entitlement, carried over, taken, requested and remaining, with the rule values
 * they were computed under. HR officers and administrators also set the opening balance here (what was carried over
 * and taken before the office started keeping leave in Tertib).
 */
final class BalancePanel {

    private final UiContext ctx;
    private final LeaveTexts texts;
    private final Runnable onOpeningSaved;
    private final Label title = new Label();
    private final Label entitlement = figure("leave-entitlement");
    private final Label carried = figure("leave-carried");
    private final Label taken = figure("leave-taken");
    private final Label pending = figure("leave-pending");
    private final Label remaining = figure("leave-remaining");
    private final VBox basis = new VBox(3);
    private final TextField openingCarried = new TextField();
    private final TextField openingTaken = new TextField();
    private final Label openingMessage = new Label();
    private final VBox openingBox;
    private final VBox view;
    private Employee person;
    private int year;

    BalancePanel(UiContext ctx, LeaveTexts texts, boolean mayEditOpening, Runnable onOpeningSaved) {
        this.ctx = ctx;
        this.texts = texts;
        this.onOpeningSaved = onOpeningSaved;
        title.setId("leave-balance-title");
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        HBox tiles = new HBox(6, tile(entitlement, "leave.entitlementShort", "leave.entitlement"),
                tile(carried, "leave.carriedShort", "leave.carried"), tile(taken, "leave.takenShort", "leave.taken"),
                tile(pending, "leave.pendingShort", "leave.pending"),
                tile(remaining, "leave.remaining", "leave.remainingLong"));
        remaining.getParent().getStyleClass().add("tertib-balance-left");
        basis.setId("leave-basis");
        basis.getStyleClass().add("tertib-hint");
        openingBox = openingEditor();
        openingBox.setVisible(mayEditOpening);
        openingBox.setManaged(mayEditOpening);
        view = new VBox(8, title, tiles, basis, openingBox);
        clear();
    }

    private static Label figure(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("tertib-balance-figure");
        return l;
    }

    /** A figure over its short caption; the long caption is the tooltip. */
    private VBox tile(Label figure, String captionKey, String tooltipKey) {
        Label caption = new Label(ctx.t(captionKey));
        caption.getStyleClass().add("tertib-count");
        VBox tile = new VBox(0, figure, caption);
        tile.setAlignment(Pos.CENTER);
        tile.getStyleClass().add("tertib-balance-tile");
        tile.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(tile, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.Tooltip.install(tile, new javafx.scene.control.Tooltip(ctx.t(tooltipKey)));
        return tile;
    }

    private VBox openingEditor() {
        openingCarried.setId("leave-opening-carried");
        openingTaken.setId("leave-opening-taken");
        openingCarried.setPrefColumnCount(3);
        openingTaken.setPrefColumnCount(3);
        Button save = new Button(ctx.t("leave.openingSave"));
        save.setId("leave-opening-save");
        save.setOnAction(e -> saveOpening());
        Label heading = new Label(ctx.t("leave.openingTitle"));
        heading.setStyle("-fx-font-weight: bold;");
        Label hint = new Label(ctx.t("leave.openingHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("tertib-count");
        javafx.scene.layout.GridPane fields = new javafx.scene.layout.GridPane();
        fields.setHgap(8);
        fields.setVgap(6);
        fields.addRow(0, fixed(new Label(ctx.t("leave.openingCarried"))), openingCarried);
        fields.addRow(1, fixed(new Label(ctx.t("leave.openingTaken"))), openingTaken, save);
        openingMessage.setWrapText(true);
        openingMessage.managedProperty().bind(openingMessage.textProperty().isNotEmpty());
        VBox box = new VBox(6, heading, hint, fields, openingMessage);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private static Label fixed(Label l) {
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    Node view() {
        return view;
    }

    /** Shows the balance of {@code who} in {@code forYear}; nobody chosen shows a hint. */
    void show(Employee who, int forYear) {
        if (who == null || person == null || who.id() != person.id() || forYear != year) {
            openingMessage.setText(""); // a notice belongs to the balance it was about
        }
        this.person = who;
        this.year = forYear;
        if (who == null) {
            clear();
            return;
        }
        ctx.tasks().run(() -> new Loaded(ctx.tertib().leave().balance(who.id(), forYear),
                ctx.tertib().leave().opening(who.id(), forYear)), this::show, e -> {
                    clear();
                    basis.getChildren().setAll(new Label(ctx.describe(e)));
                });
    }

    void refresh() {
        show(person, year);
    }

    /** The same person in another year (the list's year filter changed). */
    void showYear(int forYear) {
        show(person, forYear);
    }

    private record Loaded(LeaveBalance balance, Optional<OpeningBalance> opening) {
    }

    private void show(Loaded loaded) {
        LeaveBalance b = loaded.balance();
        title.setText(ctx.t("leave.balanceTitle", b.year(), person.name().full()));
        entitlement.setText(String.valueOf(b.entitlement()));
        carried.setText(String.valueOf(b.carriedOver()));
        taken.setText(String.valueOf(b.taken()));
        pending.setText(String.valueOf(b.pending()));
        remaining.setText(String.valueOf(b.remaining()));
        basis.getChildren().setAll(texts.basis(b).stream().map(BalancePanel::line).toList());
        openingCarried.setText(loaded.opening().map(o -> String.valueOf(o.carriedOver())).orElse(""));
        openingTaken.setText(loaded.opening().map(o -> String.valueOf(o.takenBefore())).orElse(""));
        openingBox.setDisable(false);
    }

    private static Label line(String text) {
        Label l = new Label("• " + text);
        l.setWrapText(true);
        return l;
    }

    private void clear() {
        title.setText(ctx.t("leave.balanceNone"));
        for (Label l : new Label[] {entitlement, carried, taken, pending, remaining}) {
            l.setText("—");
        }
        basis.getChildren().setAll(line(ctx.t("leave.basis.choose")));
        openingBox.setDisable(true);
    }

    private void saveOpening() {
        if (person == null) {
            return;
        }
        Integer carriedDays;
        Integer takenDays;
        try {
            carriedDays = number(openingCarried.getText());
            takenDays = number(openingTaken.getText());
        } catch (NumberFormatException e) {
            openingMessage.getStyleClass().setAll("label", "tertib-field-error");
            openingMessage.setText(ctx.t("leave.openingNotANumber"));
            return;
        }
        Employee who = person;
        int forYear = year;
        ctx.tasks().run(() -> ctx.tertib().leave().saveOpening(who.id(), forYear, carriedDays, takenDays, ""), saved -> {
            openingMessage.getStyleClass().setAll("label", "tertib-notice");
            openingMessage.setText(ctx.t(saved.isPresent() ? "leave.openingSaved" : "leave.openingRemoved", forYear));
            onOpeningSaved.run();
        }, e -> {
            openingMessage.getStyleClass().setAll("label", "tertib-field-error");
            openingMessage.setText(ctx.describe(e));
        });
    }

    /** Empty means "not set"; otherwise whole days. */
    private static Integer number(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
    }
}
