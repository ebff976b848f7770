package id.tertib.ui.leave;

import id.tertib.domain.leave.LeaveRules;
import id.tertib.ui.common.UiContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The leave rules in force, with the regulation's defaults; administrators change them (every value of PP 11/2017 the
 * brief marks "verify" is here), everyone else reads them. Collapsed until opened.
 */
final class RulesPanel {

    /** The numbers, in the order shown; keys are {@link LeaveRules#toMap()} names. */
    private static final Map<String, String> NUMBERS = new LinkedHashMap<>();

    static {
        NUMBERS.put("annualDays", "leave.rule.annualDays");
        NUMBERS.put("annualServiceYears", "leave.rule.annualServiceYears");
        NUMBERS.put("maxAnnualTotal", "leave.rule.maxAnnualTotal");
        NUMBERS.put("maxAnnualTotalAfterUnusedYears", "leave.rule.maxAnnualTotalAfterUnusedYears");
        NUMBERS.put("longLeaveServiceYears", "leave.rule.longLeaveServiceYears");
        NUMBERS.put("longLeaveMonths", "leave.rule.longLeaveMonths");
        NUMBERS.put("sickLeaveMonths", "leave.rule.sickLeaveMonths");
        NUMBERS.put("maternityMonths", "leave.rule.maternityMonths");
        NUMBERS.put("importantReasonMonths", "leave.rule.importantReasonMonths");
        NUMBERS.put("unpaidServiceYears", "leave.rule.unpaidServiceYears");
        NUMBERS.put("unpaidMonths", "leave.rule.unpaidMonths");
    }

    private final UiContext ctx;
    private final Runnable onSaved;
    private final Map<String, Spinner<Integer>> spinners = new LinkedHashMap<>();
    private final CheckBox longLeaveVoids = new CheckBox();
    private final CheckBox cutiBersamaReduces = new CheckBox();
    private final Spinner<Integer> registerFrom = new Spinner<>(1950, 9999, 2026);
    private final TextField reason = new TextField();
    private final Label message = new Label();
    private final TitledPane view;

    RulesPanel(UiContext ctx, boolean mayEdit, Runnable onSaved) {
        this.ctx = ctx;
        this.onSaved = onSaved;
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int row = 0;
        for (var e : NUMBERS.entrySet()) {
            Spinner<Integer> s = new Spinner<>(0, 366, 0);
            s.setId("leave-rule-" + e.getKey());
            s.setEditable(true);
            s.setPrefWidth(90);
            s.setMinWidth(90);
            spinners.put(e.getKey(), s);
            Label label = new Label(ctx.t(e.getValue()));
            label.setWrapText(true);
            grid.addRow(row++, label, s);
        }
        registerFrom.setId("leave-rule-registerFrom");
        registerFrom.setEditable(true);
        registerFrom.setPrefWidth(90);
        registerFrom.setMinWidth(90);
        Label registerLabel = new Label(ctx.t("leave.rule.registerFrom"));
        registerLabel.setWrapText(true);
        grid.addRow(row, registerLabel, registerFrom);
        longLeaveVoids.setText(ctx.t("leave.rule.longLeaveVoidsAnnual"));
        longLeaveVoids.setWrapText(true);
        cutiBersamaReduces.setId("leave-rule-cutiBersama");
        cutiBersamaReduces.setText(ctx.t("leave.rule.cutiBersamaReducesAnnual"));
        cutiBersamaReduces.setWrapText(true);
        Label source = new Label(ctx.t("leave.rulesSource"));
        source.setWrapText(true);
        source.getStyleClass().add("tertib-count");
        reason.setPromptText(ctx.t("leave.rulesReason"));
        Button save = new Button(ctx.t("leave.rulesSave"));
        save.setId("leave-rules-save");
        save.setOnAction(e -> save());
        Button defaults = new Button(ctx.t("leave.rulesDefaults"));
        defaults.setOnAction(e -> show(LeaveRules.PP_11_2017, registerFrom.getValue()));
        message.setWrapText(true);
        VBox content = new VBox(8, source, grid, longLeaveVoids, cutiBersamaReduces);
        if (mayEdit) {
            content.getChildren().addAll(reason, new javafx.scene.layout.HBox(8, save, defaults), message);
        } else {
            grid.setDisable(true);
            longLeaveVoids.setDisable(true);
            cutiBersamaReduces.setDisable(true);
            content.getStyleClass().add("tertib-readonly");
        }
        view = new TitledPane(ctx.t("leave.rulesTitle"), content);
        view.setId("leave-rules");
        view.setExpanded(false);
    }

    Node view() {
        return view;
    }

    void refresh() {
        ctx.tasks().run(() -> new Loaded(ctx.tertib().leave().rules(), ctx.tertib().leave().registerFrom()),
                l -> show(l.rules(), l.registerFrom()), e -> message.setText(ctx.describe(e)));
    }

    private record Loaded(LeaveRules rules, int registerFrom) {
    }

    private void show(LeaveRules rules, int firstYear) {
        Map<String, String> values = rules.toMap();
        spinners.forEach((name, s) -> s.getValueFactory().setValue(Integer.valueOf(values.get(name))));
        longLeaveVoids.setSelected(rules.longLeaveVoidsAnnual());
        cutiBersamaReduces.setSelected(rules.cutiBersamaReducesAnnual());
        registerFrom.getValueFactory().setValue(firstYear);
    }

    private void save() {
        Map<String, String> values = spinners.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> String.valueOf(e.getValue().getValue())));
        values.put("longLeaveVoidsAnnual", String.valueOf(longLeaveVoids.isSelected()));
        values.put("cutiBersamaReducesAnnual", String.valueOf(cutiBersamaReduces.isSelected()));
        int firstYear = registerFrom.getValue();
        String why = reason.getText();
        ctx.tasks().run(() -> {
            LeaveRules rules = LeaveRules.fromMap(values);
            ctx.tertib().leave().saveRules(rules, firstYear, why);
            return rules;
        }, rules -> {
            message.getStyleClass().setAll("label", "tertib-notice");
            message.setText(ctx.t("leave.rulesSaved"));
            reason.clear();
            onSaved.run();
        }, e -> {
            message.getStyleClass().setAll("label", "tertib-field-error");
            message.setText(e instanceof id.tertib.domain.DomainException d
                    ? d.problems().stream().map(p -> ctx.t(NUMBERS.getOrDefault(p.field(), "leave.rulesTitle")) + ": "
                            + ctx.i18n().text(p)).collect(Collectors.joining("\n"))
                    : ctx.describe(e));
        });
    }
}
