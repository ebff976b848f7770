package id.tertib.ui.fairness;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * A chart as it is shown and saved: a title, the scope (unit and period), a legend or note, and the drawing. The
 * whole {@link #figure()} goes into the PNG, so a picture pasted into a memo still says what it shows.
 */
abstract class Figure {

    protected final FairnessFormat texts;
    protected final Label title = new Label();
    protected final Label scope = new Label();
    protected final VBox figure = new VBox(6);
    private final ScrollPane scroll;

    Figure(FairnessFormat texts, String id) {
        this.texts = texts;
        title.getStyleClass().add("fairness-figure-title");
        scope.getStyleClass().add("fairness-figure-scope");
        figure.setId(id);
        figure.getStyleClass().add("fairness-figure");
        figure.setPadding(new Insets(12, 16, 12, 16));
        figure.getChildren().addAll(title, scope);
        scroll = new ScrollPane(figure);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("fairness-figure-scroll");
    }

    protected String t(String key, Object... args) {
        return texts.i18n().get(key, args);
    }

    /** What the tab shows: the figure, scrolling when it is taller than the window. */
    Node view() {
        return scroll;
    }

    /** What is saved as PNG. */
    Node figure() {
        return figure;
    }

    /** A short name for the PNG file ("grafik-orang"). */
    abstract String fileStem();

    protected static Label note(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        return l;
    }
}
