package id.tertib.ui.attendance;

import id.tertib.app.I18n;
import id.tertib.app.MonthSheet;
import id.tertib.domain.Employee;
import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.attendance.MonthTotals;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;

/**
 * The month as a spreadsheet: people down, days across, totals at the right. It is drawn on one canvas, only the
 * part in view, so 500 people by 31 days cost no more than what fits on the screen; a text field appears over a cell
 * while a code is typed. Keys: arrows (with Shift to select), Tab, Enter, Home/End, Page Up/Down; letters start a
 * code, Enter or an arrow commits it, Ctrl+Enter fills the selection, Escape cancels; Delete clears corrections;
 * F2 edits; Ctrl+K sets a code with a note; Ctrl+Z undoes; Ctrl+Tab leaves the grid.
 */
public final class AttendanceGrid extends Region {

    private static final Color GRID_LINE = Color.web("#E5E7EB");
    private static final Color FROZEN_LINE = Color.web("#CBD5E1");
    private static final Color HEADER_BG = Color.web("#F6F8FA");
    private static final Color TOTALS_BG = Color.web("#F8FAFC");
    private static final Color TEXT = Color.web("#1F2328");
    private static final Color MUTED = Color.web("#656D76");
    private static final Color FAINT = Color.web("#B6BDC6");
    private static final Color ACCENT = Color.web("#0969DA");
    private static final Color ACCENT_IDLE = Color.web("#8C959F");
    private static final Color SELECTION = Color.web("#0969DA", 0.13);
    private static final Color FOCUS_BAND = Color.web("#0969DA", 0.06);
    private static final Color HEADER_FOCUS = Color.web("#DDF4FF");
    private static final Color LATE_TOTAL = Color.web("#9A6700");
    private static final Color TK_TOTAL = Color.web("#CF222E");
    private static final double NUMBER_RIGHT = 34;
    private static final double NAME_LEFT = 42;

    private final AttendanceGridModel model;
    private final I18n i18n;
    private final Canvas canvas = new Canvas();
    private final ScrollBar vbar = new ScrollBar();
    private final ScrollBar hbar = new ScrollBar();
    private final TextField editor = new TextField();
    private final Tooltip tip = new Tooltip();
    private final PauseTransition tipDelay = new PauseTransition(Duration.millis(550));
    private final ContextMenu menu = new ContextMenu();
    private final Font nameFont;
    private final Font smallFont;
    private final CellPainter painter = new CellPainter();
    private final Font boldFont;
    private final Font totalFont;
    private final Map<String, String> fittedNames = new HashMap<>();
    private final Text measure = new Text();
    private GridGeometry geo = new GridGeometry(0, 0, 0, 0, 0, 0);
    private boolean editing;
    private boolean committing;
    private boolean laying;
    private boolean dragging;
    private int rowAnchor;
    private Object tipTarget;
    private double tipX;
    private double tipY;
    private int shownFocusRow = -1;
    private int shownFocusCol = -1;
    /** The focus moved: the next layout scrolls it into view (after a load, the old geometry would be wrong). */
    private boolean revealFocus;

    public AttendanceGrid(AttendanceGridModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        String family = Font.getDefault().getFamily();
        nameFont = Font.font(family, 12.5);
        smallFont = Font.font(family, 10.5);
        boldFont = Font.font(family, FontWeight.BOLD, 12);
        totalFont = Font.font(family, 12);
        getStyleClass().add("attendance-grid");
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        vbar.setOrientation(Orientation.VERTICAL);
        vbar.setFocusTraversable(false);
        hbar.setFocusTraversable(false);
        vbar.valueProperty().addListener((o, a, b) -> relayout());
        hbar.valueProperty().addListener((o, a, b) -> relayout());
        setUpEditor();
        getChildren().addAll(canvas, vbar, hbar, editor);
        tipDelay.setOnFinished(e -> showTip());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        setUpMenu();
        model.revisionProperty().addListener((o, a, b) -> {
            if (model.focusRow() != shownFocusRow || model.focusCol() != shownFocusCol) {
                shownFocusRow = model.focusRow();
                shownFocusCol = model.focusCol();
                revealFocus = true;
                setAccessibleText(model.focusSummary());
            }
            relayout();
        });
        model.sheetProperty().addListener((o, a, b) -> fittedNames.clear());
        focusedProperty().addListener((o, a, b) -> relayout());
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_TYPED, this::keyTyped);
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::mousePressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::mouseDragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragging = false);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::mouseMoved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideTip());
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        setOnContextMenuRequested(e -> {
            hideTip();
            menu.show(this, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    // ---- what tests and the view ask

    /** The text a total shows in a row, as drawn. */
    public String shownTotal(int row, TotalColumn column) {
        return String.valueOf(column.value(model.totals(row)));
    }

    /** The text a day cell shows, as drawn. */
    public String shownCode(int row, int col) {
        return model.record(row, col).map(CellLook::shown).orElse("");
    }

    /** The middle of a cell on the screen, scrolled into view first; for robots. */
    public Point2D cellOnScreen(int row, int col) {
        vbar.setValue(geo.vShowing(row));
        hbar.setValue(geo.hShowing(col));
        layout();
        return canvas.localToScreen(geo.dayX(col) + geo.dayWidth / 2, geo.rowY(row) + GridGeometry.ROW_HEIGHT / 2);
    }

    public boolean isEditing() {
        return editing;
    }

    // ---- layout and scrolling

    private void relayout() {
        if (!laying) {
            requestLayout();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return GridGeometry.NAME_WIDTH + 31 * GridGeometry.MIN_DAY_WIDTH + TotalColumn.totalWidth() + 14;
    }

    @Override
    protected double computePrefHeight(double width) {
        return GridGeometry.HEADER_HEIGHT + 16 * GridGeometry.ROW_HEIGHT;
    }

    @Override
    protected double computeMinWidth(double height) {
        return GridGeometry.NAME_WIDTH + 120;
    }

    @Override
    protected double computeMinHeight(double width) {
        return GridGeometry.HEADER_HEIGHT + 3 * GridGeometry.ROW_HEIGHT;
    }

    @Override
    protected void layoutChildren() {
        laying = true;
        try {
            double w = getWidth();
            double h = getHeight();
            double sbw = vbar.prefWidth(-1);
            double sbh = hbar.prefHeight(-1);
            int rows = model.rows();
            int days = model.days();
            boolean needH = new GridGeometry(rows, days, w, h, 0, 0).maxH() > 0;
            boolean needV = new GridGeometry(rows, days, w, h - (needH ? sbh : 0), 0, 0).maxV() > 0;
            double cw = Math.max(0, w - (needV ? sbw : 0));
            needH = new GridGeometry(rows, days, cw, h, 0, 0).maxH() > 0;
            double ch = Math.max(0, h - (needH ? sbh : 0));
            canvas.setWidth(cw);
            canvas.setHeight(ch);
            canvas.relocate(0, 0);
            GridGeometry g = new GridGeometry(rows, days, cw, ch, 0, 0);
            scrollBar(vbar, needV, g.maxV(), g.bodyHeight(), g.contentHeight(), GridGeometry.ROW_HEIGHT);
            scrollBar(hbar, needH, g.maxH(), g.daysView, days * g.dayWidth, g.dayWidth);
            vbar.resizeRelocate(cw, GridGeometry.HEADER_HEIGHT, sbw, Math.max(0, ch - GridGeometry.HEADER_HEIGHT));
            hbar.resizeRelocate(GridGeometry.NAME_WIDTH, ch, g.daysView, sbh);
            geo = g.scrolledTo(vbar.getValue(), hbar.getValue());
            if (revealFocus && rows > 0 && days > 0) {
                revealFocus = false;
                vbar.setValue(geo.vShowing(model.focusRow()));
                hbar.setValue(geo.hShowing(model.focusCol()));
                geo = g.scrolledTo(vbar.getValue(), hbar.getValue());
            }
            paint();
            placeEditor();
        } finally {
            laying = false;
        }
    }

    private static void scrollBar(ScrollBar bar, boolean needed, double max, double view, double content,
            double unit) {
        bar.setVisible(needed);
        bar.setMin(0);
        bar.setMax(Math.max(0, max));
        bar.setVisibleAmount(content <= 0 ? 0 : max * view / content);
        bar.setUnitIncrement(unit);
        bar.setBlockIncrement(Math.max(unit, view - unit));
        if (bar.getValue() > bar.getMax()) {
            bar.setValue(bar.getMax());
        }
    }

    /** Scrolls as little as needed to show the focused cell. */
    private void showFocus() {
        revealFocus = true;
        layout();
    }

    private void scrolled(ScrollEvent e) {
        hideTip();
        boolean sideways = e.isShiftDown() || Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY());
        double delta = sideways ? (e.isShiftDown() ? e.getDeltaY() : e.getDeltaX()) : e.getDeltaY();
        ScrollBar bar = sideways ? hbar : vbar;
        bar.setValue(Math.max(0, Math.min(bar.getMax(), bar.getValue() - delta)));
        e.consume();
    }

    // ---- keyboard

    private void keyPressed(KeyEvent e) {
        if (editing || e.getTarget() == editor || model.rows() == 0) {
            return;
        }
        boolean shift = e.isShiftDown();
        boolean shortcut = e.isShortcutDown();
        switch (e.getCode()) {
            case UP -> model.move(-1, 0, shift);
            case DOWN -> model.move(1, 0, shift);
            case LEFT -> model.move(0, -1, shift);
            case RIGHT -> model.move(0, 1, shift);
            case TAB -> {
                if (e.isControlDown()) {
                    return; // Ctrl+Tab leaves the grid, as it leaves a text area
                }
                model.move(0, shift ? -1 : 1, false);
            }
            case ENTER -> model.move(shift ? -1 : 1, 0, false);
            case PAGE_UP -> model.move(-geo.pageRows(), 0, shift);
            case PAGE_DOWN -> model.move(geo.pageRows(), 0, shift);
            case HOME -> model.select(shortcut ? 0 : model.focusRow(), 0, shift);
            case END -> model.select(shortcut ? model.rows() - 1 : model.focusRow(), model.days() - 1, shift);
            case F2 -> startEdit(model.focusCode());
            case DELETE, BACK_SPACE -> model.clearSelection();
            case ESCAPE -> model.select(model.focusRow(), model.focusCol(), false);
            case CONTEXT_MENU -> showMenuAtFocus();
            case F10 -> {
                if (!shift) {
                    return;
                }
                showMenuAtFocus();
            }
            case Z -> {
                if (!shortcut) {
                    return;
                }
                model.undo();
            }
            case K -> {
                if (!shortcut) {
                    return;
                }
                model.setCodeOnSelection();
            }
            case A -> {
                if (!shortcut) {
                    return;
                }
                model.selectAll();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void keyTyped(KeyEvent e) {
        if (editing || e.getTarget() == editor || model.rows() == 0) {
            return;
        }
        String ch = e.getCharacter();
        if (ch.length() == 1 && Character.isLetterOrDigit(ch.charAt(0)) && !e.isControlDown() && !e.isAltDown()
                && !e.isMetaDown() && !e.isShortcutDown()) {
            startEdit(ch.toUpperCase(Locale.ROOT));
            e.consume();
        }
    }

    // ---- editing in place

    private void setUpEditor() {
        editor.setId("attendance-editor");
        editor.getStyleClass().add("attendance-grid-editor");
        editor.setVisible(false);
        editor.setManaged(false);
        // Codes are letters and digits, stored upper case, at most 8 long (AttendanceCode).
        editor.setTextFormatter(new TextFormatter<String>(change -> {
            String text = change.getText().toUpperCase(Locale.ROOT);
            if (!text.matches("[A-Z0-9]*")) {
                return null;
            }
            change.setText(text);
            return change.getControlNewText().length() > 8 ? null : change;
        }));
        editor.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean shift = e.isShiftDown();
            switch (e.getCode()) {
                case ENTER -> commitEdit(e.isShortcutDown() ? 0 : shift ? -1 : 1, 0, e.isShortcutDown());
                case TAB -> commitEdit(0, shift ? -1 : 1, false);
                case UP -> commitEdit(-1, 0, false);
                case DOWN -> commitEdit(1, 0, false);
                case LEFT -> commitEdit(0, -1, false);
                case RIGHT -> commitEdit(0, 1, false);
                case ESCAPE -> cancelEdit();
                default -> {
                    return;
                }
            }
            e.consume();
        });
        editor.focusedProperty().addListener((o, was, is) -> {
            if (!is && editing && !committing) {
                cancelEdit(); // clicking elsewhere in the grid commits first (mousePressed); anything else cancels
            }
        });
    }

    private void startEdit(String initial) {
        if (!model.mayEditFocus()) {
            return;
        }
        hideTip();
        showFocus();
        editing = true;
        editor.setText(initial);
        editor.setVisible(true);
        layout();
        editor.requestFocus();
        editor.deselect();
        editor.end();
        Platform.runLater(() -> {
            if (editing) {
                editor.deselect();
                editor.end();
            }
        });
    }

    private void commitEdit(int rows, int cols, boolean fill) {
        String text = editor.getText();
        committing = true;
        try {
            closeEditor();
            model.enter(text, rows, cols, fill);
        } finally {
            committing = false;
        }
        requestFocus();
    }

    private void cancelEdit() {
        boolean hadFocus = editor.isFocused();
        closeEditor();
        if (hadFocus) {
            requestFocus();
        }
    }

    private void closeEditor() {
        editing = false;
        editor.setVisible(false);
        relayout();
    }

    private void placeEditor() {
        if (!editing) {
            return;
        }
        double w = Math.max(geo.dayWidth + 20, 58);
        double x = geo.dayX(model.focusCol()) - (w - geo.dayWidth) / 2;
        x = Math.max(GridGeometry.NAME_WIDTH, Math.min(x, canvas.getWidth() - w));
        editor.resizeRelocate(x, geo.rowY(model.focusRow()) - 1, w, GridGeometry.ROW_HEIGHT + 2);
    }

    // ---- mouse

    private void mousePressed(MouseEvent e) {
        hideTip();
        requestFocus();
        if (editing) {
            commitEdit(0, 0, false);
        }
        int row = geo.rowAt(e.getY());
        int col = geo.dayAt(e.getX());
        if (e.getButton() == MouseButton.SECONDARY) {
            if (row >= 0 && col >= 0 && !model.selection().contains(row, col)) {
                model.select(row, col, false);
            }
            return;
        }
        if (row >= 0 && col >= 0) {
            model.select(row, col, e.isShiftDown());
            dragging = true;
            if (e.getClickCount() == 2) {
                startEdit(model.focusCode());
            }
        } else if (row >= 0 && geo.inNames(e.getX())) {
            rowAnchor = e.isShiftDown() ? rowAnchor : row;
            model.selectRows(rowAnchor, row);
        } else if (e.getY() < GridGeometry.HEADER_HEIGHT && col >= 0) {
            model.selectDays(e.isShiftDown() ? model.focusCol() : col, col);
        }
    }

    private void mouseDragged(MouseEvent e) {
        if (!dragging) {
            return;
        }
        double y = Math.max(GridGeometry.HEADER_HEIGHT, Math.min(e.getY(), canvas.getHeight() - 1));
        double x = Math.max(GridGeometry.NAME_WIDTH, Math.min(e.getX(), geo.totalsX - 1));
        int row = geo.rowAt(y);
        int col = geo.dayAt(x);
        if (row < 0) {
            row = model.rows() - 1;
        }
        if (col >= 0) {
            model.select(row, col, true);
        }
    }

    // ---- tooltips and the context menu

    private record Hover(String what, int row, int col) {
    }

    private void mouseMoved(MouseEvent e) {
        Hover target = hoverAt(e.getX(), e.getY());
        if (!Objects.equals(target, tipTarget)) {
            tipTarget = target;
            tip.hide();
            tipDelay.stop();
            if (target != null) {
                tipDelay.playFromStart();
            }
        }
        if (!tip.isShowing()) {
            tipX = e.getScreenX();
            tipY = e.getScreenY();
        }
    }

    private Hover hoverAt(double x, double y) {
        if (model.sheetProperty().get() == null) {
            return null;
        }
        int row = geo.rowAt(y);
        int col = geo.dayAt(x);
        TotalColumn total = geo.totalAt(x);
        if (y < GridGeometry.HEADER_HEIGHT) {
            return col >= 0 ? new Hover("day", -1, col) : total != null ? new Hover("total", -1, total.ordinal()) : null;
        }
        if (row < 0) {
            return null;
        }
        if (col >= 0) {
            return new Hover("cell", row, col);
        }
        return geo.inNames(x) ? new Hover("name", row, -1) : null;
    }

    private void showTip() {
        if (!(tipTarget instanceof Hover h) || model.sheetProperty().get() == null) {
            return;
        }
        String text = switch (h.what()) {
            case "cell" -> h.row() < model.rows() && h.col() < model.days() ? model.describe(h.row(), h.col()) : "";
            case "name" -> h.row() < model.rows() ? model.texts().person(model.person(h.row())) : "";
            case "day" -> h.col() < model.days() ? model.texts().day(model.day(h.col()))
                    + "\n" + model.texts().dayKind(model.day(h.col())) : "";
            case "total" -> model.texts().total(TotalColumn.values()[h.col()]);
            default -> "";
        };
        if (!text.isBlank() && getScene() != null) {
            tip.setText(text);
            tip.show(this, tipX + 12, tipY + 18);
        }
    }

    private void hideTip() {
        tipDelay.stop();
        tip.hide();
        tipTarget = null;
    }

    private void setUpMenu() {
        MenuItem setCode = new MenuItem(i18n.get("attendance.grid.setCode"));
        setCode.setId("attendance-menu-set-code");
        setCode.setAccelerator(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN));
        setCode.setOnAction(e -> model.setCodeOnSelection());
        MenuItem clear = new MenuItem(i18n.get("attendance.grid.clear"));
        clear.setId("attendance-menu-clear");
        clear.setAccelerator(new KeyCodeCombination(KeyCode.DELETE));
        clear.setOnAction(e -> model.clearSelection());
        MenuItem undo = new MenuItem(i18n.get("attendance.grid.undo"));
        undo.setId("attendance-menu-undo");
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        undo.setOnAction(e -> model.undo());
        undo.disableProperty().bind(model.canUndoProperty().not());
        menu.getItems().setAll(setCode, clear, new SeparatorMenuItem(), undo);
        menu.setOnShowing(e -> {
            setCode.setDisable(!model.editable());
            clear.setDisable(!model.editable());
        });
    }

    private void showMenuAtFocus() {
        Point2D at = canvas.localToScreen(geo.dayX(model.focusCol()) + geo.dayWidth,
                geo.rowY(model.focusRow()) + GridGeometry.ROW_HEIGHT);
        if (at != null) {
            menu.show(this, at.getX(), at.getY());
        }
    }

    // ---- drawing

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        MonthSheet sheet = model.sheetProperty().get();
        if (sheet == null) {
            return;
        }
        g.setTextBaseline(VPos.CENTER);
        if (model.rows() > 0) {
            paintDays(g, h);
            paintNames(g, h);
            paintTotals(g, h);
        }
        paintHeader(g, sheet, w);
        if (model.rows() == 0) {
            g.setFill(MUTED);
            g.setFont(nameFont);
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(i18n.get("attendance.grid.noPeople"), w / 2, GridGeometry.HEADER_HEIGHT + 40);
        }
    }

    private double bodyBottom(double h) {
        return Math.min(h, geo.rowY(model.rows()));
    }

    private void paintDays(GraphicsContext g, double h) {
        double top = GridGeometry.HEADER_HEIGHT;
        double bottom = bodyBottom(h);
        int c0 = geo.firstDay();
        int c1 = geo.lastDay();
        int r0 = geo.firstRow();
        int r1 = geo.lastRow();
        g.save();
        g.beginPath();
        g.rect(GridGeometry.NAME_WIDTH, top, geo.daysView, h - top);
        g.clip();
        for (int c = c0; c <= c1; c++) {
            Color shade = shade(model.day(c).kind());
            if (shade != null) {
                g.setFill(shade);
                g.fillRect(geo.dayX(c), top, geo.dayWidth, bottom - top);
            }
        }
        g.setFill(FOCUS_BAND);
        g.fillRect(GridGeometry.NAME_WIDTH, geo.rowY(model.focusRow()), geo.daysView, GridGeometry.ROW_HEIGHT);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                Optional<AttendanceDay> day = model.record(r, c);
                if (day.isPresent()) {
                    paintCell(g, day.get(), geo.dayX(c), geo.rowY(r));
                }
            }
        }
        g.setStroke(GRID_LINE);
        g.setLineWidth(1);
        for (int c = c0; c <= c1; c++) {
            double x = snap(geo.dayX(c) + geo.dayWidth);
            g.strokeLine(x, top, x, bottom);
        }
        horizontalLines(g, GridGeometry.NAME_WIDTH, GridGeometry.NAME_WIDTH + geo.daysView, r0, r1);
        paintSelection(g);
        g.restore();
    }

    private void paintCell(GraphicsContext g, AttendanceDay day, double x, double y) {
        painter.paint(g, CellLook.of(day, model.codes()), CellLook.shown(day), day.source() == DaySource.MANUAL,
                CellLook.needsLook(day), x, y, geo.dayWidth, GridGeometry.ROW_HEIGHT);
    }

    private void paintSelection(GraphicsContext g) {
        AttendanceGridModel.CellRange sel = model.selection();
        double x1 = geo.dayX(sel.left());
        double y1 = geo.rowY(sel.top());
        double x2 = geo.dayX(sel.right()) + geo.dayWidth;
        double y2 = geo.rowY(sel.bottom()) + GridGeometry.ROW_HEIGHT;
        Color edge = isFocused() || editing ? ACCENT : ACCENT_IDLE;
        if (!sel.single()) {
            g.setFill(SELECTION);
            g.fillRect(x1, y1, x2 - x1, y2 - y1);
            g.setStroke(edge);
            g.setLineWidth(1);
            g.strokeRect(snap(x1), snap(y1), x2 - x1 - 1, y2 - y1 - 1);
        }
        g.setStroke(edge);
        g.setLineWidth(2);
        g.strokeRect(geo.dayX(model.focusCol()) + 1, geo.rowY(model.focusRow()) + 1, geo.dayWidth - 2,
                GridGeometry.ROW_HEIGHT - 2);
    }

    private void paintNames(GraphicsContext g, double h) {
        double top = GridGeometry.HEADER_HEIGHT;
        g.save();
        g.beginPath();
        g.rect(0, top, GridGeometry.NAME_WIDTH, h - top);
        g.clip();
        g.setFill(Color.WHITE);
        g.fillRect(0, top, GridGeometry.NAME_WIDTH, h - top);
        AttendanceGridModel.CellRange sel = model.selection();
        g.setFill(HEADER_FOCUS);
        g.fillRect(0, geo.rowY(sel.top()), GridGeometry.NAME_WIDTH, (sel.bottom() - sel.top() + 1)
                * GridGeometry.ROW_HEIGHT);
        int r0 = geo.firstRow();
        int r1 = geo.lastRow();
        double nameRoom = GridGeometry.NAME_WIDTH - NAME_LEFT - 8;
        for (int r = r0; r <= r1; r++) {
            double y = geo.rowY(r);
            Employee p = model.person(r);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setFont(smallFont);
            g.setFill(MUTED);
            g.fillText(String.valueOf(r + 1), NUMBER_RIGHT, y + GridGeometry.ROW_HEIGHT / 2);
            g.setTextAlign(TextAlignment.LEFT);
            g.setFont(nameFont);
            g.setFill(p.active() ? TEXT : MUTED);
            g.fillText(fit(p.name().full(), nameRoom), NAME_LEFT, y + 10.5);
            g.setFont(smallFont);
            g.setFill(MUTED);
            g.fillText(p.numberGrouped(), NAME_LEFT, y + 22.5);
        }
        horizontalLines(g, 0, GridGeometry.NAME_WIDTH, r0, r1);
        g.restore();
        g.setStroke(FROZEN_LINE);
        g.setLineWidth(1);
        double x = snap(GridGeometry.NAME_WIDTH);
        g.strokeLine(x, 0, x, bodyBottom(h));
        if (geo.hOffset > 0) {
            g.setFill(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                    new Stop(0, Color.rgb(0, 0, 0, 0.10)), new Stop(1, Color.rgb(0, 0, 0, 0))));
            g.fillRect(GridGeometry.NAME_WIDTH + 0.5, top, 6, bodyBottom(h) - top);
        }
    }

    private void paintTotals(GraphicsContext g, double h) {
        double top = GridGeometry.HEADER_HEIGHT;
        double left = geo.totalsX;
        double width = TotalColumn.totalWidth();
        g.save();
        g.beginPath();
        g.rect(left, top, width, h - top);
        g.clip();
        g.setFill(TOTALS_BG);
        g.fillRect(left, top, width, bodyBottom(h) - top);
        AttendanceGridModel.CellRange sel = model.selection();
        g.setFill(HEADER_FOCUS);
        g.fillRect(left, geo.rowY(sel.top()), width, (sel.bottom() - sel.top() + 1) * GridGeometry.ROW_HEIGHT);
        int r0 = geo.firstRow();
        int r1 = geo.lastRow();
        g.setTextAlign(TextAlignment.CENTER);
        for (int r = r0; r <= r1; r++) {
            double y = geo.rowY(r) + GridGeometry.ROW_HEIGHT / 2;
            MonthTotals t = model.totals(r);
            for (TotalColumn c : TotalColumn.values()) {
                int value = c.value(t);
                g.setFont(value > 0 && (c == TotalColumn.TK) ? boldFont : totalFont);
                g.setFill(value == 0 ? FAINT : c == TotalColumn.TK ? TK_TOTAL : c.minutes() ? LATE_TOTAL : TEXT);
                g.fillText(String.valueOf(value), geo.totalX(c) + c.width() / 2, y);
            }
        }
        g.setStroke(GRID_LINE);
        g.setLineWidth(1);
        for (TotalColumn c : TotalColumn.values()) {
            double x = snap(geo.totalX(c) + c.width());
            g.strokeLine(x, top, x, bodyBottom(h));
        }
        horizontalLines(g, left, left + width, r0, r1);
        g.restore();
        g.setStroke(FROZEN_LINE);
        double x = snap(left);
        g.strokeLine(x, 0, x, bodyBottom(h));
    }

    private void paintHeader(GraphicsContext g, MonthSheet sheet, double w) {
        double hh = GridGeometry.HEADER_HEIGHT;
        g.setFill(HEADER_BG);
        g.fillRect(0, 0, w, hh);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFont(smallFont);
        g.setFill(MUTED);
        g.fillText(i18n.get("attendance.grid.number"), NUMBER_RIGHT, hh / 2);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(boldFont);
        g.setFill(TEXT);
        g.fillText(i18n.get("attendance.grid.person"), NAME_LEFT, 15);
        g.setFont(smallFont);
        g.setFill(MUTED);
        g.fillText(i18n.get("attendance.grid.personCount", model.rows()), NAME_LEFT, 31);
        paintDayHeaders(g, sheet, hh);
        double left = geo.totalsX;
        g.setFill(Color.web("#EEF2F6"));
        g.fillRect(left, 0, TotalColumn.totalWidth(), hh);
        g.setTextAlign(TextAlignment.CENTER);
        for (TotalColumn c : TotalColumn.values()) {
            double cx = geo.totalX(c) + c.width() / 2;
            g.setFont(boldFont);
            g.setFill(TEXT);
            g.fillText(c.name(), cx, 15);
            g.setFont(smallFont);
            g.setFill(MUTED);
            g.fillText(model.texts().totalUnit(c), cx, 31);
        }
        g.setStroke(FROZEN_LINE);
        g.setLineWidth(1);
        g.strokeLine(0, snap(hh), w, snap(hh));
        g.strokeLine(snap(GridGeometry.NAME_WIDTH), 0, snap(GridGeometry.NAME_WIDTH), hh);
        g.strokeLine(snap(left), 0, snap(left), hh);
    }

    private void paintDayHeaders(GraphicsContext g, MonthSheet sheet, double hh) {
        g.save();
        g.beginPath();
        g.rect(GridGeometry.NAME_WIDTH, 0, geo.daysView, hh);
        g.clip();
        LocalDate today = model.today();
        AttendanceGridModel.CellRange sel = model.selection();
        g.setTextAlign(TextAlignment.CENTER);
        for (int c = geo.firstDay(); c <= geo.lastDay(); c++) {
            MonthSheet.DayColumn day = sheet.days().get(c);
            double x = geo.dayX(c);
            double cx = x + geo.dayWidth / 2;
            Color shade = c >= sel.left() && c <= sel.right() ? HEADER_FOCUS : shade(day.kind());
            if (shade != null) {
                g.setFill(shade);
                g.fillRect(x, 0, geo.dayWidth, hh);
            }
            Color number = switch (day.kind()) {
                case HOLIDAY -> CellLook.HOLIDAY_TEXT;
                case CUTI_BERSAMA -> CellLook.CUTI_BERSAMA_TEXT;
                case WEEKEND -> MUTED;
                case WORKING -> TEXT;
            };
            if (day.date().equals(today)) {
                g.setFill(ACCENT);
                g.fillOval(cx - 11, 4, 22, 22);
                number = Color.WHITE;
            }
            g.setFont(boldFont);
            g.setFill(number);
            g.fillText(String.valueOf(day.date().getDayOfMonth()), cx, 15);
            g.setFont(smallFont);
            g.setFill(day.kind() == MonthSheet.DayKind.WORKING ? MUTED : number == Color.WHITE ? MUTED : number);
            g.fillText(day.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, i18n.locale()), cx, 33);
            g.setStroke(GRID_LINE);
            g.setLineWidth(1);
            g.strokeLine(snap(x + geo.dayWidth), 6, snap(x + geo.dayWidth), hh - 4);
        }
        g.restore();
    }

    private void horizontalLines(GraphicsContext g, double x1, double x2, int r0, int r1) {
        g.setStroke(GRID_LINE);
        g.setLineWidth(1);
        for (int r = r0; r <= r1; r++) {
            double y = snap(geo.rowY(r) + GridGeometry.ROW_HEIGHT);
            g.strokeLine(x1, y, x2, y);
        }
    }

    private static Color shade(MonthSheet.DayKind kind) {
        return switch (kind) {
            case WORKING -> null;
            case WEEKEND -> CellLook.WEEKEND;
            case HOLIDAY, CUTI_BERSAMA -> CellLook.HOLIDAY;
        };
    }

    /** A crisp one-pixel line falls on half a pixel. */
    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }

    /** The name cut with "…" to fit its column; remembered, as names repeat on every frame. */
    private String fit(String text, double room) {
        return fittedNames.computeIfAbsent(text, t -> {
            measure.setFont(nameFont);
            measure.setText(t);
            if (measure.getLayoutBounds().getWidth() <= room) {
                return t;
            }
            String cut = t;
            while (cut.length() > 1) {
                cut = cut.substring(0, cut.length() - 1).stripTrailing();
                measure.setText(cut + "…");
                if (measure.getLayoutBounds().getWidth() <= room) {
                    return cut + "…";
                }
            }
            return cut;
        });
    }
}
