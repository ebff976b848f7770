package id.tertib.ui.attendance;

import id.tertib.app.I18n;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** What the colours and marks of the grid mean, in the grid's own colours. */
final class CodeLegend {

    private CodeLegend() {
    }

    static FlowPane of(I18n i18n) {
        FlowPane legend = new FlowPane(12, 2);
        legend.setId("attendance-legend");
        legend.getStyleClass().add("attendance-legend");
        CellPainter painter = new CellPainter();
        legend.getChildren().addAll(
                entry(painter.sample(CellLook.PRESENT, "H", false, false), i18n.get("attendance.grid.legendPresent")),
                entry(painter.sample(CellLook.LATE, "TL", false, false), i18n.get("attendance.grid.legendLate")),
                entry(painter.sample(CellLook.DUTY, "DL", false, false), i18n.get("attendance.grid.legendDuty")),
                entry(painter.sample(CellLook.SICK_OR_PERMISSION, "S", false, false),
                        i18n.get("attendance.grid.legendSick")),
                entry(painter.sample(CellLook.LEAVE, "CT", false, false), i18n.get("attendance.grid.legendLeave")),
                entry(painter.sample(CellLook.UNEXCUSED, "TK", false, false),
                        i18n.get("attendance.grid.legendUnexcused")),
                entry(painter.sample(CellLook.DERIVED_UNEXCUSED, "TK", false, false),
                        i18n.get("attendance.grid.legendDerived")),
                entry(painter.sample(CellLook.UNREAD, "?", false, false), i18n.get("attendance.grid.legendUnread")),
                entry(painter.sample(CellLook.PRESENT, "H", true, false), i18n.get("attendance.grid.legendManual")),
                entry(painter.sample(CellLook.PRESENT, "H", false, true), i18n.get("attendance.grid.legendFlagged")),
                entry(offDay(), i18n.get("attendance.grid.legendOff")));
        return legend;
    }

    /** A grey square, as weekends and holidays are shaded. */
    private static Node offDay() {
        Region day = new Region();
        day.setMinSize(22, 18);
        day.setMaxSize(22, 18);
        day.setStyle("-fx-background-color: " + CellLook.web(CellLook.HOLIDAY) + "; -fx-background-radius: 3;");
        return day;
    }

    private static HBox entry(Node chip, String text) {
        Label label = new Label(text);
        label.getStyleClass().add("attendance-legend-text");
        HBox box = new HBox(3, chip, label);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
