package id.tertib.ui.attendance;

import id.tertib.app.I18n;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/** What the colours and marks of the grid mean, in the grid's own colours. */
final class CodeLegend {

    private CodeLegend() {
    }

    static FlowPane of(I18n i18n) {
        FlowPane legend = new FlowPane(14, 6);
        legend.setId("attendance-legend");
        legend.getStyleClass().add("attendance-legend");
        legend.getChildren().addAll(
                entry(chip("H", CellLook.PRESENT.chipStyle()), i18n.get("attendance.grid.legendPresent")),
                entry(chip("TL", CellLook.LATE.chipStyle()), i18n.get("attendance.grid.legendLate")),
                entry(chip("DL", CellLook.DUTY.chipStyle()), i18n.get("attendance.grid.legendDuty")),
                entry(chip("S", CellLook.SICK_OR_PERMISSION.chipStyle()), i18n.get("attendance.grid.legendSick")),
                entry(chip("CT", CellLook.LEAVE.chipStyle()), i18n.get("attendance.grid.legendLeave")),
                entry(chip("TK", CellLook.UNEXCUSED.chipStyle()), i18n.get("attendance.grid.legendUnexcused")),
                entry(chip("TK", CellLook.DERIVED_UNEXCUSED.chipStyle() + " -fx-border-color: "
                        + CellLook.web(CellLook.DERIVED_UNEXCUSED.text) + "; -fx-border-style: dashed;"
                        + " -fx-border-radius: 3;"), i18n.get("attendance.grid.legendDerived")),
                entry(chip("?", CellLook.UNREAD.chipStyle()), i18n.get("attendance.grid.legendUnread")),
                entry(manualChip(), i18n.get("attendance.grid.legendManual")),
                entry(chip(" ", "-fx-background-color: " + CellLook.web(CellLook.HOLIDAY) + ";"),
                        i18n.get("attendance.grid.legendOff")));
        return legend;
    }

    private static Label chip(String code, String colours) {
        Label chip = new Label(code);
        chip.getStyleClass().add("attendance-legend-chip");
        chip.setStyle(colours);
        return chip;
    }

    /** A chip with the dark corner a person's correction gets. */
    private static Node manualChip() {
        String mark = CellLook.web(CellLook.MANUAL_MARK);
        return chip("H", CellLook.PRESENT.chipStyle() + " -fx-background-color: linear-gradient(to bottom left, "
                + mark + " 0%, " + mark + " 24%, transparent 24%), " + CellLook.web(CellLook.PRESENT.background)
                + ";");
    }

    private static HBox entry(Node chip, String text) {
        Label label = new Label(text);
        label.getStyleClass().add("attendance-legend-text");
        HBox box = new HBox(5, chip, label);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
