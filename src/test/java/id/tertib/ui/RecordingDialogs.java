package id.tertib.ui;

import id.tertib.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
}
