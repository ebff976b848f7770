package id.tertib.domain.discipline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rule sets Tertib knows, chosen by the date of the offence. PP 94/2021 (in force 31 Aug 2021, art. 9-11)
 * replaced PP 53/2010, whose ladder still decides archived cases. Lateness and early departure count as days at 450
 * minutes (7.5 hours) a day: explicit in PP 53/2010, widely applied under PP 94/2021, and configurable (verify). The
 * PPPK ladder (PP 49/2018) mirrors the PNS thresholds here until an office sets its own (verify).
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

    private RuleSets() {
    }

    /** The PNS rule set in force on the date of the offence; empty before the oldest one Tertib knows. */
    public static Optional<RuleSet> forOffence(LocalDate date) {
        return PNS.stream().filter(r -> !r.validFrom().isAfter(date)).max(Comparator.comparing(RuleSet::validFrom));
    }
}
