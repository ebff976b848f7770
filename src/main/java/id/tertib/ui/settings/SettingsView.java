package id.tertib.ui.settings;

import id.tertib.app.I18n;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.shell.Screen;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Settings: the interface language (Bahasa Indonesia or English), where the database is, and backups. */
public final class SettingsView implements Screen {

    private final VBox root;
    /** The page scrolls once the travel rules are opened on a small screen. */
    private final javafx.scene.control.ScrollPane scroller;
    private final BackupSection backups;
    private final TravelRulesSection travelRules;
    private final DisciplineRulesSection disciplineRules;

    /** {@code onRestored} reloads every screen after a backup has replaced the database. */
    public SettingsView(UiContext ctx, Consumer<Locale> onLanguageChanged, Runnable onRestored) {
        Label title = new Label(ctx.t("nav.settings"));
        title.getStyleClass().add("title-3");
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(I18n.INDONESIAN, I18n.ENGLISH);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : ctx.t("settings.language." + l.getLanguage());
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.setValue(ctx.i18n().locale());
        Button apply = new Button(ctx.t("settings.apply"));
        apply.setId("settings-apply");
        apply.getStyleClass().add("accent");
        apply.setOnAction(e -> {
            Locale chosen = language.getValue();
            ctx.tasks().run(() -> {
                ctx.tertib().settings().setLanguage(chosen);
                return chosen;
            }, onLanguageChanged, err -> ctx.showFailure("settings.saveFailed", err));
        });
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, new Label(ctx.t("settings.language")), language, apply);
        Label dbPath = new Label(ctx.tertib().databaseFile().toAbsolutePath().toString());
        dbPath.setId("settings-database");
        grid.addRow(1, new Label(ctx.t("settings.database")), dbPath);
        Label dbHint = new Label(ctx.t("settings.databaseHint"));
        dbHint.getStyleClass().add("text-muted");
        dbHint.setWrapText(true);
        backups = new BackupSection(ctx, onRestored);
        travelRules = new TravelRulesSection(ctx);
        disciplineRules = new DisciplineRulesSection(ctx);
        root = new VBox(14, title, grid, dbHint);
        var role = ctx.tertib().auth().current().map(id.tertib.domain.UserAccount::role);
        if (role.map(r -> r.seesAllUnits()).orElse(true)) {
            root.getChildren().addAll(new javafx.scene.control.Separator(), auditCheck(ctx));
        }
        if (role.map(r -> r == id.tertib.domain.Role.ADMINISTRATOR).orElse(true)) {
            root.getChildren().addAll(new javafx.scene.control.Separator(), travelRules.view(),
                    disciplineRules.view(), new javafx.scene.control.Separator(), backups.view());
        }
        root.setPadding(new Insets(16));
        scroller = new javafx.scene.control.ScrollPane(root);
        scroller.setFitToWidth(true);
    }

    /** "Periksa jejak audit": intact, or the first entry altered or removed outside Tertib. */
    private static Node auditCheck(UiContext ctx) {
        Label title = new Label(ctx.t("settings.auditTitle"));
        title.getStyleClass().add("title-4");
        Label result = new Label();
        result.setId("settings-audit-result");
        result.setWrapText(true);
        Button verify = new Button(ctx.t("settings.auditVerify"));
        verify.setId("settings-audit-verify");
        verify.setOnAction(e -> ctx.tasks().run(() -> ctx.tertib().audit().verify(), v -> {
            result.getStyleClass().removeAll("tertib-ok", "tertib-field-error");
            result.getStyleClass().add(v.intact() ? "tertib-ok" : "tertib-field-error");
            result.setText(v.problem().map(p -> ctx.t("audit.broken." + p.kind().name(), p.entryId()))
                    .orElse(ctx.t("audit.intact", v.entries())));
        }, err -> result.setText(ctx.describe(err))));
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(12, verify, result);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(8, title, row);
    }

    @Override
    public Node view() {
        return scroller;
    }

    @Override
    public void refresh() {
        backups.refresh();
        travelRules.refresh();
        disciplineRules.refresh();
    }
}
