package id.tertib.domain.discipline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule sets Tertib knows, chosen by the date of the offence. PP 94/2021 (in force 31 Aug 2021, art. 9-11)
 * replaced PP 53/2010, whose ladder still decides archived cases. Lateness and early departure count as days at 450
 * minutes (7.5 hours) a day: explicit in PP 53/2010, widely applied under PP 94/2021, and configurable (verify). The
 * PPPK ladder (PP 49/2018) is built from the office's {@link DisciplineRules} (verify).
 */
public final class RuleSets {

    public static final int MINUTES_PER_DAY = 450;

    public static final RuleSet PP_94_2021 = new RuleSet("PP94/2021", "PP 94/2021", LocalDate.of(2021, 8, 31),
            List.of(
                    new Rung(3, 3, Level.RINGAN, "teguranLisan", "Pasal 9"),
                    new Rung(4, 6, Level.RINGAN, "teguranTertulis", "Pasal 9"),
                    new Rung(7, 10, Level.RINGAN, "pernyataanTidakPuas", "Pasal 9"),
                    new Rung(11, 13, Level.SEDANG, "potonganTukin6", "Pasal 10"),
                    new Rung(14, 16, Level.SEDANG, "potonganTukin9", "Pasal 10"),
                    new Rung(17, 20, Level.SEDANG, "potonganTukin12", "Pasal 10"),
                    new Rung(21, 24, Level.BERAT, "penurunanJabatan", "Pasal 11"),
                    new Rung(25, 27, Level.BERAT, "jabatanPelaksana", "Pasal 11"),
                    new Rung(28, Integer.MAX_VALUE, Level.BERAT, "pemberhentian", "Pasal 11")),
            MINUTES_PER_DAY, 10,
            Optional.of(new Rung(10, Integer.MAX_VALUE, Level.BERAT, "pemberhentianBerturut", "Pasal 11")));

    public static final RuleSet PP_53_2010 = new RuleSet("PP53/2010", "PP 53/2010", LocalDate.of(2010, 6, 6),
            List.of(
                    new Rung(5, 5, Level.RINGAN, "teguranLisan", "Pasal 8"),
                    new Rung(6, 10, Level.RINGAN, "teguranTertulis", "Pasal 8"),
                    new Rung(11, 15, Level.RINGAN, "pernyataanTidakPuas", "Pasal 8"),
                    new Rung(16, 20, Level.SEDANG, "penundaanKgb", "Pasal 9"),
                    new Rung(21, 25, Level.SEDANG, "penundaanPangkat", "Pasal 9"),
                    new Rung(26, 30, Level.SEDANG, "penurunanPangkat1", "Pasal 9"),
                    new Rung(31, 35, Level.BERAT, "penurunanPangkat3", "Pasal 10"),
                    new Rung(36, 40, Level.BERAT, "penurunanJabatan", "Pasal 10"),
                    new Rung(41, 45, Level.BERAT, "pembebasanJabatan", "Pasal 10"),
                    new Rung(46, Integer.MAX_VALUE, Level.BERAT, "pemberhentian", "Pasal 10")),
            MINUTES_PER_DAY, 0, Optional.empty());

    private static final List<RuleSet> PNS = List.of(PP_53_2010, PP_94_2021);

    /** Id of the PPPK rule set, whatever thresholds the office chose. */
    public static final String PPPK_ID = "PP49/2018";
    private static final LocalDate PP_49_2018_FROM = LocalDate.of(2018, 11, 28);

    private RuleSets() {
    }

    /**
     * The PPPK ladder (PP 49/2018): the same three warnings as PNS up to {@code pppkSedangFrom - 1} days, then sedang
     * (salary-step delay or grade cut for a year), from {@code pppkBeratFrom} berat (the contract ends), and a run of
     * {@code pppkConsecutiveDays} unexcused working days ends it too. Thresholds are the office's (verify).
     */
    public static RuleSet pppk(DisciplineRules rules) {
        String article = "PP 49/2018";
        int sedang = rules.pppkSedangFrom();
        int berat = rules.pppkBeratFrom();
        Rung end = new Rung(berat, Integer.MAX_VALUE, Level.BERAT, "pemutusanPerjanjian", article);
        int run = rules.pppkConsecutiveDays();
        return new RuleSet(PPPK_ID, "PP 49/2018 (PPPK)", PP_49_2018_FROM, List.of(
                new Rung(3, 3, Level.RINGAN, "teguranLisan", article),
                new Rung(4, 6, Level.RINGAN, "teguranTertulis", article),
                new Rung(7, sedang - 1, Level.RINGAN, "pernyataanTidakPuas", article),
                new Rung(sedang, berat - 1, Level.SEDANG, "pppkSedang", article),
                end), rules.minutesPerDay(), run,
                run == 0 ? Optional.empty() : Optional.of(new Rung(run, Integer.MAX_VALUE, Level.BERAT,
                        "pemutusanPerjanjianBerturut", article)));
    }

    /**
     * The rule set for a person and an offence date: PPPK by the office's PPPK ladder, CPNS and PNS by the
     * regulation in force that day; the office's minutes per day in every case. Empty before PP 53/2010.
     */
    public static Optional<RuleSet> forPerson(boolean pppk, LocalDate offence, DisciplineRules rules) {
        if (pppk) {
            return Optional.of(pppk(rules));
        }
        return forOffence(offence).map(r -> r.withMinutesPerDay(rules.minutesPerDay()));
    }

    /** The PNS rule set in force on the date of the offence; empty before the oldest one Tertib knows. */
    public static Optional<RuleSet> forOffence(LocalDate date) {
        return PNS.stream().filter(r -> !r.validFrom().isAfter(date)).max(Comparator.comparing(RuleSet::validFrom));
    }
}
