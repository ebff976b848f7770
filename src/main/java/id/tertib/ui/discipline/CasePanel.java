package id.tertib.ui.discipline;

import id.tertib.app.CaseFile;
import id.tertib.app.DisciplineService;
import id.tertib.domain.discipline.Assessment;
import id.tertib.domain.discipline.CaseStep;
import id.tertib.domain.discipline.DisciplineCase;
import id.tertib.domain.discipline.LetterKind;
import id.tertib.domain.discipline.StepKind;
import id.tertib.domain.discipline.TeamMember;
import id.tertib.domain.discipline.TeamRole;
import id.tertib.ui.common.DateFields;
import id.tertib.ui.common.EnumCells;
import id.tertib.ui.common.UiContext;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One case: its figures (as opened, and now), the examination deadline, the steps taken and the form for the next
 * one, the examination team for sedang and berat, the draft letters, and the case file's exports.
 */
final class CasePanel {

    private final UiContext ctx;
    private final DisciplineTexts texts;
    private final Runnable changed;
    private final Label title = new Label();
    private final GridPane facts = new GridPane();
    private final Label deadline = new Label();
    private final TableView<CaseStep> steps = new TableView<>();
    private final ComboBox<StepKind> stepKind = new ComboBox<>();
    private final DatePicker stepDate;
    private final TextField document = new TextField();
    private final TextField note = new TextField();
    private final Button record = new Button();
    private final VBox teamBox = new VBox(6);
    private final ListView<TeamMember> team = new ListView<>();
    private final TextField memberName = new TextField();
    private final TextField memberNip = new TextField();
    private final ComboBox<TeamRole> memberRole = new ComboBox<>();
    private final FlowPane documents = new FlowPane(8, 8);
    private final Label message = new Label();
    private final VBox content;
    private final ScrollPane root;
    private DisciplineService.CaseDetail current;

    CasePanel(UiContext ctx, DisciplineTexts texts, Runnable changed) {
        this.ctx = ctx;
        this.texts = texts;
        this.changed = changed;
        this.stepDate = DateFields.picker("case-step-date", ctx.i18n());
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        title.setId("case-title");
        facts.setHgap(12);
        facts.setVgap(4);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().setAll(labels, values);
        deadline.setId("case-deadline");
        deadline.setWrapText(true);
        message.setId("case-message");
        message.setWrapText(true);
        content = new VBox(10, title, facts, deadline, section("discipline.case.steps"), stepsTable(), stepForm(),
                teamSection(), section("discipline.case.documents"), documents, message);
        letterButtons();
        exportButtons();
        content.setPadding(new Insets(8, 16, 16, 12));
        content.setVisible(false);
        Label pick = new Label(ctx.t("discipline.case.pick"));
        pick.setWrapText(true);
        pick.setPadding(new Insets(12));
        pick.visibleProperty().bind(content.visibleProperty().not());
        javafx.scene.layout.StackPane stack = new javafx.scene.layout.StackPane(pick, content);
        javafx.scene.layout.StackPane.setAlignment(pick, Pos.TOP_LEFT);
        root = new ScrollPane(stack);
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    }

    Node view() {
        return root;
    }

    private Label section(String key) {
        Label l = new Label(ctx.t(key));
        l.getStyleClass().add("tertib-section-title");
        return l;
    }

    private Node stepsTable() {
        steps.setId("case-steps");
        steps.setPrefHeight(170);
        steps.setPlaceholder(new Label(ctx.t("discipline.case.noSteps")));
        steps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        steps.getColumns().setAll(List.of(
                column("discipline.case.col.step", 150, s -> ctx.i18n().label(s.kind())),
                column("discipline.case.col.date", 100, s -> ctx.i18n().date(s.date())),
                column("discipline.case.col.by", 70, CaseStep::actor),
                column("discipline.case.col.document", 110, CaseStep::document),
                column("discipline.case.col.note", 160, CaseStep::note)));
        return steps;
    }

    private Node stepForm() {
        stepKind.setId("case-step-kind");
        EnumCells.use(stepKind, ctx.i18n());
        document.setId("case-step-document");
        document.setPromptText(ctx.t("discipline.case.documentPrompt"));
        note.setId("case-step-note");
        note.setPromptText(ctx.t("discipline.case.notePrompt"));
        HBox.setHgrow(note, Priority.ALWAYS);
        record.setId("case-step-record");
        record.setText(ctx.t("discipline.case.record"));
        record.setGraphic(new FontIcon(Feather.CHECK));
        record.getStyleClass().add("accent");
        record.setOnAction(e -> recordStep());
        HBox first = new HBox(8, stepKind, stepDate, document);
        first.setAlignment(Pos.CENTER_LEFT);
        HBox second = new HBox(8, note, record);
        second.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, first, second);
    }

    private Node teamSection() {
        team.setId("case-team");
        team.setPrefHeight(96);
        team.setPlaceholder(new Label(ctx.t("discipline.case.noTeam")));
        team.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TeamMember m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.name() + (m.nip().isEmpty() ? "" : " · " + m.nip()) + " — "
                        + ctx.i18n().label(m.role()));
            }
        });
        memberName.setId("case-member-name");
        memberName.setPromptText(ctx.t("discipline.case.memberName"));
        HBox.setHgrow(memberName, Priority.ALWAYS);
        memberNip.setId("case-member-nip");
        memberNip.setPromptText("NIP");
        memberNip.setPrefColumnCount(12);
        memberRole.setId("case-member-role");
        memberRole.getItems().setAll(TeamRole.values());
        memberRole.setValue(TeamRole.SUPERIOR);
        EnumCells.use(memberRole, ctx.i18n());
        Button add = new Button(ctx.t("discipline.case.addMember"));
        add.setId("case-member-add");
        add.setOnAction(e -> addMember());
        Button remove = new Button(ctx.t("discipline.case.removeMember"));
        remove.setId("case-member-remove");
        remove.setOnAction(e -> team.getItems().remove(team.getSelectionModel().getSelectedItem()));
        Button save = new Button(ctx.t("discipline.case.saveTeam"));
        save.setId("case-team-save");
        save.setOnAction(e -> act(() -> ctx.tertib().discipline().setTeam(current.file().c().id(),
                List.copyOf(team.getItems())), c -> ctx.t("discipline.case.teamSaved", c.team().size())));
        HBox fields = new HBox(8, memberName, memberNip, memberRole, add);
        fields.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, remove, save);
        teamBox.getChildren().setAll(section("discipline.case.team"), team, fields, buttons);
        teamBox.managedProperty().bind(teamBox.visibleProperty());
        return teamBox;
    }

    private void letterButtons() {
        for (LetterKind kind : LetterKind.values()) {
            Button b = new Button(ctx.i18n().label(kind));
            b.setId("case-letter-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            b.setGraphic(new FontIcon(Feather.EDIT));
            b.setOnAction(e -> editLetter(kind));
            documents.getChildren().add(b);
        }
    }

    private void exportButtons() {
        Button dossier = new Button(ctx.t("discipline.case.exportDossier"));
        dossier.setId("case-export-dossier");
        dossier.setGraphic(new FontIcon(Feather.FILE_TEXT));
        dossier.getStyleClass().add("accent");
        dossier.setOnAction(e -> export("discipline.case.exportDossier", "berkas-disiplin", "pdf",
                (id, path) -> ctx.tertib().discipline().exportDossier(id, path, ctx.i18n().locale())));
        Button letters = new Button(ctx.t("discipline.case.exportLetters"));
        letters.setId("case-export-letters");
        letters.setGraphic(new FontIcon(Feather.PRINTER));
        letters.setOnAction(e -> export("discipline.case.exportLetters", "surat-disiplin", "pdf",
                (id, path) -> ctx.tertib().discipline().exportLetters(id, path, ctx.i18n().locale())));
        Button recap = new Button(ctx.t("discipline.case.exportRecap"));
        recap.setId("case-export-recap");
        recap.setGraphic(new FontIcon(Feather.GRID));
        recap.setOnAction(e -> export("discipline.case.exportRecap", "rekap-disiplin", "xlsx",
                (id, path) -> ctx.tertib().discipline().exportRecap(id, path, ctx.i18n().locale())));
        documents.getChildren().addAll(0, List.of(dossier, letters, recap));
    }

    /** Asks where to save, writes in the background, and says where it went. */
    private void export(String titleKey, String stem, String extension,
            java.util.function.BiConsumer<Long, java.nio.file.Path> write) {
        if (current == null) {
            return;
        }
        DisciplineCase c = current.file().c();
        String name = stem + "-" + c.id() + "-" + current.file().person().number() + "." + extension;
        ctx.dialogs().chooseSaveFile(ctx.t(titleKey), name, extension.toUpperCase(java.util.Locale.ROOT),
                "*." + extension).ifPresent(path -> act(() -> {
                    write.accept(c.id(), path);
                    return path;
                }, p -> ctx.t("discipline.case.exported", p.toAbsolutePath())));
    }

    private void addMember() {
        try {
            team.getItems().add(new TeamMember(memberName.getText(), memberNip.getText(), memberRole.getValue()));
            memberName.clear();
            memberNip.clear();
            message.setText("");
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    void show(DisciplineService.CaseDetail detail) {
        current = detail;
        content.setVisible(detail != null);
        if (detail == null) {
            return;
        }
        CaseFile f = detail.file();
        DisciplineCase c = f.c();
        title.setText(ctx.t("discipline.case.title", c.id(), f.person().name().full(), f.person().number(),
                f.unitName()));
        facts.getChildren().clear();
        int r = 0;
        fact(r++, "discipline.case.year", String.valueOf(c.year()));
        fact(r++, "discipline.case.rule", f.basis());
        fact(r++, "discipline.case.punishment", ctx.i18n().label(c.level()) + ": " + texts.punishment(c.punishment()));
        fact(r++, "discipline.case.opened", ctx.t("discipline.case.openedLine", ctx.i18n().date(c.openedOn()),
                c.openedBy()));
        fact(r++, "discipline.case.atOpening", ctx.t("discipline.case.figures", c.tkDays(),
                c.lateMinutes() + c.earlyMinutes(), c.totalDays(), c.runLength()));
        Assessment now = detail.year().assessment();
        if (now.totalDays() != c.totalDays() || now.run().length() != c.runLength()) {
            fact(r, "discipline.case.now", ctx.t("discipline.case.figures", now.tkDays(),
                    now.lateMinutes() + now.earlyMinutes(), now.totalDays(), now.run().length()));
        }
        deadline.getStyleClass().removeAll("tertib-overdue-text");
        if (c.isClosed()) {
            deadline.setText(ctx.t("discipline.case.closedLine"));
        } else if (f.examinationDue().isPresent()) {
            deadline.setText(ctx.t(f.overdue() ? "discipline.case.overdue" : "discipline.case.due",
                    ctx.i18n().date(f.examinationDue().get())));
            if (f.overdue()) {
                deadline.getStyleClass().add("tertib-overdue-text");
            }
        } else {
            deadline.setText(ctx.t(c.has(StepKind.EXAMINATION) ? "discipline.case.examined"
                    : "discipline.case.summonFirst"));
        }
        steps.getItems().setAll(c.steps());
        stepKind.getItems().setAll(c.nextSteps());
        stepKind.setValue(c.nextSteps().isEmpty() ? null : c.nextSteps().get(0));
        stepDate.setValue(DisciplineView.today(ctx));
        boolean editable = !c.isClosed() && !ctx.tertib().isReadOnly();
        for (Node n : List.of(stepKind, stepDate, document, note, record)) {
            n.setDisable(!editable);
        }
        team.getItems().setAll(c.team());
        teamBox.setVisible(c.needsTeam());
        teamBox.setDisable(!editable);
    }

    private void fact(int row, String key, String value) {
        Label v = new Label(value);
        v.setId("case-fact-" + key.substring(key.lastIndexOf('.') + 1));
        v.setWrapText(true);
        v.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label k = new Label(ctx.t(key));
        k.getStyleClass().add("tertib-count");
        facts.addRow(row, k, v);
    }

    private void recordStep() {
        if (current == null || stepKind.getValue() == null) {
            return;
        }
        long id = current.file().c().id();
        StepKind kind = stepKind.getValue();
        act(() -> ctx.tertib().discipline().addStep(id, kind, stepDate.getValue(), document.getText(),
                note.getText()), c -> {
                    document.clear();
                    note.clear();
                    return ctx.t("discipline.case.recorded", ctx.i18n().label(kind));
                });
    }

    private void editLetter(LetterKind kind) {
        if (current == null) {
            return;
        }
        long id = current.file().c().id();
        ctx.tasks().run(() -> ctx.tertib().discipline().letter(id, kind, ctx.i18n().locale()),
                text -> ctx.dialogs().editText(ctx.i18n().label(kind), text).ifPresent(edited -> act(() -> {
                    ctx.tertib().discipline().saveLetter(id, kind, edited);
                    return kind;
                }, k -> ctx.t("discipline.case.letterSaved", ctx.i18n().label(k)))), this::fail);
    }

    private <T> void act(Callable<T> work, Function<T, String> done) {
        ctx.tasks().run(work, result -> {
            message.getStyleClass().setAll("label", "tertib-notice");
            message.setText(done.apply(result));
            changed.run();
        }, this::fail);
    }

    private void fail(Throwable e) {
        message.getStyleClass().setAll("label", "tertib-field-error");
        message.setText(ctx.describe(e));
    }

    private TableColumn<CaseStep, String> column(String key, double width, Function<CaseStep, String> v) {
        TableColumn<CaseStep, String> c = new TableColumn<>(ctx.t(key));
        c.setPrefWidth(width);
        c.setCellValueFactory(x -> new ReadOnlyObjectWrapper<>(v.apply(x.getValue())));
        return c;
    }
}
