package id.tertib.ui.settings;

import id.tertib.domain.discipline.DisciplineRules;
import id.tertib.ui.common.UiContext;
import java.util.List;
import java.util.Map;
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
 * The discipline values the brief marks "verify": minutes of lateness that make a day, the early-warning distance,
 * and the PPPK thresholds (PP 49/2018 names the punishments, not the day counts). Administrators change them with a
 * reason, which is audited; every assessment shows the values it used. Collapsed until opened.
 */
final class DisciplineRulesSection {

    private final UiContext ctx;
    private final Spinner<Integer> minutesPerDay = new Spinner<>(60, 720, 450, 15);
    private final Spinner<Integer> warningDays = new Spinner<>(0, 10, 2);
    private final Spinner<Integer> pppkSedang = new Spinner<>(8, 100, 11);
    private final Spinner<Integer> pppkBerat = new Spinner<>(9, 200, 21);
    private final Spinner<Integer> pppkRun = new Spinner<>(0, 60, 10);
    private final TextField reason = new TextField();
    private final Label message = new Label();
    private final TitledPane view;

    DisciplineRulesSection(UiContext ctx) {
        this.ctx = ctx;
        Label hint = new Label(ctx.t("settings.disciplineHint"));
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        for (Map.Entry<String, Spinner<Integer>> entry : List.of(
                Map.entry("settings.disciplineMinutes", minutesPerDay),
                Map.entry("settings.disciplineWarning", warningDays),
                Map.entry("settings.disciplinePppkSedang", pppkSedang),
                Map.entry("settings.disciplinePppkBerat", pppkBerat),
                Map.entry("settings.disciplinePppkRun", pppkRun))) {
            Spinner<Integer> s = entry.getValue();
            s.setEditable(true);
            s.setPrefWidth(100);
            s.setId(entry.getKey().replace("settings.", "settings-"));
            Label label = new Label(ctx.t(entry.getKey()));
            label.setWrapText(true);
            grid.addRow(row++, label, s);
        }
        reason.setPromptText(ctx.t("settings.disciplineReason"));
        reason.setId("settings-discipline-reason");
        Button save = new Button(ctx.t("settings.disciplineSave"));
        save.setId("settings-discipline-save");
        save.setOnAction(e -> save());
        message.setWrapText(true);
        message.setId("settings-discipline-message");
        view = new TitledPane(ctx.t("settings.disciplineTitle"),
                new VBox(8, hint, grid, reason, new HBox(8, save), message));
        view.setId("settings-discipline");
        view.setExpanded(false);
    }

    Node view() {
        return view;
    }

    void refresh() {
        ctx.tasks().run(() -> ctx.tertib().discipline().rules(), r -> {
            minutesPerDay.getValueFactory().setValue(r.minutesPerDay());
            warningDays.getValueFactory().setValue(r.warningDays());
            pppkSedang.getValueFactory().setValue(r.pppkSedangFrom());
            pppkBerat.getValueFactory().setValue(r.pppkBeratFrom());
            pppkRun.getValueFactory().setValue(r.pppkConsecutiveDays());
        }, e -> message.setText(ctx.describe(e)));
    }

    private void save() {
        String why = reason.getText();
        ctx.tasks().run(() -> {
            DisciplineRules rules = new DisciplineRules(minutesPerDay.getValue(), warningDays.getValue(),
                    pppkSedang.getValue(), pppkBerat.getValue(), pppkRun.getValue());
            ctx.tertib().discipline().saveRules(rules, why);
            return rules;
        }, saved -> {
            message.getStyleClass().setAll("label", "tertib-notice");
            message.setText(ctx.t("settings.disciplineSaved"));
            reason.clear();
        }, e -> {
            message.getStyleClass().setAll("label", "tertib-field-error");
            message.setText(ctx.describe(e));
        });
    }
}
