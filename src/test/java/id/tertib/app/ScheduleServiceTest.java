package id.tertib.app;

import static id.tertib.app.AppFixtures.refusal;
import static id.tertib.app.AppFixtures.refusalKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.domain.attendance.Schedule;
import id.tertib.domain.attendance.ScheduleRules;
import id.tertib.domain.attendance.WorkHours;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schedules per unit with their validity, the office's Ramadan dates, and the schedules' audit trail. */
class ScheduleServiceTest {

    @TempDir
    Path dir;

    private Tertib tertib;
    private ScheduleService schedules;
    private Unit unit;

    @BeforeEach
    void setUp() {
        tertib = AppFixtures.open(dir);
        tertib.demo().fill(1, 10);
        tertib.auth().signIn("hr", DemoService.DEMO_PASSWORD);
        schedules = tertib.schedules();
        unit = tertib.units().list().get(1);
    }

    private static ScheduleService.Entry draft(Long unitId, LocalDate from, LocalDate to) {
        Schedule s = Schedule.perpres21_2023();
        return new ScheduleService.Entry(null, new Schedule(unitId, from, to, s.week(), 59, List.of()),
                Schedule.perpres21_2023RamadanWeek(), "");
    }

    private static Map<DayOfWeek, WorkHours> with(Map<DayOfWeek, WorkHours> week, DayOfWeek day, WorkHours h) {
        Map<DayOfWeek, WorkHours> m = new EnumMap<>(week);
        if (h == null) {
            m.remove(day);
        } else {
            m.put(day, h);
        }
        return m;
    }

    @Test
    void withNothingStoredTheListShowsThePerpresDefaultForTheWholeOffice() {
        List<ScheduleService.Entry> list = schedules.schedules();

        assertThat(list).hasSize(1);
        ScheduleService.Entry office = list.get(0);
        assertThat(office.stored()).isFalse();
        assertThat(office.schedule().unitId()).isNull();
        assertThat(office.schedule().weeklyHours()).isEqualTo(Duration.ofMinutes(37 * 60 + 30));
        assertThat(office.ramadanWeek().get(DayOfWeek.FRIDAY)).isEqualTo(WorkHours.of("08:00", "15:30", "11:30", "12:30"));
    }

    @Test
    void savingTheDefaultWithALaterFridayStoresItAndTheDefaultIsNoLongerListed() {
        ScheduleService.Entry office = schedules.schedules().get(0);
        Schedule s = office.schedule();
        Schedule changed = new Schedule(null, null, null,
                with(s.week(), DayOfWeek.FRIDAY, WorkHours.of("07:30", "17:00", "11:30", "13:00")), 59, List.of());

        ScheduleService.Entry saved = schedules.save(new ScheduleService.Entry(null, changed, office.ramadanWeek(), ""));

        assertThat(saved.stored()).isTrue();
        List<ScheduleService.Entry> list = schedules.schedules();
        assertThat(list).extracting(ScheduleService.Entry::id).containsExactly(saved.id());
        assertThat(list.get(0).schedule().week().get(DayOfWeek.FRIDAY).end()).hasToString("17:00");
        // 4 x 7.5 h + 8 h on Friday
        assertThat(list.get(0).schedule().weeklyHours()).isEqualTo(Duration.ofHours(38));
    }

    @Test
    void aUnitScheduleIsListedWithItsUnitAndChangesInPlace() {
        ScheduleService.Entry saved = schedules.save(draft(unit.id(), LocalDate.of(2026, 1, 1), null));
        Schedule later = new Schedule(unit.id(), LocalDate.of(2026, 2, 1), null, saved.schedule().week(), 120,
                List.of());

        schedules.save(new ScheduleService.Entry(saved.id(), later, saved.ramadanWeek(), ""));

        List<ScheduleService.Entry> list = schedules.schedules();
        assertThat(list).extracting(e -> e.stored(), ScheduleService.Entry::unitName, e -> e.schedule().validFrom(),
                e -> e.schedule().toleranceSeconds())
                .containsExactly(tuple(false, "", null, 59), tuple(true, unit.name(), LocalDate.of(2026, 2, 1), 120));
    }

    @Test
    void refusesAnOverlappingValidityOfTheSameUnitButNotOfAnother() {
        schedules.save(draft(unit.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)));

        List<Problem> problems = refusal(() -> schedules.save(draft(unit.id(), LocalDate.of(2026, 6, 1), null)));

        assertThat(problems).containsExactly(Problem.of("validFrom", "schedule.validityOverlap", unit.id(),
                ScheduleRules.validity(LocalDate.of(2026, 6, 1), null),
                ScheduleRules.validity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30))));
        assertThat(new I18n(I18n.INDONESIAN).text(problems.get(0))).startsWith(
                "Masa berlaku mulai 1 Jun 2026 bertumpang tindih dengan jadwal lain unit ini (1 Jan 2026 s.d. 30 Jun 2026).");
        // the next day is fine, and another unit may use the same dates
        schedules.save(draft(unit.id(), LocalDate.of(2026, 7, 1), null));
        schedules.save(draft(tertib.units().list().get(2).id(), LocalDate.of(2026, 6, 1), null));
        assertThat(schedules.schedules()).hasSize(4);
    }

    @Test
    void reportsEveryProblemOfTheHoursWithTheDayInWords() {
        Schedule s = Schedule.perpres21_2023();
        Map<DayOfWeek, WorkHours> week = with(s.week(), DayOfWeek.FRIDAY, WorkHours.of("07:30", "07:00", "11:30", "13:00"));
        Map<DayOfWeek, WorkHours> ramadan = with(Schedule.perpres21_2023RamadanWeek(), DayOfWeek.MONDAY,
                new WorkHours(java.time.LocalTime.of(8, 0), java.time.LocalTime.of(15, 0), java.time.LocalTime.NOON, null));

        List<Problem> problems = refusal(() -> schedules.save(new ScheduleService.Entry(null,
                new Schedule(unit.id(), LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 31), week, 4000, List.of()),
                ramadan, "")));

        assertThat(problems).extracting(Problem::field).containsExactly("validTo", "toleranceSeconds",
                "week.FRIDAY", "ramadan.MONDAY");
        I18n id = new I18n(I18n.INDONESIAN);
        assertThat(id.text(problems.get(2))).isEqualTo("Jumat: jam pulang 07:00 tidak boleh sebelum jam masuk 07:30.");
        assertThat(new I18n(I18n.ENGLISH).text(problems.get(3))).startsWith("Monday:");
        assertThat(schedules.schedules()).hasSize(1);
    }

    @Test
    void refusesAWeekWithoutWorkingDays() {
        assertThat(refusalKeys(() -> schedules.save(new ScheduleService.Entry(null,
                new Schedule(unit.id(), null, null, Map.of(), 59, List.of()), Map.of(), ""))))
                .containsExactly("schedule.noWorkingDay", "schedule.noRamadanDay");
    }

    @Test
    void sectionHeadsAndViewersReadButDoNotChange() {
        ScheduleService.Entry saved = schedules.save(draft(unit.id(), LocalDate.of(2026, 1, 1), null));
        tertib.auth().signOut();
        tertib.auth().signIn("kasi", DemoService.DEMO_PASSWORD);

        assertThat(tertib.schedules().schedules()).hasSize(2);
        assertThat(tertib.schedules().codes()).isNotEmpty();
        assertThat(refusalKeys(() -> tertib.schedules().save(draft(unit.id(), LocalDate.of(2027, 1, 1), null))))
                .containsExactly("access.staffData");
        assertThat(refusalKeys(() -> tertib.schedules().delete(saved.id()))).containsExactly("access.staffData");
        assertThat(refusalKeys(() -> tertib.schedules().saveRamadan(null,
                new ScheduleService.Ramadan(LocalDate.of(2026, 2, 18), LocalDate.of(2026, 3, 19)))))
                .containsExactly("access.staffData");
        assertThat(refusalKeys(() -> tertib.schedules().addCode("DK", "Dinas khusus",
                id.tertib.domain.attendance.AttendanceCode.Kind.DUTY))).containsExactly("access.staffData");
    }

    @Test
    void everyChangeIsInTheAuditTrail() {
        ScheduleService.Entry saved = schedules.save(draft(unit.id(), LocalDate.of(2026, 1, 1), null));
        Schedule s = saved.schedule();
        schedules.save(new ScheduleService.Entry(saved.id(), new Schedule(s.unitId(), s.validFrom(), null,
                with(s.week(), DayOfWeek.FRIDAY, WorkHours.of("07:30", "17:00", "11:30", "13:00")), 59, List.of()),
                saved.ramadanWeek(), ""));
        schedules.delete(saved.id());

        var entries = tertib.audit().list(new AuditService.Filter("hr", "schedule", null, null));
        assertThat(entries).extracting(AuditService.Change::action).containsExactly(
                id.tertib.domain.AuditAction.DELETE, id.tertib.domain.AuditAction.UPDATE,
                id.tertib.domain.AuditAction.CREATE);
        AuditService.Change update = entries.get(1);
        assertThat(update.entityId()).isEqualTo(saved.id());
        assertThat(update.label()).isEqualTo(unit.name() + " 2026-01-01..");
        assertThat(update.before()).containsEntry("day_5", "07:30-16:30, 11:30-13:00");
        assertThat(update.after()).containsEntry("day_5", "07:30-17:00, 11:30-13:00").containsEntry("day_6", "")
                .containsEntry("ramadan_1", "08:00-15:00, 12:00-12:30");
        assertThat(schedules.schedules()).hasSize(1);
    }

    @Test
    void ramadanDatesAreCheckedChangedAndDeletedWithTheirTrail() {
        var r2026 = new ScheduleService.Ramadan(LocalDate.of(2026, 2, 18), LocalDate.of(2026, 3, 19));
        schedules.saveRamadan(null, r2026);

        assertThat(refusalKeys(() -> schedules.saveRamadan(null,
                new ScheduleService.Ramadan(LocalDate.of(2026, 3, 19), LocalDate.of(2026, 3, 30)))))
                .containsExactly("schedule.ramadanOverlap");
        assertThat(refusalKeys(() -> schedules.saveRamadan(null,
                new ScheduleService.Ramadan(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 3, 20)))))
                .as("41 days").containsExactly("schedule.ramadanTooLong");
        assertThat(refusalKeys(() -> schedules.saveRamadan(null,
                new ScheduleService.Ramadan(LocalDate.of(2027, 3, 9), LocalDate.of(2027, 2, 8)))))
                .containsExactly("schedule.ramadanEndBeforeStart");

        // A later sighting: the period moves by a day, which overlaps only itself.
        schedules.saveRamadan(r2026.from(), new ScheduleService.Ramadan(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 20)));
        assertThat(schedules.ramadan()).containsExactly(
                new ScheduleService.Ramadan(LocalDate.of(2026, 2, 19), LocalDate.of(2026, 3, 20)));
        schedules.deleteRamadan(LocalDate.of(2026, 2, 19));
        assertThat(schedules.ramadan()).isEmpty();
        assertThat(tertib.audit().list(new AuditService.Filter("hr", "ramadan_period", null, null)))
                .extracting(AuditService.Change::action).containsExactly(id.tertib.domain.AuditAction.DELETE,
                        id.tertib.domain.AuditAction.UPDATE, id.tertib.domain.AuditAction.CREATE);
    }

    @Test
    void aScheduleStartingDuringRamadanHoldsOnlyItsPartOfIt() {
        schedules.saveRamadan(null, new ScheduleService.Ramadan(LocalDate.of(2026, 2, 18), LocalDate.of(2026, 3, 19)));
        schedules.save(draft(unit.id(), LocalDate.of(2026, 3, 1), null));

        // Saving another schedule checks the whole set again: the stored one must not fail on its Ramadan part.
        schedules.save(draft(unit.id(), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 2, 28)));

        assertThat(schedules.schedules()).hasSize(3);
    }
}
