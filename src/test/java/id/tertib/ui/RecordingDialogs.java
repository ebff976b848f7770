package id.tertib.ui;

import id.tertib.ui.common.DialogService;
import id.tertib.ui.common.FormField;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stands in for the user in UI tests: answers confirmations, picks a prepared file, records what was shown. */
public final class RecordingDialogs implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> infos = new ArrayList<>();
    public final List<String> confirmations = new ArrayList<>();
    public boolean answerConfirm = true;
    public Path fileToChoose;
    public Path saveFileToChoose;
    public final List<String> saveFileTitles = new ArrayList<>();
    /** Answers for {@link #askFields}, used in order; a field not answered keeps its initial text; none left = cancel. */
    public final Deque<Map<String, String>> fieldAnswers = new ArrayDeque<>();
    /** The title of every form asked, and the fields it offered with their initial texts. */
    public final List<String> fieldTitles = new ArrayList<>();
    public final List<List<FormField>> fieldForms = new ArrayList<>();

    @Override
    public void error(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public void info(String title, String message) {
        infos.add(title + ": " + message);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(title + ": " + message);
        return answerConfirm;
    }

    @Override
    public Optional<Path> chooseFile(String title, String filterName, String... extensions) {
        return Optional.ofNullable(fileToChoose);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String filterName, String... extensions) {
        saveFileTitles.add(title + ": " + initialName);
        return Optional.ofNullable(saveFileToChoose);
    }

    @Override
    public Optional<Map<String, String>> askFields(String title, String message, List<FormField> fields) {
        fieldTitles.add(title);
        fieldForms.add(fields);
        Map<String, String> answer = fieldAnswers.poll();
        if (answer == null) {
            return Optional.empty();
        }
        Map<String, String> all = new LinkedHashMap<>();
        fields.forEach(f -> all.put(f.key(), answer.getOrDefault(f.key(), f.initial()).trim()));
        return Optional.of(all);
    }

    /** Texts offered for editing, and the edits to answer with in order (none left = cancel). */
    public final List<String> textsToEdit = new ArrayList<>();
    public final Deque<String> textEdits = new ArrayDeque<>();

    @Override
    public Optional<String> editText(String title, String text) {
        textsToEdit.add(text);
        return Optional.ofNullable(textEdits.poll());
    }
}
