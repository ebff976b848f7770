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
                setText(empty ? null : unit == null ? noneLabel : "    ".repeat(tree.depth(unit.id())) + unit.name());
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.setPromptText(noneLabel); // the button cell shows the prompt when the value is null
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
