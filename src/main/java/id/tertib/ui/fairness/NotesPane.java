package id.tertib.ui.fairness;

import id.tertib.app.FairnessService;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** Catatan: every flag's explanation as sentences, then the people never sent, then how to read the numbers. */
final class NotesPane {

    private final FairnessFormat texts;
    private final VBox box = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(box);

    NotesPane(FairnessFormat texts) {
        this.texts = texts;
        box.setId("fairness-notes");
        box.setPadding(new Insets(12, 16, 16, 16));
        box.setMaxWidth(900);
        scroll.setFitToWidth(true);
    }

    Node view() {
        return scroll;
    }

    private String t(String key, Object... args) {
        return texts.i18n().get(key, args);
    }

    void show(FairnessService.Report report, java.util.function.Function<id.tertib.domain.fairness.FairnessFlag,
            String> flagName) {
        box.getChildren().clear();
        List<FairnessService.Row> flagged = report.rows().stream().filter(r -> r.outcome().flagged()).toList();
        box.getChildren().add(heading(t("fairness.view.notes.flags", flagged.size())));
        if (flagged.isEmpty()) {
            box.getChildren().add(text(t("fairness.view.notes.noFlags"), "fairness-note-text"));
        }
        for (FairnessService.Row r : flagged) {
            String flags = r.outcome().flags().stream().sorted().map(flagName).collect(Collectors.joining(", "));
            Label who = text(r.employee().name().full() + " · " + r.unitName() + " · " + flags, "fairness-note-who");
            Label why = text(r.explanation() == null ? "" : r.explanation(), "fairness-note-text");
            VBox entry = new VBox(2, who, why);
            entry.getStyleClass().add("fairness-note-entry");
            box.getChildren().add(entry);
        }
        List<FairnessService.Row> never = report.neverSent();
        box.getChildren().add(heading(t("fairness.view.notes.neverSent", never.size())));
        box.getChildren().add(text(never.isEmpty() ? t("fairness.view.notes.everyoneSent")
                : never.stream().map(r -> r.employee().name().full()).collect(Collectors.joining(", ")),
                "fairness-note-text"));
        box.getChildren().add(heading(t("fairness.view.notes.howToRead")));
        box.getChildren().add(text(t("fairness.view.notes.method", report.rulesLine()), "fairness-note-text"));
        box.getChildren().add(text(texts.giniHint(), "fairness-note-text"));
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("fairness-note-heading");
        return l;
    }

    private static Label text(String s, String style) {
        Label l = new Label(s);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }
}
