package id.tertib.ui.common;

import id.tertib.app.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Dialogs as real JavaFX alerts and file choosers, owned by the main window. Buttons carry our own texts:
 * JavaFX has no Indonesian translation of "OK"/"Cancel".
 */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private I18n i18n;

    public FxDialogService(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public void useLanguage(I18n newI18n) {
        this.i18n = newI18n;
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void info(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = new ButtonType(i18n.get("action.ok"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(yes, new ButtonType(i18n.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public Optional<Path> chooseFile(String title, String filterName, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, extensions));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String filterName, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(initialName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, extensions));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Map<String, String>> askFields(String title, String message, List<FormField> fields) {
        Dialog<Map<String, String>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType ok = new ButtonType(i18n.get("action.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(i18n.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        Map<String, Supplier<String>> values = new LinkedHashMap<>();
        BooleanBinding incomplete = Bindings.createBooleanBinding(() -> false);
        Control first = null;
        int row = 0;
        for (FormField f : fields) {
            Control input;
            if (f.choices().isEmpty()) {
                TextField text = new TextField(f.initial());
                text.setPrefColumnCount(28);
                values.put(f.key(), text::getText);
                if (f.required()) {
                    incomplete = incomplete.or(Bindings.createBooleanBinding(() -> text.getText().isBlank(),
                            text.textProperty()));
                }
                input = text;
            } else {
                ComboBox<String> box = new ComboBox<>();
                box.setEditable(true);
                box.getItems().setAll(f.choices());
                box.getEditor().setText(f.initial());
                values.put(f.key(), () -> box.getEditor().getText());
                input = box;
            }
            input.setId("form-" + f.key());
            GridPane.setHgrow(input, Priority.ALWAYS);
            input.setMaxWidth(Double.MAX_VALUE);
            grid.addRow(row++, new Label(f.label()), input);
            first = first == null ? input : first;
        }
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(460);
        VBox body = new VBox(12, text, grid);
        dialog.getDialogPane().setContent(body);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(incomplete);
        dialog.setResultConverter(b -> {
            if (b != ok) {
                return null;
            }
            Map<String, String> answers = new LinkedHashMap<>();
            values.forEach((k, v) -> answers.put(k, v.get() == null ? "" : v.get().trim()));
            return answers;
        });
        Control focus = first;
        if (focus != null) {
            Platform.runLater(focus::requestFocus);
        }
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> editText(String title, String text) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        ButtonType save = new ButtonType(i18n.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(i18n.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(text);
        area.setId("edit-text");
        area.setWrapText(true);
        area.setPrefColumnCount(80);
        area.setPrefRowCount(28);
        area.getStyleClass().add("tertib-letter");
        dialog.getDialogPane().setContent(area);
        dialog.setResultConverter(b -> b == save ? area.getText() : null);
        Platform.runLater(area::requestFocus);
        return dialog.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, new ButtonType(i18n.get("action.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setMinWidth(460);
        return alert;
    }
}
