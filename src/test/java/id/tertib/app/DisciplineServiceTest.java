package id.tertib.app;

import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Role;
import id.tertib.domain.discipline.DisciplineCase;
import id.tertib.domain.discipline.DisciplineRules;
import id.tertib.domain.discipline.Level;
import id.tertib.domain.discipline.LetterKind;
import id.tertib.domain.discipline.Rung;
import id.tertib.domain.discipline.StepKind;
import id.tertib.domain.discipline.TeamMember;
import id.tertib.domain.discipline.TeamRole;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discipline on a real database, figures worked by hand. March 2026 (Nyepi 19, cuti bersama 20 March): Budi (PNS) TK
 * on 2-4 March, 300 minutes late on 5 March and 150 minutes early on 6 March (450 minutes, one day), sick on 9 March:
 * 4 days, a written warning. Siti (PPPK) TK on every working day from 16 to 31 March: 3 + 5 + 2 = 10 working days in
 * a row across Nyepi, which ends a PPPK contract.
 */
class DisciplineServiceTest {

    @TempDir
    Path dir;
    private MarchOffice office;
    private Tertib tertib;

    @BeforeEach
    void setUp() throws Exception {
        office = MarchOffice.open(dir);
        tertib = office.tertib();
        StringBuilder csv = new StringBuilder("nip,date,code,arrival,departure,late_minutes,early_minutes,note\n");
        String budi = AppFixtures.NIP_BUDI;
        csv.append(budi).append(",2026-03-02,TK,,,,,\n").append(budi).append(",2026-03-03,TK,,,,,\n")
                .append(budi).append(",2026-03-04,TK,,,,,\n")
                .append(budi).append(",2026-03-05,TL,12:30,16:00,300,,\n")
                .append(budi).append(",2026-03-06,PSW,07:30,14:00,,150,\n")
                .append(budi).append(",2026-03-09,S,,,,,surat dokter\n");
        for (int day : new int[] {16, 17, 18, 23, 24, 25, 26, 27, 30, 31}) {
            csv.append(AppFixtures.NI_SITI).append(",2026-03-").append(day).append(",TK,,,,,\n");
        }
        DailyImport daily = tertib.dailyImport();
        daily.commit(daily.preview(AppFixtures.write(dir, "maret.csv", csv.toString())));
    }

    private DisciplineRow row(List<DisciplineRow> rows, long employeeId) {
        return rows.stream().filter(r -> r.person().id() == employeeId).findFirst().orElseThrow();
    }

    @Test
    void eachPersonIsAssessedUnderTheirRuleSetMostDaysFirst() {
        List<DisciplineRow> rows = tertib.discipline().assess(new DisciplineService.Query(2026, null, false));

        assertThat(rows).extracting(r -> r.person().name().full()).containsExactly("Siti", "Budi");
        DisciplineRow budi = row(rows, office.budi().id());
        assertThat(budi.assessment().tkDays()).isEqualTo(3);
        assertThat(budi.assessment().lateMinutes()).isEqualTo(300);
        assertThat(budi.assessment().earlyMinutes()).isEqualTo(150);
        assertThat(budi.assessment().convertedDays()).isEqualTo(1);
        assertThat(budi.assessment().totalDays()).isEqualTo(4);
        assertThat(budi.assessment().rules().id()).isEqualTo("PP94/2021");
        assertThat(budi.assessment().rung().map(Rung::punishment)).contains("teguranTertulis");
        assertThat(budi.tally().unexcused()).extracting(d -> d.date().getDayOfMonth()).containsExactly(2, 3, 4);
        assertThat(budi.latestIncidents(2)).containsExactly(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 5));

        DisciplineRow siti = row(rows, office.siti().id());
        assertThat(siti.assessment().rules().id()).isEqualTo("PP49/2018");
        assertThat(siti.assessment().run().length()).isEqualTo(10);
        assertThat(siti.assessment().byRun()).isTrue();
        assertThat(siti.assessment().rung().map(Rung::punishment)).contains("pemutusanPerjanjianBerturut");

        assertThat(tertib.discipline().assess(new DisciplineService.Query(2026, null, true)))
                .extracting(r -> r.person().name().full()).containsExactly("Siti", "Budi", "Baru");
        assertThat(tertib.discipline().assess(new DisciplineService.Query(2025, null, false))).isEmpty();
    }

    @Test
    void theOfficeMinutesPerDayChangeTheConversion() {
        tertib.discipline().saveRules(new DisciplineRules(500, 2, 11, 21, 10), "ketentuan daerah");

        DisciplineRow budi = tertib.discipline().person(office.budi().id(), 2026);

        assertThat(budi.assessment().convertedDays()).isZero();
        assertThat(budi.assessment().totalDays()).isEqualTo(3);
        assertThat(budi.assessment().rules().minutesPerDay()).isEqualTo(500);
        assertThat(tertib.discipline().rules().minutesPerDay()).isEqualTo(500);
    }

    @Test
    void earlyWarningListsThoseAtOrNearAThreshold() {
        tertib.discipline().saveRules(new DisciplineRules(450, 0, 11, 21, 10), "hanya yang sudah mencapai");

        assertThat(tertib.discipline().earlyWarning(2026, office.seksi().id()))
                .extracting(r -> r.person().name().full()).containsExactlyInAnyOrder("Siti", "Budi");
    }

    @Test
    void aCaseIsOpenedFromTheAssessmentAndFollowsTheProcedure() {
        DisciplineCase c = tertib.discipline().openCase(office.budi().id(), 2026);

        assertThat(c.level()).isEqualTo(Level.RINGAN);
        assertThat(c.totalDays()).isEqualTo(4);
        assertThat(c.openedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(refusalKeys(() -> tertib.discipline().openCase(office.budi().id(), 2026)))
                .containsExactly("discipline.case.alreadyOpen");
        assertThat(refusalKeys(() -> tertib.discipline().openCase(office.baru().id(), 2026)))
                .containsExactly("discipline.case.noRung");

        tertib.discipline().addStep(c.id(), StepKind.SUMMONS_1, LocalDate.of(2026, 11, 23), "800/12/BKPSDM", "");
        CaseFile file = tertib.discipline().caseFile(c.id());
        // Monday 23 Nov + 7 working days = Wednesday 2 Dec.
        assertThat(file.examinationDue()).contains(LocalDate.of(2026, 12, 2));
        assertThat(file.overdue()).isFalse();
        assertThat(file.c().steps()).extracting(s -> s.actor()).containsExactly("setup");
        assertThat(tertib.discipline().assess(new DisciplineService.Query(2026, null, false)).stream()
                .filter(r -> r.person().id() == office.budi().id()).findFirst().orElseThrow().openCaseId())
                .contains(c.id());

        assertThat(refusalKeys(() -> tertib.discipline().addStep(c.id(), StepKind.DECISION,
                LocalDate.of(2026, 11, 24), "", ""))).containsExactly("discipline.step.order");
        tertib.discipline().addStep(c.id(), StepKind.CLOSED, LocalDate.of(2026, 11, 24), "",
                "TK 2-4 Maret ternyata tugas luar, surat tugas menyusul");
        assertThat(tertib.discipline().cases(2026, true)).isEmpty();
        assertThat(tertib.discipline().cases(2026, false)).hasSize(1);
        // Once closed, a new case for the year may be opened again.
        assertThat(tertib.discipline().openCase(office.budi().id(), 2026).id()).isNotEqualTo(c.id());
    }

    @Test
    void aSevereCaseNeedsItsTeamAndKeepsEditedLetters() {
        DisciplineCase c = tertib.discipline().openCase(office.siti().id(), 2026);
        tertib.discipline().addStep(c.id(), StepKind.SUMMONS_1, LocalDate.of(2026, 11, 23), "", "");

        assertThat(refusalKeys(() -> tertib.discipline().addStep(c.id(), StepKind.EXAMINATION,
                LocalDate.of(2026, 11, 25), "", ""))).containsExactly("discipline.step.teamRequired");
        tertib.discipline().setTeam(c.id(), List.of(new TeamMember("Drs. Ahmad Fauzi", "", TeamRole.SUPERIOR),
                new TeamMember("Inspektur Pembantu II", "", TeamRole.INSPECTORATE)));
        tertib.discipline().addStep(c.id(), StepKind.EXAMINATION, LocalDate.of(2026, 11, 25), "BAP/01", "");

        tertib.discipline().saveLetter(c.id(), LetterKind.BAP, "Pada hari ini ... (diubah petugas)");
        assertThat(tertib.discipline().storedLetter(c.id(), LetterKind.BAP).orElseThrow().body())
                .isEqualTo("Pada hari ini ... (diubah petugas)");
        assertThat(tertib.discipline().storedLetter(c.id(), LetterKind.SUMMONS_1)).isEmpty();
        assertThat(tertib.discipline().casesOf(office.siti().id())).hasSize(1);
        assertThat(tertib.discipline().caseFile(c.id()).c().team()).hasSize(2);
    }

    @Test
    void onlyHrOfficersAndAdministratorsSeeDisciplineFiles() {
        DisciplineCase c = tertib.discipline().openCase(office.budi().id(), 2026);
        tertib.auth().createFirstAdmin("admin", "", "rahasia-kantor");
        tertib.users().create("kasi", "Kepala Seksi", Role.SECTION_HEAD, office.seksi().id(), "rahasia-kasi");
        tertib.auth().signOut();
        tertib.auth().signIn("kasi", "rahasia-kasi");

        assertThat(refusalKeys(() -> tertib.discipline().assess(new DisciplineService.Query(2026, null, false))))
                .containsExactly("access.discipline");
        assertThat(refusalKeys(() -> tertib.discipline().caseFile(c.id()))).containsExactly("access.discipline");
        assertThat(refusalKeys(() -> tertib.discipline().openCase(office.budi().id(), 2026)))
                .containsExactly("access.discipline");
        assertThat(tertib.discipline().casesOf(office.budi().id())).isEmpty();
    }

    @Test
    void draftLettersCarryTheFactsAndTheOfficersEditWins() {
        DisciplineCase c = tertib.discipline().openCase(office.budi().id(), 2026);
        tertib.discipline().addStep(c.id(), StepKind.SUMMONS_1, LocalDate.of(2026, 11, 23), "", "");

        String bap = tertib.discipline().letter(c.id(), LetterKind.BAP, I18n.INDONESIAN);
        assertThat(bap).startsWith("BERITA ACARA PEMERIKSAAN")
                .contains("Budi", AppFixtures.NIP_BUDI, "3 hari kerja, yaitu 2 Mar 2026, 3 Mar 2026, 4 Mar 2026",
                        "300 menit", "150 menit", "450 menit = 1 hari kerja", "4 hari kerja", "PP 94/2021 Pasal 9",
                        "Teguran tertulis")
                .doesNotContain("{");
        String second = tertib.discipline().letter(c.id(), LetterKind.SUMMONS_2, I18n.ENGLISH);
        assertThat(second).startsWith("SUMMONS II").contains("Summons I of 23 Nov 2026").doesNotContain("{");

        tertib.discipline().saveLetter(c.id(), LetterKind.SUMMONS_1, "Surat yang sudah diketik ulang");
        assertThat(tertib.discipline().letter(c.id(), LetterKind.SUMMONS_1, I18n.INDONESIAN))
                .isEqualTo("Surat yang sudah diketik ulang");
        assertThat(refusalKeys(() -> tertib.discipline().saveLetter(c.id(), LetterKind.BAP, "  ")))
                .containsExactly("discipline.letter.empty");
    }
}
