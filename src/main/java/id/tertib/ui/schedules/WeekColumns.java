package id.tertib.ui.schedules;

import atlantafx.base.theme.Styles;
import id.tertib.domain.Problem;
import id.tertib.domain.attendance.WorkHours;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * The hours of one week as a block of columns in the editor's grid: per weekday "works?", start, end, break start and
 * break end. Field ids: {@code <prefix>-FRIDAY-end}, {@code <prefix>-FRIDAY-works}.
 */
final class WeekColumns {

    /** One weekday's controls. */
    private record Row(CheckBox works, TextField start, TextField end, TextField breakStart, TextField breakEnd) {
        List<TextField> fields() {
            return List.of(start, end, breakStart, breakEnd);
        }
    }

    private final String prefix;
    private final Map<DayOfWeek, Row> rows = new EnumMap<>(DayOfWeek.class);

    WeekColumns(String prefix, Runnable onChange) {
        this.prefix = prefix;
        for (DayOfWeek day : DayOfWeek.values()) {
            Row row = new Row(new CheckBox(), field(day, "start"), field(day, "end"), field(day, "breakStart"),
                    field(day, "breakEnd"));
            row.works().setId(prefix + "-" + day.name() + "-works");
            row.works().selectedProperty().addListener((o, was, works) -> {
                row.fields().forEach(f -> f.setDisable(!works));
                if (works && row.start().getText().isBlank()) {
                    copyFromAnotherDay(day);
                }
                onChange.run();
            });
            row.fields().forEach(f -> {
                f.setDisable(true);
                f.textProperty().addListener((o, a, b) -> onChange.run());
            });
            rows.put(day, row);
        }
    }

    private TextField field(DayOfWeek day, String part) {
        TextField f = new TextField();
        f.setId(prefix + "-" + day.name() + "-" + part);
        f.getStyleClass().add(Styles.SMALL);
        f.setPrefColumnCount(3);
        f.setPrefWidth(62);
        f.setMinWidth(62);
        return f;
    }

    /** A day switched on gets the hours of the nearest worked day before it (Monday's for Saturday, say). */
    private void copyFromAnotherDay(DayOfWeek day) {
        for (int back = 1; back < 7; back++) {
            Row other = rows.get(day.minus(back));
            if (other != null && other.works().isSelected() && !other.start().getText().isBlank()) {
                Row row = rows.get(day);
                row.start().setText(other.start().getText());
                row.end().setText(other.end().getText());
                row.breakStart().setText(other.breakStart().getText());
                row.breakEnd().setText(other.breakEnd().getText());
                return;
            }
        }
    }

    /** Puts the controls into {@code grid}, one weekday per row from {@code firstRow}, from column {@code firstColumn}. */
    void placeInto(GridPane grid, int firstColumn, int firstRow) {
        int r = firstRow;
        for (Row row : rows.values()) {
            grid.add(row.works(), firstColumn, r);
            for (int i = 0; i < 4; i++) {
                grid.add(row.fields().get(i), firstColumn + 1 + i, r);
            }
            r++;
        }
    }

    void show(Map<DayOfWeek, WorkHours> week) {
        rows.forEach((day, row) -> {
            WorkHours h = week.get(day);
            row.start().setText(h == null ? "" : TimeText.format(h.start()));
            row.end().setText(h == null ? "" : TimeText.format(h.end()));
            row.breakStart().setText(h == null ? "" : TimeText.format(h.breakStart()));
            row.breakEnd().setText(h == null ? "" : TimeText.format(h.breakEnd()));
            row.works().setSelected(h != null);
            row.fields().forEach(f -> f.setDisable(h == null));
        });
    }

    /**
     * The hours typed, one entry per day marked as worked; a time that cannot be read adds a problem on that day
     * ({@code field} {@code <problemPrefix>.MONDAY}) and leaves the day out.
     */
    Map<DayOfWeek, WorkHours> read(String problemPrefix, List<Problem> problems) {
        Map<DayOfWeek, WorkHours> week = new EnumMap<>(DayOfWeek.class);
        rows.forEach((day, row) -> {
            if (!row.works().isSelected()) {
                return;
            }
            String field = problemPrefix + "." + day.name();
            if (row.start().getText().isBlank() || row.end().getText().isBlank()) {
                problems.add(Problem.of(field, "schedule.timeRequired", day));
            }
            int before = problems.size();
            Optional<LocalTime> start = time(row.start(), day, field, problems);
            Optional<LocalTime> end = time(row.end(), day, field, problems);
            Optional<LocalTime> breakStart = time(row.breakStart(), day, field, problems);
            Optional<LocalTime> breakEnd = time(row.breakEnd(), day, field, problems);
            if (start.isPresent() && end.isPresent() && problems.size() == before) {
                week.put(day, new WorkHours(start.get(), end.get(), breakStart.orElse(null), breakEnd.orElse(null)));
            }
        });
        return week;
    }

    private static Optional<LocalTime> time(TextField f, DayOfWeek day, String field, List<Problem> problems) {
        String text = f.getText().trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalTime> t = TimeText.parse(text);
        if (t.isEmpty()) {
            problems.add(Problem.of(field, "schedule.badTime", day, text));
        }
        return t;
    }

    /** Marks the rows of the days named, clears the mark elsewhere. */
    void markProblems(Set<DayOfWeek> days) {
        rows.forEach((day, row) -> row.fields()
                .forEach(f -> f.pseudoClassStateChanged(Styles.STATE_DANGER, days.contains(day))));
    }

    void setEditable(boolean editable) {
        rows.values().forEach(row -> {
            row.works().setDisable(!editable);
            row.fields().forEach(f -> f.setEditable(editable));
        });
    }
}
