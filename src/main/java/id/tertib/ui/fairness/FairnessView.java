package id.tertib.ui.fairness;

import id.tertib.app.FairnessService;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.ui.common.ScreenHeader;
import id.tertib.ui.common.UiContext;
import id.tertib.ui.shell.Screen;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Keadilan Penugasan: whether travel in a unit is shared fairly. Filters on top, the summary below them, then the
 * people, the charts and the notes in tabs; each chart saves as PNG, the analysis as XLSX or PDF. Everyone signed in
 * may open it; the analysis covers only the units the person may see.
 */
public final class FairnessView implements Screen {

    private final UiContext ctx;
    private final FairnessFormat texts;
    private final FairnessViewModel vm;
    private final FilterBar filters;
    private final SummaryStrip summary;
    private final PeopleTable table;
    private final BarsFigure bars;
    private final LorenzFigure lorenz;
    private final HeatFigure heat;
    private final NotesPane notes;
    private final TabPane tabs = new TabPane();
    private final Tab barsTab;
    private final Tab lorenzTab;
    private final Tab heatTab;
    private final BorderPane root = new BorderPane();
    private UnitTree tree = new UnitTree(List.of());
    private boolean opened;

    public FairnessView(UiContext ctx) {
        this.ctx = ctx;
        this.texts = new FairnessFormat(ctx.i18n());
        this.vm = new FairnessViewModel(ctx.tasks(), q -> ctx.tertib().fairness().analyse(q, ctx.i18n().locale()),
                ctx::describe, ctx.i18n());
        filters = new FilterBar(vm, ctx.i18n());
        summary = new SummaryStrip(texts);
        table = new PeopleTable(texts);
        bars = new BarsFigure(texts);
        lorenz = new LorenzFigure(texts);
        heat = new HeatFigure(texts);
        notes = new NotesPane(texts);
        Tab people = tab("fairness-tab-people", "fairness.view.tab.people", peopleArea());
        barsTab = tab("fairness-tab-bars", "fairness.view.tab.bars", bars.view());
        lorenzTab = tab("fairness-tab-lorenz", "fairness.view.tab.lorenz", lorenz.view());
        heatTab = tab("fairness-tab-heat", "fairness.view.tab.heat", heat.view());
        Tab notesTab = tab("fairness-tab-notes", "fairness.view.tab.notes", notes.view());
        tabs.setId("fairness-tabs");
        tabs.getTabs().setAll(people, barsTab, lorenzTab, heatTab, notesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        VBox top = new VBox(10, header(), filters.view(), summary.view());
        top.setPadding(new Insets(16, 16, 10, 16));
        root.setTop(top);
        root.setCenter(tabs);
        BorderPane.setMargin(tabs, new Insets(0, 16, 12, 16));
        vm.reportProperty().addListener((o, a, r) -> showReport());
        vm.measureProperty().addListener((o, a, m) -> showMeasure());
        vm.runningProperty().addListener((o, a, running) -> summary.running(running, vm.reportProperty().get() != null));
        // The last report stays readable, dimmed, until the new one arrives.
        tabs.opacityProperty().bind(javafx.beans.binding.Bindings.when(vm.runningProperty()).then(0.55).otherwise(1.0));
    }

    private Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(ctx.t(key), content);
        tab.setId(id);
        return tab;
    }

    /** The table, and under it the selected person in full (the explanation column is often too narrow). */
    private Node peopleArea() {
        javafx.scene.control.Label detail = new javafx.scene.control.Label(ctx.t("fairness.view.detailHint"));
        detail.setId("fairness-detail");
        detail.getStyleClass().add("fairness-detail");
        detail.setWrapText(true);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) ->
                detail.setText(row == null ? ctx.t("fairness.view.detailHint") : table.detail(row)));
        BorderPane area = new BorderPane(table);
        area.setBottom(detail);
        BorderPane.setMargin(detail, new Insets(6, 0, 0, 0));
        area.setPadding(new Insets(8, 0, 0, 0));
        return area;
    }

    private Node header() {
        Button png = new Button(ctx.t("fairness.view.exportPng"), new FontIcon(Feather.IMAGE));
        png.setId("fairness-export-png");
        png.setTooltip(new Tooltip(ctx.t("fairness.view.exportPngHint")));
        png.disableProperty().bind(vm.reportProperty().isNull().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> chartOnTab().isEmpty(), tabs.getSelectionModel().selectedItemProperty())));
        png.setOnAction(e -> exportPng());
        Button xlsx = new Button(ctx.t("fairness.view.exportXlsx"), new FontIcon(Feather.FILE_TEXT));
        xlsx.setId("fairness-export-xlsx");
        xlsx.disableProperty().bind(vm.reportProperty().isNull());
        xlsx.setOnAction(e -> exportReport("xlsx"));
        Button pdf = new Button(ctx.t("fairness.view.exportPdf"), new FontIcon(Feather.FILE));
        pdf.setId("fairness-export-pdf");
        pdf.disableProperty().bind(vm.reportProperty().isNull());
        pdf.setOnAction(e -> exportReport("pdf"));
        return ScreenHeader.bar(ctx.t("nav.fairness"), png, xlsx, pdf);
    }

    /** The figure on the selected tab, if it holds a chart. */
    private Optional<Figure> chartOnTab() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return tab == barsTab ? Optional.of(bars) : tab == lorenzTab ? Optional.of(lorenz)
                : tab == heatTab ? Optional.of(heat) : Optional.empty();
    }

    private void showReport() {
        FairnessService.Report r = vm.reportProperty().get();
        if (r == null) {
            return;
        }
        table.show(r);
        notes.show(r, table::flagName);
        heat.show(r, scope(r));
        showMeasure();
    }

    private void showMeasure() {
        FairnessService.Report r = vm.reportProperty().get();
        Measure measure = vm.measureProperty().get();
        summary.show(r, measure, r == null ? "" : scope(r));
        if (r != null) {
            bars.show(r, measure, scope(r));
            lorenz.show(r, measure, scope(r));
        }
    }

    /** "Seksi Umum · 1 Des 2025 s.d. 23 Nov 2026 · PNS, III/a s.d. IV/e, Fungsional". */
    private String scope(FairnessService.Report r) {
        FairnessService.Query q = r.query();
        String unit = q.unitId() == null ? ctx.t("fairness.view.allUnits")
                : tree.find(q.unitId()).map(Unit::name).orElse("");
        List<String> who = new ArrayList<>();
        if (q.status() != null) {
            who.add(ctx.i18n().label(q.status()));
        }
        if (q.lowest() != null || q.highest() != null) {
            who.add(ctx.t("fairness.view.golonganRange", q.lowest() == null ? "…" : q.lowest().code(),
                    q.highest() == null ? "…" : q.highest().code()));
        }
        if (q.positionKind() != null) {
            who.add(ctx.i18n().label(q.positionKind()));
        }
        String text = ctx.t("fairness.view.scope", unit, q.from(), q.to());
        return who.isEmpty() ? text : text + " · " + String.join(", ", who);
    }

    private String fileName(FairnessService.Report r, String stem, String extension) {
        FairnessService.Query q = r.query();
        String unit = q.unitId() == null ? "" : tree.find(q.unitId()).map(u -> "-" + u.code()).orElse("");
        return stem + unit + "-" + q.from() + "-" + q.to() + "." + extension;
    }

    private void exportPng() {
        FairnessService.Report r = vm.reportProperty().get();
        Optional<Figure> figure = chartOnTab();
        if (r == null || figure.isEmpty()) {
            return;
        }
        String title = ctx.t("fairness.view.exportPng");
        ctx.dialogs().chooseSaveFile(title, fileName(r, figure.get().fileStem(), "png"),
                ctx.t("fairness.view.pngFilter"), "*.png").ifPresent(file -> {
                    BufferedImage image = PngImages.snapshot(figure.get().figure());
                    ctx.tasks().run(() -> {
                        PngImages.write(image, file);
                        return file;
                    }, f -> ctx.dialogs().info(title, ctx.t("fairness.view.pngDone", f, image.getWidth(),
                            image.getHeight())), err -> fileFailed(title, file, err));
                });
    }

    private void exportReport(String extension) {
        FairnessService.Report r = vm.reportProperty().get();
        if (r == null) {
            return;
        }
        boolean xlsx = extension.equals("xlsx");
        String title = ctx.t(xlsx ? "fairness.view.exportXlsx" : "fairness.view.exportPdf");
        ctx.dialogs().chooseSaveFile(title, fileName(r, ctx.t("fairness.view.file.report"), extension),
                ctx.t(xlsx ? "fairness.view.xlsxFilter" : "fairness.view.pdfFilter"), "*." + extension)
                .ifPresent(file -> ctx.tasks().run(() -> {
                    if (xlsx) {
                        ctx.tertib().fairness().exportXlsx(r, file, ctx.i18n().locale());
                    } else {
                        ctx.tertib().fairness().exportPdf(r, file, ctx.i18n().locale());
                    }
                    return file;
                }, f -> ctx.dialogs().info(title, ctx.t("fairness.view.exportDone", f)),
                        err -> fileFailed(title, file, err)));
    }

    /** A file that could not be written is named with the system's reason; anything else is described as usual. */
    private void fileFailed(String title, Path file, Throwable err) {
        Throwable cause = err instanceof java.io.UncheckedIOException u ? u.getCause() : err;
        if (cause instanceof java.io.IOException io) {
            ctx.dialogs().error(title, ctx.t("fairness.view.fileFailed", file,
                    io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage()));
        } else {
            ctx.dialogs().error(title, ctx.describe(err));
        }
    }

    /** For tests and for looking at the screen: shows a report without running the analysis. */
    public FairnessViewModel model() {
        return vm;
    }

    @Override
    public Node view() {
        return root;
    }

    /** The first time: the default filters (the person's own unit, the last 12 months) and their analysis. */
    @Override
    public void refresh() {
        ctx.tasks().run(() -> ctx.tertib().units().tree(), t -> {
            tree = t;
            if (!opened) {
                opened = true;
                Unit own = ctx.tertib().auth().current().map(u -> u.unitId()).flatMap(id -> id == null
                        ? Optional.empty() : t.find(id)).orElse(null);
                vm.defaults(ctx.tertib().attendance().today(), own);
                filters.fillUnits(t);
                vm.analyse();
            } else {
                filters.fillUnits(t);
            }
        }, e -> ctx.showFailure("fairness.view.loadFailed", e));
    }
}
