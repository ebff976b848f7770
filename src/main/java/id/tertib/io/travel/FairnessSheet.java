package id.tertib.io.travel;

import id.tertib.domain.fairness.FairnessFlag;
import id.tertib.domain.fairness.LorenzPoint;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A fairness analysis ready to be written: every word already in the reader's language (io knows no message
 * bundles), every number still a number, so each writer formats it its own way (XLSX number formats, PDF text in
 * {@code locale}, CSV with a dot). The app fills it from its report.
 *
 * @param title the report's title, e.g. "Analisis Keadilan Perjalanan Dinas"
 * @param description lines under the title: period, unit, eligibility filter, the flagging rules
 * @param labels column headers and chart words
 * @param people one entry per person, in the order the report lists them (most trips first)
 * @param facts the summary as label and value, in order
 * @param totals the figures the command line prints: people, trips, Gini and top-20% share of trips
 * @param months the heat map's month headers ("Jan 2025"), one per element of {@link Person#perMonth()}
 * @param lorenz the Lorenz curve of trips, from the poorest people up
 * @param equalTrips the equal share in trips (places on trips divided by people): the bar chart's dashed line
 * @param locale how numbers are written in the PDF (Indonesian: "2,1", "Rp530.000")
 */
public record FairnessSheet(String title, List<String> description, Labels labels, List<Person> people,
        List<Fact> facts, Totals totals, List<String> months, List<LorenzPoint> lorenz, double equalTrips,
        Locale locale) {

    public FairnessSheet {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(locale, "locale");
        description = List.copyOf(description);
        people = List.copyOf(people);
        facts = List.copyOf(facts);
        months = List.copyOf(months);
        lorenz = List.copyOf(lorenz);
    }

    /**
     * One person. {@code nip} is the bare number (CSV, JSON), {@code nipShown} as printed on letters; {@code share} is
     * the person's part of all places on trips (0.35 = 35%); {@code pValue} the chance of at least {@code trips} trips;
     * {@code flagText} names the flags in words ("Berlebih, Beruntun"), {@code reason} explains them (both "" when not
     * flagged); {@code perMonth} are the trips departing in each of {@link FairnessSheet#months()} (not to be changed).
     */
    public record Person(String nip, String nipShown, String name, String unit, int trips, int days, long allowance,
            double share, double expected, double pValue, Set<FairnessFlag> flags, String flagText, String reason,
            int[] perMonth) {

        public Person {
            flags = Set.copyOf(flags);
            flagText = flagText == null ? "" : flagText;
            reason = reason == null ? "" : reason;
        }

        public boolean flagged() {
            return !flags.isEmpty();
        }
    }

    /** One summary figure; {@code kind} says how to write the value. */
    public record Fact(String label, double value, Kind kind) {
    }

    /** How a summary figure is written: a count, rupiah, a number with two decimals, or a share as a percentage. */
    public enum Kind {
        COUNT, RUPIAH, DECIMAL, PERCENT
    }

    /**
     * The figures with fixed names in the command line's output: people analysed, trips with at least one of them,
     * the Gini coefficient of trips (0 = equal, 1 = one person went on everything), the share of places held by the
     * top 20% of people.
     */
    public record Totals(int people, int trips, double gini, double top20Share) {
    }

    /**
     * The words of the exports.
     *
     * @param summarySheet sheet and section name of the summary ("Ringkasan")
     * @param peopleSheet sheet and section name of the people table ("Rincian per pegawai")
     * @param monthsSheet sheet name of the heat map ("Per bulan")
     * @param total header of the heat map's total column
     * @param barTitle title of the bar chart of trips per person
     * @param barNote line under it, e.g. naming how many of how many people are shown; may be ""
     * @param equalShare legend of the dashed line, e.g. "Bagian wajar: 2,1 perjalanan"
     * @param flaggedLegend legend of the bars in the warning colour ("Ditandai")
     * @param lorenzTitle title of the Lorenz chart
     * @param lorenzX the horizontal axis ("Bagian pegawai, dari yang paling sedikit")
     * @param lorenzY the vertical axis ("Bagian perjalanan")
     * @param lorenzCurve legend of the curve
     * @param equality legend of the diagonal ("Garis kesetaraan")
     * @param flagsTitle heading of the explanations of the flags
     * @param noFlags the line shown when nobody is flagged
     */
    public record Labels(String summarySheet, String peopleSheet, String monthsSheet, String number, String nip,
            String name, String unit, String trips, String days, String allowance, String share, String expected,
            String pValue, String flag, String reason, String total, String barTitle, String barNote,
            String equalShare, String flaggedLegend, String lorenzTitle, String lorenzX, String lorenzY,
            String lorenzCurve, String equality, String flagsTitle, String noFlags) {
    }
}
