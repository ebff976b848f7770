package id.tertib.ui.importing;

import id.tertib.domain.attendance.PersonKey;
import id.tertib.domain.attendance.PunchMapping;
import id.tertib.ui.common.UiContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/**
 * Which column of a CSV/XLSX machine export holds what: the person (PIN or NIP) and the scan time (one column, or
 * date and time apart), with the date patterns to try. Set once and saved under a name, then chosen by that name.
 */
final class MappingDialog {

    /** The mapping chosen, and the name to save it under (blank: do not save). */
    record Choice(PunchMapping mapping, String saveAs) {
    }

    private final UiContext ctx;
    private final List<String> headers;
    private final Map<String, PunchMapping> saved;

    final ComboBox<String> savedBox = new ComboBox<>();
    final ComboBox<PersonKey> key = new ComboBox<>();
    final ComboBox<String> person = new ComboBox<>();
    final CheckBox split = new CheckBox();
    final ComboBox<String> dateTime = new ComboBox<>();
    final ComboBox<String> date = new ComboBox<>();
    final ComboBox<String> time = new ComboBox<>();
    final TextField patterns = new TextField();
    final TextField saveAs = new TextField();
    private final Label error = new Label();

    MappingDialog(UiContext ctx, List<String> headers, Map<String, PunchMapping> saved) {
        this.ctx = ctx;
        this.headers = headers;
        this.saved = saved;
    }

    Optional<Choice> show(Window owner) {
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ctx.t("punch.mapping.title"));
        dialog.setHeaderText(ctx.t("punch.mapping.header"));
        savedBox.getItems().setAll(saved.keySet());
        savedBox.setPromptText(saved.isEmpty() ? ctx.t("punch.mapping.noneSaved") : ctx.t("punch.mapping.choose"));
        savedBox.setDisable(saved.isEmpty());
        savedBox.valueProperty().addListener((o, a, name) -> fill(saved.get(name)));
        key.getItems().setAll(PersonKey.values());
        key.setValue(PersonKey.PIN);
        for (ComboBox<String> box : List.of(person, dateTime, date, time)) {
            box.getItems().setAll(headers);
            box.setPrefWidth(260);
        }
        person.setValue(guess("pin", "nip", "id", "no"));
        dateTime.setValue(guess("waktu", "scan", "time", "tanggal", "date"));
        date.setValue(guess("tanggal", "tgl", "date"));
        time.setValue(guess("jam", "time", "waktu"));
        split.setText(ctx.t("punch.mapping.split"));
        dateTime.disableProperty().bind(split.selectedProperty());
        date.disableProperty().bind(split.selectedProperty().not());
        time.disableProperty().bind(split.selectedProperty().not());
        patterns.setPromptText(String.join(", ", PunchMapping.DEFAULT_DATE_TIME_PATTERNS));
        saveAs.setPromptText(ctx.t("punch.mapping.savePrompt"));
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        person.setId("mapping-person");
        dateTime.setId("mapping-datetime");
        saveAs.setId("mapping-save-as");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        int r = 0;
        grid.addRow(r++, new Label(ctx.t("punch.mapping.saved")), savedBox);
        grid.addRow(r++, new Label(ctx.t("punch.mapping.key")), key);
        grid.addRow(r++, new Label(ctx.t("punch.mapping.person")), person);
        grid.add(split, 1, r++);
        grid.addRow(r++, new Label(ctx.t("punch.mapping.dateTime")), dateTime);
        grid.addRow(r++, new Label(ctx.t("punch.mapping.date")), date);
        grid.addRow(r++, new Label(ctx.t("punch.mapping.time")), time);
        grid.addRow(r++, new Label(ctx.t("punch.mapping.patterns")), patterns);
        grid.addRow(r++, new Label(ctx.t("punch.mapping.saveAs")), saveAs);
        grid.add(error, 0, r, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(ctx.t("punch.mapping.next"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(ctx.t("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).setId("mapping-ok");
        dialog.getDialogPane().lookupButton(ok).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            if (mapping().isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == ok ? mapping().map(m -> new Choice(m, saveAs.getText().trim()))
                .orElse(null) : null);
        return dialog.showAndWait();
    }

    /** The mapping the fields describe, or empty after showing what is missing. */
    Optional<PunchMapping> mapping() {
        boolean apart = split.isSelected();
        if (person.getValue() == null || (apart ? date.getValue() == null || time.getValue() == null
                : dateTime.getValue() == null)) {
            error.setText(ctx.t("punch.mapping.incomplete"));
            return Optional.empty();
        }
        List<String> typed = Arrays.stream(patterns.getText().split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList();
        Optional<String> bad = typed.stream().filter(p -> !PunchMapping.isValidPattern(p)).findFirst();
        if (bad.isPresent()) {
            error.setText(ctx.t("punch.mapping.badPattern", bad.get()));
            return Optional.empty();
        }
        PunchMapping m = apart ? PunchMapping.dateAndTime(key.getValue(), person.getValue(), date.getValue(),
                time.getValue()) : PunchMapping.dateTime(key.getValue(), person.getValue(), dateTime.getValue());
        if (!typed.isEmpty()) {
            m = apart ? m.withDatePatterns(typed) : m.withDateTimePatterns(typed);
        }
        error.setText("");
        return Optional.of(m);
    }

    private void fill(PunchMapping m) {
        if (m == null) {
            return;
        }
        key.setValue(m.personKey());
        person.setValue(m.personHeader());
        split.setSelected(m.splitDateTime());
        dateTime.setValue(m.dateTimeHeader());
        date.setValue(m.dateHeader());
        time.setValue(m.timeHeader());
        patterns.setText(String.join(", ", m.splitDateTime() ? m.datePatterns() : m.dateTimePatterns()));
    }

    /** The first header containing one of the words, as a starting point the user can change. */
    private String guess(String... words) {
        for (String w : words) {
            for (String h : headers) {
                if (h.toLowerCase(Locale.ROOT).contains(w)) {
                    return h;
                }
            }
        }
        return null;
    }
}
