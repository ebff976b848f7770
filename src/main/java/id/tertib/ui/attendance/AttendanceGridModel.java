package id.tertib.ui.attendance;

import id.tertib.app.AttendanceService;
import id.tertib.app.CellState;
import id.tertib.app.CodeNames;
import id.tertib.app.MonthSheet;
import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceCode;
import id.tertib.domain.attendance.AttendanceCodes;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.attendance.MonthTotals;
import id.tertib.ui.common.FormField;
import id.tertib.ui.common.UiContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The monthly attendance grid without a window: the month of a unit, its cells and row totals, the selected range,
 * the reason given for this session's changes, and undo. The view draws what this holds and forwards keys and
 * clicks; every change goes through {@link AttendanceService} on the task executor.
 *
 * <p>A reason is asked once, at the first change, and then used for every change until the person changes it or
 * opens another unit or month (it stays visible above the grid). "Set code…" always shows it, ready to change.
 */
public final class AttendanceGridModel {

    /** A rectangle of day cells, rows and day columns inclusive. */
    public record CellRange(int top, int left, int bottom, int right) {
        static CellRange spanning(int row1, int col1, int row2, int col2) {
            return new CellRange(Math.min(row1, row2), Math.min(col1, col2), Math.max(row1, row2),
                    Math.max(col1, col2));
        }

        public boolean contains(int row, int col) {
            return row >= top && row <= bottom && col >= left && col <= right;
        }

        public boolean single() {
            return top == bottom && left == right;
        }
    }

    /** A line for the person: a notice after a change, or what went wrong. */
    public record Message(String text, boolean error) {
        static final Message NONE = new Message("", false);
    }

    /** One change as it can be undone: the cells as they were, and the reason it was made for. */
    private record Change(List<CellState> before, String reason) {
    }

    private static final int UNDO_DEPTH = 100;

    private final UiContext ctx;
    private final AttendanceService service;
    private final CellTexts texts;
    private final ReadOnlyObjectWrapper<MonthSheet> sheet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper reason = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(Message.NONE);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Map<Long, Map<LocalDate, AttendanceDay>> records = new HashMap<>();
    private final Map<Long, Integer> rowOf = new HashMap<>();
    private MonthTotals[] totals = new MonthTotals[0];
    private int anchorRow;
    private int anchorCol;
    private int focusRow;
    private int focusCol;
    /** Counts loads: an answer for an older load, or a change made on it, is dropped. */
    private int generation;
    private LocalDate today;

    public AttendanceGridModel(UiContext ctx) {
        this.ctx = ctx;
        this.service = ctx.tertib().attendance();
        this.texts = new CellTexts(ctx.i18n());
    }

    // ---- loading

    /** Loads a unit's month in the background; the grid shows the old one until the new one arrives. */
    public void load(long unitId, YearMonth month) {
        int gen = ++generation;
        loading.set(true);
        ctx.tasks().run(() -> service.month(unitId, month), s -> {
            if (gen == generation) {
                loading.set(false);
                install(s);
            }
        }, e -> {
            if (gen == generation) {
                loading.set(false);
                error(ctx.describe(e));
            }
        });
    }

    private void install(MonthSheet s) {
        MonthSheet old = sheet.get();
        today = service.today();
        boolean same = old != null && old.unit().id() == s.unit().id() && old.month().equals(s.month());
        records.clear();
        s.records().forEach((id, days) -> records.put(id, new HashMap<>(days)));
        rowOf.clear();
        totals = new MonthTotals[s.people().size()];
        for (int row = 0; row < s.people().size(); row++) {
            rowOf.put(s.people().get(row).id(), row);
            totals[row] = computeTotals(s, s.people().get(row).id());
        }
        undo.clear();
        canUndo.set(false);
        sheet.set(s);
        if (same) {
            select(focusRow, focusCol, false);
        } else {
            reason.set("");
            select(0, startColumn(s), false);
        }
        message.set(Message.NONE);
        changed();
    }

    /** Today's column when the month is the current one, else the first working day. */
    private int startColumn(MonthSheet s) {
        if (YearMonth.from(today).equals(s.month())) {
            return today.getDayOfMonth() - 1;
        }
        for (int col = 0; col < s.days().size(); col++) {
            if (s.days().get(col).working()) {
                return col;
            }
        }
        return 0;
    }

    // ---- what the grid shows

    public ReadOnlyObjectProperty<MonthSheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    /** Goes up on every change of data or selection: the view redraws. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The reason this session's changes are recorded with; empty until the first change asks for it. */
    public ReadOnlyStringProperty reasonProperty() {
        return reason.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Today by the application's clock, as of the last load (its day is marked in the header). */
    public LocalDate today() {
        return today;
    }

    public int rows() {
        return sheet.get() == null ? 0 : sheet.get().people().size();
    }

    public int days() {
        return sheet.get() == null ? 0 : sheet.get().days().size();
    }

    public Employee person(int row) {
        return sheet.get().people().get(row);
    }

    public MonthSheet.DayColumn day(int col) {
        return sheet.get().days().get(col);
    }

    public Optional<AttendanceDay> record(int row, int col) {
        Map<LocalDate, AttendanceDay> days = records.get(person(row).id());
        return days == null ? Optional.empty() : Optional.ofNullable(days.get(day(col).date()));
    }

    public MonthTotals totals(int row) {
        return totals[row];
    }

    AttendanceCodes codes() {
        return sheet.get().codes();
    }

    CellTexts texts() {
        return texts;
    }

    /** The tooltip of a cell: who, when, what is stored and where it came from. */
    public String describe(int row, int col) {
        return String.join("\n", texts.cell(person(row), day(col), record(row, col), codes()));
    }

    /** One line about the focused cell for the status bar. */
    public String focusSummary() {
        if (rows() == 0 || days() == 0) {
            return "";
        }
        return String.join("  ·  ", texts.cell(person(focusRow), day(focusCol), record(focusRow, focusCol), codes()));
    }

    /**
     * The sheet may be changed at all: the person may edit this unit, the calendar is set, the database writable, and
     * no other month is on its way (a change made meanwhile would be stored but not shown).
     */
    public boolean editable() {
        MonthSheet s = sheet.get();
        return s != null && !loading.get() && s.editable() && s.calendarSet() && !ctx.tertib().isReadOnly();
    }

    public boolean editable(int row, int col) {
        return editable() && day(col).working();
    }

    /** Why the cell cannot be changed, in words; empty when it can. */
    public Optional<String> whyNotEditable(int row, int col) {
        MonthSheet s = sheet.get();
        if (s == null || loading.get()) {
            return Optional.of(ctx.t("attendance.grid.loading"));
        }
        if (ctx.tertib().isReadOnly()) {
            return Optional.of(ctx.t("attendance.grid.databaseReadOnly"));
        }
        if (!s.editable()) {
            return Optional.of(ctx.t("attendance.grid.readOnly"));
        }
        if (!s.calendarSet()) {
            return Optional.of(ctx.t("attendance.grid.calendarNotSet", String.valueOf(s.month().getYear())));
        }
        if (!day(col).working()) {
            return Optional.of(ctx.t("attendance.grid.notWorkingDay", texts.day(day(col)), texts.dayKind(day(col))));
        }
        return Optional.empty();
    }

    // ---- selection

    public int focusRow() {
        return focusRow;
    }

    public int focusCol() {
        return focusCol;
    }

    public CellRange selection() {
        return CellRange.spanning(anchorRow, anchorCol, focusRow, focusCol);
    }

    /** Moves the focus to a cell; with {@code extend} the range grows from the anchor instead. */
    public void select(int row, int col, boolean extend) {
        focusRow = clamp(row, rows());
        focusCol = clamp(col, days());
        if (!extend) {
            anchorRow = focusRow;
            anchorCol = focusCol;
        }
        changed();
    }

    public void move(int rows, int cols, boolean extend) {
        select(focusRow + rows, focusCol + cols, extend);
    }

    /** Whole rows (every day of those people), e.g. after a click on a name. */
    public void selectRows(int fromRow, int toRow) {
        anchorRow = clamp(fromRow, rows());
        anchorCol = Math.max(0, days() - 1);
        focusRow = clamp(toRow, rows());
        focusCol = 0;
        changed();
    }

    /** Whole days (every person), e.g. after a click on a day's header. */
    public void selectDays(int fromCol, int toCol) {
        anchorRow = Math.max(0, rows() - 1);
        anchorCol = clamp(fromCol, days());
        focusRow = 0;
        focusCol = clamp(toCol, days());
        changed();
    }

    public void selectAll() {
        anchorRow = Math.max(0, rows() - 1);
        anchorCol = Math.max(0, days() - 1);
        focusRow = 0;
        focusCol = 0;
        changed();
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(value, size - 1));
    }

    // ---- changes

    /** Typing may start in the focused cell; otherwise the message says why not. */
    public boolean mayEditFocus() {
        Optional<String> why = rows() == 0 || days() == 0 ? Optional.of(ctx.t("attendance.grid.noPeople"))
                : whyNotEditable(focusRow, focusCol);
        why.ifPresent(this::error);
        return why.isEmpty();
    }

    /** The code in the focused cell, to edit it in place (F2, double click). */
    public String focusCode() {
        return rows() == 0 ? "" : record(focusRow, focusCol).map(AttendanceDay::code).orElse("");
    }

    /**
     * Commits a code typed into the focused cell, or into every working day of the selection when {@code fill}; then
     * moves the focus by {@code rows}/{@code cols} (not after a fill). Blank text clears the correction. Returns false,
     * changing nothing, when the text is no code of the office or the cell cannot be changed.
     */
    public boolean enter(String typed, int rows, int cols, boolean fill) {
        if (!mayEditFocus()) {
            return false;
        }
        String text = typed == null ? "" : typed.trim();
        List<CellState> cells = fill ? workingCells(selection()) : List.of(state(focusRow, focusCol));
        if (text.isEmpty()) {
            clear(cells);
        } else {
            Optional<AttendanceCode> code = codes().find(text);
            if (code.isEmpty()) {
                error(ctx.t("attendance.grid.unknownCode", text, codeList()));
                return false;
            }
            List<CellState> changing = cells.stream().filter(c -> !manualWith(c, code.get().code())).toList();
            if (!changing.isEmpty()) {
                change(changing, code.get().code(), null);
            }
        }
        if (!fill) {
            move(rows, cols, false);
        }
        return true;
    }

    /** Delete: the selected cells go back to what the machine said (only corrected cells change). */
    public void clearSelection() {
        if (rows() == 0 || days() == 0) {
            return;
        }
        if (!editable()) {
            whyNotEditable(focusRow, focusCol).ifPresent(this::error);
            return;
        }
        clear(workingCells(selection()));
    }

    private void clear(List<CellState> cells) {
        List<CellState> corrected = cells.stream()
                .filter(c -> c.day().map(d -> d.source() == DaySource.MANUAL).orElse(false)).toList();
        if (corrected.isEmpty()) {
            notice(ctx.t("attendance.grid.nothingToClear"));
            return;
        }
        change(corrected, "", null);
    }

    /** "Set code…": asks for a code, a note and the reason, and sets the code on every working day selected. */
    public void setCodeOnSelection() {
        if (!editable()) {
            whyNotEditable(focusRow, focusCol).ifPresent(this::error);
            return;
        }
        CellRange range = selection();
        List<CellState> cells = workingCells(range);
        if (cells.isEmpty()) {
            error(ctx.t("attendance.grid.noWorkingCells"));
            return;
        }
        Optional<AttendanceDay> single = range.single() ? record(focusRow, focusCol) : Optional.empty();
        // "H — Hadir": the picker names each code; what is typed or picked is read up to the first space.
        List<String> choices = codes().all().stream().map(c -> codeLabel(c.code())).toList();
        Optional<Map<String, String>> answers = ctx.dialogs().askFields(
                ctx.t("attendance.grid.setCodeTitle", cells.size()), ctx.t("attendance.grid.setCodeMessage"),
                List.of(FormField.choice("code", ctx.t("attendance.grid.codeLabel"),
                                single.map(AttendanceDay::code).filter(c -> !c.isBlank()).map(this::codeLabel)
                                        .orElse(""), choices),
                        FormField.text("note", ctx.t("attendance.grid.noteLabel"),
                                single.map(AttendanceDay::note).orElse(""), false),
                        FormField.text("reason", ctx.t("attendance.grid.reasonLabel"), reason.get(), true)));
        if (answers.isEmpty()) {
            return;
        }
        String code = codeOf(answers.get().getOrDefault("code", ""));
        String note = answers.get().getOrDefault("note", "").trim();
        String why = answers.get().getOrDefault("reason", "").trim();
        if (why.isEmpty()) {
            error(ctx.t("attendance.reasonRequired"));
            return;
        }
        if (!code.isEmpty() && codes().find(code).isEmpty()) {
            error(ctx.t("attendance.grid.unknownCode", code, codeList()));
            return;
        }
        reason.set(why);
        if (code.isEmpty()) {
            clear(cells);
        } else {
            // A note left blank keeps each day's own note; a range never wipes notes by accident.
            change(cells, codes().require(code).code(), note.isEmpty() && !range.single() ? null : note);
        }
    }

    /** Asks for a new reason for the changes that follow. */
    public void changeReason() {
        askReason(reason.get());
    }

    /** Puts back the cells of the last change as they were before it. */
    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        Change last = undo.pop();
        canUndo.set(!undo.isEmpty());
        int gen = generation;
        String why = ctx.t("attendance.grid.undoReason", last.reason());
        ctx.tasks().run(() -> service.restore(last.before(), why), states -> {
            if (gen != generation) {
                return;
            }
            apply(states);
            selectCells(states);
            notice(ctx.t("attendance.grid.undone", states.size()));
        }, e -> {
            if (gen == generation) {
                undo.push(last);
                canUndo.set(true);
                error(ctx.describe(e));
            }
        });
    }

    private void change(List<CellState> cells, String code, String note) {
        Optional<String> why = reason.get().isBlank() ? askReason("") : Optional.of(reason.get());
        if (why.isEmpty()) {
            error(ctx.t("attendance.grid.reasonNeeded"));
            return;
        }
        int gen = generation;
        List<CellState> before = List.copyOf(cells);
        ctx.tasks().run(() -> service.setCode(before, code, note, why.get()), after -> {
            if (gen != generation) {
                return;
            }
            apply(after);
            undo.push(new Change(before, why.get()));
            if (undo.size() > UNDO_DEPTH) {
                undo.removeLast();
            }
            canUndo.set(true);
            notice(code.isEmpty() ? ctx.t("attendance.grid.cleared", after.size())
                    : ctx.t("attendance.grid.saved", code, after.size()));
        }, e -> {
            if (gen == generation) {
                error(ctx.describe(e));
            }
        });
    }

    private Optional<String> askReason(String initial) {
        Optional<String> answer = ctx.dialogs().askFields(ctx.t("attendance.grid.reasonTitle"),
                ctx.t("attendance.grid.reasonMessage"),
                List.of(FormField.text("reason", ctx.t("attendance.grid.reasonLabel"), initial, true)))
                .map(a -> a.getOrDefault("reason", "").trim()).filter(r -> !r.isEmpty());
        answer.ifPresent(reason::set);
        return answer;
    }

    /** Takes the cells as stored now, and the totals of their rows. */
    private void apply(List<CellState> states) {
        TreeSet<Integer> rows = new TreeSet<>();
        for (CellState s : states) {
            Integer row = rowOf.get(s.employeeId());
            if (row == null || !YearMonth.from(s.date()).equals(sheet.get().month())) {
                continue;
            }
            Map<LocalDate, AttendanceDay> days = records.computeIfAbsent(s.employeeId(), k -> new HashMap<>());
            s.day().ifPresentOrElse(d -> days.put(s.date(), d), () -> days.remove(s.date()));
            rows.add(row);
        }
        for (int row : rows) {
            totals[row] = computeTotals(sheet.get(), person(row).id());
        }
        changed();
    }

    private MonthTotals computeTotals(MonthSheet s, long employeeId) {
        Map<LocalDate, AttendanceDay> days = records.get(employeeId);
        return days == null ? MonthTotals.ZERO : MonthTotals.of(days.values(), s.codes());
    }

    private void selectCells(List<CellState> states) {
        int top = Integer.MAX_VALUE, bottom = -1, left = Integer.MAX_VALUE, right = -1;
        for (CellState s : states) {
            Integer row = rowOf.get(s.employeeId());
            if (row != null && YearMonth.from(s.date()).equals(sheet.get().month())) {
                top = Math.min(top, row);
                bottom = Math.max(bottom, row);
                left = Math.min(left, s.date().getDayOfMonth() - 1);
                right = Math.max(right, s.date().getDayOfMonth() - 1);
            }
        }
        if (bottom >= 0) {
            anchorRow = bottom;
            anchorCol = right;
            select(top, left, true);
        }
    }

    private CellState state(int row, int col) {
        return new CellState(person(row).id(), day(col).date(), record(row, col));
    }

    private List<CellState> workingCells(CellRange range) {
        List<CellState> cells = new ArrayList<>();
        for (int row = range.top(); row <= range.bottom(); row++) {
            for (int col = range.left(); col <= range.right(); col++) {
                if (day(col).working()) {
                    cells.add(state(row, col));
                }
            }
        }
        return cells;
    }

    /** Setting a code a person already set on that day would change nothing. */
    private static boolean manualWith(CellState cell, String code) {
        return cell.day().map(d -> d.source() == DaySource.MANUAL && d.code().equals(code)).orElse(false);
    }

    /**
     * Every code stored in the month on screen, changes included: the office's codes in their order, a code the
     * office no longer has after them. Blank days (punches not read) are left to the legend's "?".
     */
    public List<String> codesInUse() {
        MonthSheet s = sheet.get();
        if (s == null) {
            return List.of();
        }
        Set<String> used = new HashSet<>();
        records.values().forEach(days -> days.values().forEach(d -> used.add(d.code())));
        List<String> inUse = new ArrayList<>();
        for (AttendanceCode c : s.codes().all()) {
            if (used.remove(c.code())) {
                inUse.add(c.code());
            }
        }
        used.stream().filter(c -> !c.isBlank()).sorted().forEach(inUse::add);
        return inUse;
    }

    /** "H — Hadir", with the office's name for its own codes. */
    public String codeLabel(String code) {
        return names().label(code, ctx.i18n());
    }

    /** "Hadir" for H, the office's name for its own codes. */
    public String codeName(String code) {
        return names().name(code, ctx.i18n());
    }

    private CodeNames names() {
        MonthSheet s = sheet.get();
        return s == null ? CodeNames.DEFAULTS_ONLY : s.codeNames();
    }

    /** The code of a picked "H — Hadir" or a typed "h": codes have no spaces, so the first word. */
    static String codeOf(String answer) {
        String t = answer == null ? "" : answer.strip();
        int space = t.indexOf(' ');
        return space < 0 ? t : t.substring(0, space);
    }

    private String codeList() {
        return codes().all().stream().map(AttendanceCode::code).collect(Collectors.joining(", "));
    }

    private void notice(String text) {
        message.set(new Message(text, false));
    }

    private void error(String text) {
        message.set(new Message(text, true));
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }
}
