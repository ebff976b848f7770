package id.tertib.ui.leave;

import id.tertib.app.LeaveService;
import id.tertib.domain.Employee;
import id.tertib.domain.leave.LeaveBalance;
import id.tertib.domain.leave.LeaveRequest;
import id.tertib.domain.leave.LeaveRules;
import id.tertib.ui.common.DateFields;
import id.tertib.ui.common.UiContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The form for a new leave request. As the user fills it in, it shows the working days counted and the annual leave
 * left, and says plainly what is wrong (not eligible, over the balance, overlapping another leave); the request can
 * be saved only when nothing is.
 */
final class LeaveForm {

    private final UiContext ctx;
    private final LeaveTexts texts;
    private final Consumer<LeaveRequest> onSaved;
    private final ComboBox<Employee> person = new ComboBox<>();
    private final ComboBox<String> type = new ComboBox<>();
    private final DatePicker from;
    private final DatePicker to;
    private final TextField reason = new TextField();
    private final Label preview = new Label();
    private final Label problems = new Label();
    private final Label message = new Label();
    private final Button submit;
    private final VBox view;
    /** Previews are asked for as the user types; only the answer to the latest question is shown. */
    private long asked;

    LeaveForm(UiContext ctx, LeaveTexts texts, Consumer<LeaveRequest> onSaved) {
        this.ctx = ctx;
        this.texts = texts;
        this.onSaved = onSaved;
        this.from = DateFields.picker("leave-from", ctx.i18n());
        this.to = DateFields.picker("leave-to", ctx.i18n());
        person.setId("leave-person");
        person.setMaxWidth(Double.MAX_VALUE);
        person.setPromptText(ctx.t("leave.choosePerson"));
        person.setConverter(new StringConverter<>() {
            @Override
            public String toString(Employee e) {
                return e == null ? "" : e.name().full() + " — " + e.numberGrouped();
            }

            @Override
            public Employee fromString(String s) {
                return null;
            }
        });
        type.setId("leave-type");
        type.setMaxWidth(Double.MAX_VALUE);
        type.getItems().setAll(LeaveRules.CODES);
        type.setValue(LeaveRules.CT);
        type.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String code, boolean empty) {
                super.updateItem(code, empty);
                setText(empty || code == null ? null : texts.type(code));
            }
        });
        type.setButtonCell(type.getCellFactory().call(null));
        from.valueProperty().addListener((o, a, b) -> {
            if (b != null && (to.getValue() == null || to.getValue().isBefore(b))) {
                to.setValue(b);
            }
            update();
        });
        to.valueProperty().addListener(o -> update());
        person.valueProperty().addListener(o -> update());
        type.valueProperty().addListener(o -> update());
        reason.setId("leave-reason");
        reason.setPromptText(ctx.t("leave.reasonPrompt"));
        preview.setId("leave-preview");
        preview.setWrapText(true);
        preview.setText(ctx.t("leave.previewHint"));
        problems.setId("leave-problems");
        problems.setWrapText(true);
        problems.getStyleClass().add("tertib-field-error");
        problems.setStyle("-fx-font-size: 12px;");
        message.setId("leave-form-message");
        message.setWrapText(true);
        submit = new Button(ctx.t("leave.submit"));
        submit.setId("leave-submit");
        submit.getStyleClass().add("accent");
        submit.setDisable(true);
        submit.setOnAction(e -> save());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("leave.person"), person);
        grid.addRow(1, label("leave.type"), type);
        grid.addRow(2, label("leave.from"), from);
        grid.addRow(3, label("leave.to"), to);
        grid.addRow(4, label("leave.reason"), reason);
        GridPane.setHgrow(person, Priority.ALWAYS);
        from.setMaxWidth(Double.MAX_VALUE);
        to.setMaxWidth(Double.MAX_VALUE);
        Label title = new Label(ctx.t("leave.formTitle"));
        title.getStyleClass().add("title-4");
        for (Label l : new Label[] {problems, message}) {
            l.managedProperty().bind(l.textProperty().isNotEmpty()); // no empty gap under the button
        }
        view = new VBox(8, title, grid, preview, problems, submit, message);
    }

    private Label label(String key) {
        Label l = new Label(ctx.t(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // never "..." beside a field
        return l;
    }

    Node view() {
        return view;
    }

    Optional<Employee> person() {
        return Optional.ofNullable(person.getValue());
    }

    ComboBox<Employee> personBox() {
        return person;
    }

    /** The people a request may be made for, by name; the chosen one stays chosen if still offered. */
    void setPeople(List<Employee> people) {
        Employee chosen = person.getValue();
        person.getItems().setAll(people.stream().sorted(Comparator.comparing((Employee e) -> e.name().name())
                .thenComparing(Employee::number)).toList());
        person.setValue(chosen == null ? null : person.getItems().stream().filter(e -> e.id() == chosen.id())
                .findFirst().orElse(null));
    }

    /** Asks again what saving would do: a decision elsewhere may have changed the balance. */
    void refresh() {
        update();
    }

    private Optional<LeaveService.Draft> draft() {
        Employee e = person.getValue();
        if (e == null || type.getValue() == null || from.getValue() == null || to.getValue() == null) {
            return Optional.empty();
        }
        return Optional.of(new LeaveService.Draft(e.id(), type.getValue(), from.getValue(), to.getValue(),
                reason.getText()));
    }

    private void update() {
        long question = ++asked;
        Optional<LeaveService.Draft> draft = draft();
        if (draft.isEmpty()) {
            preview.setText(ctx.t("leave.previewHint"));
            problems.setText("");
            submit.setDisable(true);
            return;
        }
        ctx.tasks().run(() -> ctx.tertib().leave().preview(draft.get()), p -> {
            if (question == asked) {
                show(draft.get(), p);
            }
        }, e -> {
            problems.setText(ctx.describe(e));
            submit.setDisable(true);
        });
    }

    private void show(LeaveService.Draft draft, LeaveService.Preview p) {
        List<String> lines = new ArrayList<>();
        lines.add(ctx.t("leave.previewDays", p.workingDays()));
        if (p.balance().isPresent()) {
            LeaveBalance b = p.balance().get();
            lines.add(ctx.t("leave.previewBalance", b.year(), b.remaining(), b.pending(), b.available()));
            if (LeaveRules.CT.equals(draft.code()) && p.ok()) {
                lines.add(ctx.t("leave.previewAfter", b.available() - p.workingDays()));
            }
        }
        if (!p.yearsNotSet().isEmpty()) {
            lines.add(ctx.t("leave.previewYearsNotSet", p.yearsNotSet().stream().map(String::valueOf)
                    .collect(Collectors.joining(", "))));
        }
        preview.setText(String.join("\n", lines));
        problems.setText(p.problems().stream().map(ctx.i18n()::text).collect(Collectors.joining("\n")));
        submit.setDisable(!p.ok());
    }

    private void save() {
        Optional<LeaveService.Draft> draft = draft();
        if (draft.isEmpty()) {
            return;
        }
        ctx.tasks().run(() -> ctx.tertib().leave().create(draft.get()), saved -> {
            message.getStyleClass().setAll("label", "tertib-notice");
            message.setText(ctx.t("leave.saved", saved.id(), texts.typeName(saved.code()), saved.workingDays()));
            reason.clear();
            onSaved.accept(saved);
            update();
        }, e -> {
            message.getStyleClass().setAll("label", "tertib-field-error");
            message.setText(ctx.describe(e));
        });
    }
}
