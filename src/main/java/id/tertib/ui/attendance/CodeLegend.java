package id.tertib.ui.attendance;

import id.tertib.app.I18n;
import id.tertib.domain.attendance.AttendanceCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * What the grid shows, in the grid's own colours: every code used in the month on screen with its name (an office's
 * own codes included, so "CB" or "DD" never has to be guessed), then the marks (TK derived from missing punches,
 * unreadable punches, changed by hand, to be checked, weekend or holiday).
 */
final class CodeLegend {

    private final I18n i18n;
    private final FlowPane legend = new FlowPane(12, 2);
    private final List<Node> marks;
    private List<String> shown = List.of();

    CodeLegend(I18n i18n) {
        this.i18n = i18n;
        legend.setId("attendance-legend");
        legend.getStyleClass().add("attendance-legend");
        CellPainter painter = new CellPainter();
        marks = List.of(
                entry(painter.sample(CellLook.DERIVED_UNEXCUSED, "TK", false, false),
                        i18n.get("attendance.grid.legendDerived")),
                entry(painter.sample(CellLook.UNREAD, "?", false, false), i18n.get("attendance.grid.legendUnread")),
                entry(painter.sample(CellLook.PRESENT, "H", true, false), i18n.get("attendance.grid.legendManual")),
                entry(painter.sample(CellLook.PRESENT, "H", false, true), i18n.get("attendance.grid.legendFlagged")),
                entry(offDay(), i18n.get("attendance.grid.legendOff")));
        show(List.of(), AttendanceCodes.defaults(), code -> code);
    }

    Node view() {
        return legend;
    }

    /**
     * The codes in use (see {@link AttendanceGridModel#codesInUse()}), each named by {@code name}, then the marks.
     * Rebuilt only when the codes differ: the grid asks after every change and every move of the cursor.
     */
    void show(List<String> inUse, AttendanceCodes codes, UnaryOperator<String> name) {
        if (inUse.equals(shown) && !legend.getChildren().isEmpty()) {
            return;
        }
        shown = List.copyOf(inUse);
        List<Node> entries = new ArrayList<>();
        for (String code : inUse) {
            HBox e = entry(chip(code, codes), name.apply(code));
            e.setId("attendance-legend-" + code);
            entries.add(e);
        }
        entries.addAll(marks);
        legend.getChildren().setAll(entries);
    }

    /** The code as its cells show it: the colours of its kind (a stored TK at full strength). */
    private static Label chip(String code, AttendanceCodes codes) {
        CellLook look = CellLook.ofCode(code, codes);
        Label chip = new Label(code);
        chip.getStyleClass().add("attendance-legend-code");
        chip.setStyle("-fx-background-color: " + CellLook.web(look.background) + "; -fx-text-fill: "
                + CellLook.web(look.text) + ";");
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
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
