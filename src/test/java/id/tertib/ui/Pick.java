package id.tertib.ui;

import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;

/** Chooses an item in a combo box by the text of its popup cell (not some other node with the same text). */
final class Pick {

    private Pick() {
    }

    static void choose(FxRobot robot, String comboQuery, String itemText) {
        robot.clickOn(comboQuery);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(itemText))
                .<javafx.scene.Node>query());
    }
}
