package id.tertib.ui.importing;

import id.tertib.app.PunchImport;
import id.tertib.domain.Unit;
import id.tertib.ui.common.UiContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Which machine a file comes from and which units it serves: the people of the ticked units who are not in the file
 * get TK, nobody else (ADR 0009). Typing the name of a machine remembered before ticks its units.
 */
final class MachineUnitsDialog {

    private final UiContext ctx;
    private final List<Unit> units;
    private final Map<String, List<String>> machines;

    final TextField name = new TextField();
    final Map<String, CheckBox> boxes = new LinkedHashMap<>();

    /**
     * @param units every unit, to tick
     * @param machines the machines remembered, by name, with the codes of their units
     */
    MachineUnitsDialog(UiContext ctx, List<Unit> units, Map<String, List<String>> machines) {
        this.ctx = ctx;
        this.units = units;
        this.machines = machines;
    }

    /** @param machine the name shown now; {@code ticked} the codes of the units the preview used */
    Optional<PunchImport.Machine> show(Window owner, String machine, Set<String> ticked) {
        Dialog<PunchImport.Machine> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ctx.t("punch.machine.title"));
        dialog.setHeaderText(ctx.t("punch.machine.header"));
        name.setId("machine-name");
        name.setText(machine);
        name.setPromptText(ctx.t("punch.machine.namePrompt"));
        VBox list = new VBox(4);
        for (Unit u : units) {
            CheckBox box = new CheckBox(u.code() + "  " + u.name());
            box.setId("machine-unit-" + u.code());
            box.setSelected(ticked.contains(u.code()));
            boxes.put(u.code(), box);
            list.getChildren().add(box);
        }
        name.textProperty().addListener((o, was, now) -> remembered(now).ifPresent(this::tick));
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefHeight(320);
        Label error = new Label(ctx.t("punch.machine.noneChosen"));
        error.getStyleClass().add("field-error");
        VBox content = new VBox(8, new Label(ctx.t("punch.machine.name")), name,
                new Label(ctx.t("punch.machine.units")), scroll, error);
        content.setPadding(new Insets(8));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        ButtonType apply = new ButtonType(ctx.t("punch.machine.apply"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(apply,
                new ButtonType(ctx.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        var applyButton = dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("machine-apply");
        Runnable check = () -> {
            boolean none = chosen().isEmpty();
            applyButton.setDisable(none);
            error.setVisible(none);
        };
        boxes.values().forEach(b -> b.selectedProperty().addListener((o, a, c) -> check.run()));
        check.run();
        dialog.setResultConverter(b -> b == apply ? new PunchImport.Machine(name.getText().strip(), chosen()) : null);
        return dialog.showAndWait();
    }

    private Optional<List<String>> remembered(String typed) {
        String key = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        return machines.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).equals(key))
                .map(Map.Entry::getValue).findFirst();
    }

    private void tick(List<String> codes) {
        boxes.forEach((code, box) -> box.setSelected(codes.contains(code)));
    }

    List<String> chosen() {
        return boxes.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).toList();
    }
}
