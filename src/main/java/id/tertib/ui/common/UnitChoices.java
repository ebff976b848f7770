package id.tertib.ui.common;

import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** Fills a combo box with units in tree order, indented by depth, so the hierarchy reads at a glance. */
public final class UnitChoices {

    private UnitChoices() {
    }

    /** {@code noneLabel} is shown for the null choice ("Semua unit", "— tingkat teratas —"), or null for none. */
    public static void fill(ComboBox<Unit> box, UnitTree tree, String noneLabel) {
        Unit selected = box.getValue();
        box.getItems().clear();
        if (noneLabel != null) {
            box.getItems().add(null);
        }
        box.getItems().addAll(tree.depthFirst());
        box.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Unit unit, boolean empty) {
                super.updateItem(unit, empty);
                setText(empty ? null : unit == null ? noneLabel : unit.name());
                int depth = empty || unit == null ? 0 : tree.depth(unit.id());
                setStyle(depth == 0 ? null : "-fx-padding: 4 8 4 " + (8 + 18 * depth) + ";");
            }
        });
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Unit unit, boolean empty) {
                super.updateItem(unit, empty);
                setText(empty || unit == null ? noneLabel : unit.name());
            }
        });
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit unit) {
                return unit == null ? (noneLabel == null ? "" : noneLabel) : unit.name();
            }

            @Override
            public Unit fromString(String s) {
                return null;
            }
        });
        Optional.ofNullable(selected).flatMap(s -> tree.find(s.id())).ifPresentOrElse(box::setValue,
                () -> box.setValue(null));
    }
}
