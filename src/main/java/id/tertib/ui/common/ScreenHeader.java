package id.tertib.ui.common;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The top line of a screen: its title on the left, its actions on the right. */
public final class ScreenHeader {

    private ScreenHeader() {
    }

    /** Actions may also be added later (e.g. by role) with {@code bar.getChildren().add(...)}. */
    public static HBox bar(String title, Node... actions) {
        Label label = new Label(title);
        label.getStyleClass().add("title-3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, label, spacer);
        bar.getChildren().addAll(actions);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
