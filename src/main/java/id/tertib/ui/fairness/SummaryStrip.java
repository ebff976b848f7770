package id.tertib.ui.fairness;

import id.tertib.app.FairnessService;
import id.tertib.domain.fairness.FairnessSummary;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The analysis in one glance: people, trips, places, Gini and the top fifth's share (of trips or days, as the
 * measure toggle says), a sentence saying what that means, and the rules the flags were made under.
 */
final class SummaryStrip {

    private final FairnessFormat texts;
    private final Label people = value("fairness-people");
    private final Label trips = value("fairness-trips");
    private final Label places = value("fairness-places");
    private final Label gini = value("fairness-gini");
    private final Label top20 = value("fairness-top20");
    private final Label giniCaption = caption("");
    private final Label top20Caption = caption("");
    private final Label scope = new Label();
    private final Label reading = new Label();
    private final Label rules = new Label();
    private final VBox view;

    SummaryStrip(FairnessFormat texts) {
        this.texts = texts;
        scope.setId("fairness-scope");
        scope.getStyleClass().add("fairness-scope");
        reading.setId("fairness-reading");
        reading.getStyleClass().add("fairness-reading");
        reading.setWrapText(true);
        rules.setId("fairness-rules");
        rules.getStyleClass().add("tertib-count");
        rules.setWrapText(true);
        Tooltip giniTip = new Tooltip(texts.giniHint());
        giniTip.setWrapText(true);
        giniTip.setMaxWidth(460);
        VBox giniTile = tile(gini, giniCaption);
        Tooltip.install(giniTile, giniTip);
        VBox words = new VBox(3, scope, reading, rules);
        words.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(words, Priority.ALWAYS);
        HBox tiles = new HBox(8, tile(people, caption(t("fairness.view.people"))),
                tile(trips, caption(t("fairness.view.trips"))), tile(places, caption(t("fairness.view.places"))),
                giniTile, tile(top20, top20Caption), words);
        tiles.setAlignment(Pos.CENTER_LEFT);
        view = new VBox(tiles);
        view.setId("fairness-summary");
        view.getStyleClass().add("fairness-summary");
        show(null, Measure.TRIPS, "");
    }

    Node view() {
        return view;
    }

    private String t(String key, Object... args) {
        return texts.i18n().get(key, args);
    }

    private static Label value(String id) {
        Label l = new Label("–");
        l.setId(id);
        l.getStyleClass().add("fairness-tile-value");
        return l;
    }

    private static Label caption(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("fairness-tile-caption");
        return l;
    }

    private static VBox tile(Label value, Label caption) {
        VBox tile = new VBox(0, value, caption);
        tile.getStyleClass().add("fairness-tile");
        tile.setAlignment(Pos.CENTER_LEFT);
        tile.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return tile;
    }

    /** Shows {@code report} (null: nothing analysed yet) counted by {@code measure}, for {@code scopeText}. */
    void show(FairnessService.Report report, Measure measure, String scopeText) {
        scope.setText(scopeText);
        boolean days = measure == Measure.DAYS;
        giniCaption.setText(t(days ? "fairness.view.giniDays" : "fairness.view.giniTrips"));
        top20Caption.setText(t(days ? "fairness.view.topFifthDays" : "fairness.view.topFifthTrips"));
        if (report == null) {
            for (Label l : new Label[] {people, trips, places, gini, top20}) {
                l.setText("–");
            }
            reading.setText(t("fairness.view.notYet"));
            rules.setText("");
            return;
        }
        FairnessSummary s = report.result().summary();
        people.setText(texts.count(s.people()));
        trips.setText(texts.count(s.trips()));
        places.setText(texts.count(s.places()));
        gini.setText(texts.gini(measure.gini(s)));
        top20.setText(texts.percent(measure.top20(s)));
        reading.setText(reading(report, measure));
        rules.setText(report.rulesLine());
    }

    /** While the first analysis runs, says so instead of asking for one. */
    void running(boolean running, boolean hasReport) {
        if (!hasReport) {
            reading.setText(t(running ? "fairness.view.running" : "fairness.view.notYet"));
        }
    }

    /** "Cukup timpang: 20% orang teratas memegang 63% tempat perjalanan. 3 orang ditandai: …". */
    String reading(FairnessService.Report report, Measure measure) {
        FairnessSummary s = report.result().summary();
        if (s.trips() == 0) {
            return t("fairness.view.noTrips");
        }
        double g = measure.gini(s);
        String first = t(measure == Measure.DAYS ? "fairness.view.readingDays" : "fairness.view.readingTrips",
                t(FairnessFormat.readingKey(g)), texts.percent(measure.top20(s)));
        long flagged = report.rows().stream().filter(r -> r.outcome().flagged()).count();
        String second = flagged == 0 ? t("fairness.view.flaggedNone") : t("fairness.view.flaggedSome", flagged);
        return first + " " + second;
    }
}
