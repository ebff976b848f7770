package id.tertib.app;

import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.Role;
import id.tertib.domain.Unit;
import id.tertib.domain.leave.LeaveRequest;
import id.tertib.domain.performance.CoreValue;
import id.tertib.domain.performance.NoteKind;
import id.tertib.domain.performance.PerformanceNote;
import id.tertib.domain.performance.Predikat;
import id.tertib.domain.performance.Rating;
import id.tertib.domain.performance.SkpPeriod;
import id.tertib.domain.performance.SkpResult;
import id.tertib.domain.timeline.TimelineEntry;
import id.tertib.domain.timeline.TimelineEntry.Category;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.TravelKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Budi's 2026 on the March office, worked by hand: TK on 2, 3 and 6 March, 42 minutes late on 4 March, sick on 5 March,
 * annual leave 9-11 March (3 working days), a trip 24-25 March, a note and an SKP result, and a discipline case.
 */
class TimelineServiceTest {

    @TempDir
    Path dir;
    private MarchOffice office;
    private Tertib tertib;

    private static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    @BeforeEach
    void setUp() throws Exception {
        office = MarchOffice.open(dir);
        tertib = office.tertib();
        String budi = AppFixtures.NIP_BUDI;
        DailyImport daily = tertib.dailyImport();
        daily.commit(daily.preview(AppFixtures.write(dir, "maret.csv",
                "nip,date,code,arrival,departure,late_minutes,early_minutes,note\n"
                        + budi + ",2026-03-02,TK,,,,,\n" + budi + ",2026-03-03,TK,,,,,\n"
                        + budi + ",2026-03-04,TL,07:42,16:00,42,,\n" + budi + ",2026-03-05,S,,,,,surat dokter\n"
                        + budi + ",2026-03-06,TK,,,,,\n")));
        LeaveRequest leave = tertib.leave().create(new LeaveService.Draft(office.budi().id(), "CT", march(9),
                march(11), "urusan keluarga"));
        tertib.leave().approve(leave.id(), "");
        tertib.travel().save(new TravelService.Draft(0, "090/7/2026", march(20), office.seksi().id(), "DPA 2026",
                "Rapat koordinasi", "Bandung", "Jawa Barat", TravelKind.LUAR_KOTA, march(24), march(25), "", "", "",
                List.of(new Participant(office.budi().id(), 1, 2, 430_000))), null, null);
        tertib.performance().saveNote(new PerformanceNote(0, office.budi().id(), march(12), NoteKind.NEEDS_IMPROVEMENT,
                Set.of(CoreValue.AKUNTABEL), "Laporan SPJ terlambat", "Kepala Seksi", ""));
        tertib.performance().saveSkp(new SkpResult(0, office.budi().id(), 2026, SkpPeriod.Q1, Rating.AS_EXPECTED,
                Rating.BELOW, ""));
        tertib.discipline().openCase(office.budi().id(), 2026);
    }

    @Test
    void theYearReadsInDateOrderWithLeaveAndTripsAsRangesAndTheSummaryAddsUp() {
        Timeline t = tertib.timeline().timeline(office.budi().id(), 2026);

        assertThat(t.entries()).extracting(e -> e.from() + " " + e.category() + " " + e.code()).containsExactly(
                "2026-03-02 ATTENDANCE TK", "2026-03-03 ATTENDANCE TK", "2026-03-04 ATTENDANCE TL",
                "2026-03-05 ATTENDANCE S", "2026-03-06 ATTENDANCE TK", "2026-03-09 LEAVE CT", "2026-03-12 NOTE NEEDS_IMPROVEMENT",
                "2026-03-24 TRIP 090/7/2026", "2026-03-31 SKP KURANG", "2026-11-23 DISCIPLINE OPENED");
        TimelineEntry leave = t.entries().get(5);
        assertThat(leave.to()).isEqualTo(march(11));
        assertThat(leave.days()).isEqualTo(3);
        assertThat(t.entries().get(2).minutes()).isEqualTo(42);
        assertThat(t.entries().get(2).time()).isEqualTo("07:42–16:00");

        Timeline.Summary s = t.summary();
        assertThat(s.tk()).isEqualTo(3);
        assertThat(s.lateDays()).isEqualTo(1);
        assertThat(s.lateMinutes()).isEqualTo(42);
        assertThat(s.sick()).isEqualTo(1);
        assertThat(s.leaveDays()).isEqualTo(3);
        assertThat(s.trips()).isEqualTo(1);
        assertThat(s.travelDays()).isEqualTo(2);
        assertThat(s.improvements()).isEqualTo(1);
        assertThat(s.latestPredikat()).contains(Predikat.KURANG);
        assertThat(s.discipline()).hasValueSatisfying(a -> assertThat(a.totalDays()).isEqualTo(3));
    }

    @Test
    void aSectionHeadSeesHisPeopleWithoutTheirDisciplineFilesAndNoOneElse() {
        Unit other = tertib.units().save(new Unit(0, "SEK2", "Seksi Dua", office.seksi().parentId()));
        var dewi = tertib.employees().save(AppFixtures.draft(AppFixtures.NIP_DEWI, "Dewi",
                id.tertib.domain.EmploymentStatus.PNS, id.tertib.domain.Gender.FEMALE, "III/a", other.id()));
        tertib.auth().createFirstAdmin("admin", "", "rahasia-kantor");
        tertib.users().create("kasi", "Kepala Seksi Satu", Role.SECTION_HEAD, office.seksi().id(), "rahasia-kasi");
        tertib.auth().signOut();
        tertib.auth().signIn("kasi", "rahasia-kasi");

        Timeline t = tertib.timeline().timeline(office.budi().id(), 2026);
        assertThat(t.entries()).extracting(TimelineEntry::category).doesNotContain(Category.DISCIPLINE);
        assertThat(t.summary().discipline()).isEmpty();
        assertThat(tertib.timeline().people()).extracting(e -> e.name().full()).doesNotContain("Dewi");
        assertThat(refusalKeys(() -> tertib.timeline().timeline(dewi.id(), 2026)))
                .containsExactly("access.otherUnit");
    }
}
