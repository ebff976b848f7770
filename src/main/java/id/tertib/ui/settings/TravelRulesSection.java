package id.tertib.ui.settings;

import id.tertib.domain.fairness.FairnessRules;
import id.tertib.ui.common.UiContext;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The office's travel policy (no regulation sets these): when the fairness analysis flags a person, the yearly cap on
 * travel days, and how far back "who goes next" counts. Administrators change them with a reason, which is audited.
 * Collapsed until opened.
 */
final class TravelRulesSection {

    private final UiContext ctx;
    private final Spinner<Double> alphaPercent = new Spinner<>(0.1, 10.0, 1.0, 0.1);
    private final Spinner<Double> factor = new Spinner<>(1.0, 10.0, 2.0, 0.5);
    private final Spinner<Integer> streak = new Spinner<>(2, 50, 5);
    private final Spinner<Integer> capDays = new Spinner<>(0, 366, 60);
    private final Spinner<Integer> windowMonths = new Spinner<>(1, 120, 12);
    private final TextField reason = new TextField();
    private final Label message = new Label();
    private final TitledPane view;

    TravelRulesSection(UiContext ctx) {
        this.ctx = ctx;
        Label hint = new Label(ctx.t("settings.travelHint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (var entry : java.util.List.of(
                java.util.Map.entry("settings.travelAlpha", (Spinner<?>) alphaPercent),
                java.util.Map.entry("settings.travelFactor", (Spinner<?>) factor),
                java.util.Map.entry("settings.travelStreak", (Spinner<?>) streak),
                java.util.Map.entry("settings.travelCap", (Spinner<?>) capDays),
                java.util.Map.entry("settings.travelWindow", (Spinner<?>) windowMonths))) {
            Spinner<?> s = entry.getValue();
            s.setEditable(true);
            s.setPrefWidth(100);
            s.setId(entry.getKey().replace("settings.", "settings-"));
            Label label = new Label(ctx.t(entry.getKey()));
            label.setWrapText(true);
            grid.addRow(row++, label, s);
        }
        reason.setPromptText(ctx.t("settings.travelReason"));
        reason.setId("settings-travel-reason");
        Button save = new Button(ctx.t("settings.travelSave"));
        save.setId("settings-travel-save");
        save.setOnAction(e -> save());
        message.setWrapText(true);
        // Collapsed until opened: the office sets these once, and the backups below stay in view.
        view = new TitledPane(ctx.t("settings.travelTitle"), new VBox(8, hint, grid, reason, new HBox(8, save), message));
        view.setId("settings-travel");
        view.setExpanded(false);
    }

    Node view() {
        return view;
    }

    private record Loaded(FairnessRules rules, int cap, int window) {
    }

    void refresh() {
        ctx.tasks().run(() -> new Loaded(ctx.tertib().fairness().rules(), ctx.tertib().travel().capDaysPerYear(),
                ctx.tertib().travel().windowMonths()), l -> {
                    alphaPercent.getValueFactory().setValue(l.rules().alpha() * 100);
                    factor.getValueFactory().setValue(l.rules().factor());
                    streak.getValueFactory().setValue(l.rules().streak());
                    capDays.getValueFactory().setValue(l.cap());
                    windowMonths.getValueFactory().setValue(l.window());
                }, e -> message.setText(ctx.describe(e)));
    }

    private void save() {
        FairnessRules rules = new FairnessRules(alphaPercent.getValue() / 100, factor.getValue(), streak.getValue());
        int cap = capDays.getValue();
        int window = windowMonths.getValue();
        String why = reason.getText();
        ctx.tasks().run(() -> {
            ctx.tertib().fairness().saveRules(rules, cap, window, why);
            return rules;
        }, saved -> {
            message.getStyleClass().setAll("label", "tertib-notice");
            message.setText(ctx.t("settings.travelSaved"));
            reason.clear();
        }, e -> {
            message.getStyleClass().setAll("label", "tertib-field-error");
            message.setText(ctx.describe(e));
        });
    }
}
