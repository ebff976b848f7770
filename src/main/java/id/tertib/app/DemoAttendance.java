package id.tertib.app;

import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.attendance.DaySource;
import id.tertib.domain.attendance.WorkHours;
import id.tertib.store.AttendanceRepository.StoredPunch;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The demo office's attendance: what a fingerprint machine would have recorded for each person on each working day,
 * and the days people recorded by hand (sick, permission, annual leave). Each person has habits drawn from the seed:
 * most arrive between half an hour and a minute before the start; some are habitually late by a few minutes; a few
 * often leave early; everyone now and then forgets to scan out, scans at lunch or scans twice. Three people drift
 * into unexcused absence (TK), more in the current year than the year before; one of them stays away exactly ten
 * consecutive working days, across a weekend, in the current year. The same seed and people give the same data.
 */
final class DemoAttendance {

    /** How a person tends to behave. */
    enum Habit { PUNCTUAL, LATE, LEAVES_EARLY, DRIFTING }

    /** One person to generate for: the employee id and the first day they may punch (their appointment). */
    record Person(long id, LocalDate from, boolean eligibleForDrift) {
    }

    /** A working day with its hours. */
    record WorkDay(LocalDate date, WorkHours hours) {
    }

    /** What was generated. {@code run} is the ten-day absence: its person and first and last day. */
    record Plan(List<StoredPunch> punches, List<AttendanceDay> recorded, Map<Long, Habit> habits, long runPerson,
            LocalDate runFrom, LocalDate runTo) {
    }

    static final int RUN_LENGTH = 10;
    static final String NOTE = "kantor demo";
    private static final int DRIFTERS = 3;

    private final long seed;
    private final List<WorkDay> days;
    private final Predicate<LocalDate> workingDay;
    private final int currentYear;

    /**
     * @param days the working days to fill, in order (from Jan 1 of the previous year to yesterday)
     * @param workingDay whether any date is a working day (to find a run that no holiday interrupts)
     * @param currentYear the year of "today"
     */
    DemoAttendance(long seed, List<WorkDay> days, Predicate<LocalDate> workingDay, int currentYear) {
        this.seed = seed;
        this.days = days;
        this.workingDay = workingDay;
        this.currentYear = currentYear;
    }

    /** Marks days a person spends on a trip: no punch, and no leave or sickness drawn on them. */
    static final String TRAVELLING = "DL";
    /** Marks trip days on which the person punches at the office anyway (the demo's fictitious-looking trip). */
    static final String AT_THE_OFFICE = "H";

    Plan generate(List<Person> people) {
        return generate(people, Map.of());
    }

    /**
     * As {@link #generate(List)}, with days fixed beforehand per person: {@link #TRAVELLING} (no punch, nothing
     * recorded: the trip marks them) or {@link #AT_THE_OFFICE} (punches as usual, no leave drawn on them).
     */
    Plan generate(List<Person> people, Map<Long, Map<LocalDate, String>> fixed) {
        Map<Long, Habit> habits = habits(people);
        List<StoredPunch> punches = new ArrayList<>(people.size() * days.size() * 9 / 4);
        List<AttendanceDay> recorded = new ArrayList<>();
        LocalDate[] run = run();
        long runPerson = -1;
        int drifter = 0;
        for (Person p : people) {
            Habit habit = habits.get(p.id());
            Random r = new Random(seed * 1_000_003L + p.id() * 7919L);
            Style style = Style.of(habit, r);
            Map<LocalDate, String> absent = new HashMap<>(fixed.getOrDefault(p.id(), Map.of()));
            List<WorkDay> own = days.stream().filter(d -> !d.date().isBefore(p.from())).toList();
            leave(own, r, absent, habit == Habit.DRIFTING ? 0.5 : 1.0);
            if (habit == Habit.DRIFTING) {
                drift(own, r, absent, drifter);
                if (drifter == 0 && run != null) {
                    runPerson = p.id();
                    markRun(own, absent, run);
                }
                drifter++;
            }
            for (WorkDay d : own) {
                String code = absent.get(d.date());
                if (code == null || code.equals(AT_THE_OFFICE)) {
                    day(p.id(), d, style, r, punches);
                } else if (!code.equals("TK") && !code.equals(TRAVELLING)) {
                    DaySource source = code.equals("CT") ? DaySource.LEAVE : DaySource.MANUAL;
                    recorded.add(AttendanceDay.coded(p.id(), d.date(), code, source, NOTE));
                }
            }
        }
        return new Plan(punches, recorded, habits, runPerson, run == null ? null : run[0], run == null ? null : run[1]);
    }

    /** Heads and new staff keep good habits; the rest are drawn, with exactly three drifting into TK. */
    Map<Long, Habit> habits(List<Person> people) {
        Random r = new Random(seed ^ 0x5DEECE66DL);
        Map<Long, Habit> habits = new LinkedHashMap<>();
        List<Long> candidates = new ArrayList<>();
        for (Person p : people) {
            int roll = r.nextInt(100);
            habits.put(p.id(), roll < 14 ? Habit.LATE : roll < 22 ? Habit.LEAVES_EARLY : Habit.PUNCTUAL);
            if (p.eligibleForDrift()) {
                candidates.add(p.id());
            }
        }
        for (int i = 0; i < DRIFTERS && !candidates.isEmpty(); i++) {
            habits.put(candidates.remove(r.nextInt(candidates.size())), Habit.DRIFTING);
        }
        return habits;
    }

    /** Sick days, permission and annual leave per year, in short blocks on days not yet taken. */
    private void leave(List<WorkDay> own, Random r, Map<LocalDate, String> absent, double scale) {
        Map<Integer, List<WorkDay>> byYear = new LinkedHashMap<>();
        own.forEach(d -> byYear.computeIfAbsent(d.date().getYear(), k -> new ArrayList<>()).add(d));
        for (List<WorkDay> year : byYear.values()) {
            double share = Math.min(1.0, year.size() / 245.0) * scale;
            block(year, r, absent, "CT", (int) Math.round((4 + r.nextInt(9)) * share), 5);
            block(year, r, absent, "S", (int) Math.round(r.nextInt(6) * share), 3);
            block(year, r, absent, "I", (int) Math.round(r.nextInt(3) * share), 1);
        }
    }

    /** Marks {@code total} days with the code, in blocks of at most {@code longest} consecutive working days. */
    private static void block(List<WorkDay> year, Random r, Map<LocalDate, String> absent, String code, int total,
            int longest) {
        for (int tries = 0; total > 0 && tries < 50 && !year.isEmpty(); tries++) {
            int start = r.nextInt(year.size());
            int length = Math.min(total, 1 + r.nextInt(longest));
            for (int i = start; i < Math.min(year.size(), start + length); i++) {
                if (absent.putIfAbsent(year.get(i).date(), code) == null) {
                    total--;
                }
            }
        }
    }

    /**
     * Unexcused absence that grows: a few lone days the year before, then more and longer stretches as the current
     * year goes on. The second and third drifter are milder than the first.
     */
    private void drift(List<WorkDay> own, Random r, Map<LocalDate, String> absent, int which) {
        double strength = which == 0 ? 1.0 : which == 1 ? 0.8 : 0.4;
        for (int i = 0; i < own.size(); i++) {
            LocalDate date = own.get(i).date();
            double p = date.getYear() < currentYear ? (date.getMonthValue() >= 7 ? 0.015 : 0.006)
                    : 0.01 + 0.006 * date.getMonthValue();
            if (absent.containsKey(date) || r.nextDouble() >= p * strength) {
                continue;
            }
            int length = date.getYear() < currentYear ? 1 : 1 + r.nextInt(3);
            for (int k = i; k < Math.min(own.size(), i + length); k++) {
                absent.putIfAbsent(own.get(k).date(), "TK");
            }
        }
    }

    /** Exactly ten working days without a punch: present (and punching) on the working days either side. */
    private void markRun(List<WorkDay> own, Map<LocalDate, String> absent, LocalDate[] run) {
        for (int i = 0; i < own.size(); i++) {
            LocalDate d = own.get(i).date();
            if (!d.isBefore(run[0]) && !d.isAfter(run[1])) {
                absent.put(d, "TK");
                if (own.get(i - 1).date().isBefore(run[0])) {
                    absent.remove(own.get(i - 1).date());
                }
                if (i + 1 < own.size() && own.get(i + 1).date().isAfter(run[1])) {
                    absent.remove(own.get(i + 1).date());
                }
            }
        }
    }

    /**
     * Ten working days from a Monday to the Friday after next, no holiday among them, with a working day before and
     * after; the latest such run ending at least two weeks before the last day, in the current year when it fits.
     */
    private LocalDate[] run() {
        if (days.size() < RUN_LENGTH + 20) {
            return null;
        }
        LocalDate last = days.get(days.size() - 1).date().minusWeeks(2);
        LocalDate first = days.get(0).date().plusDays(7);
        LocalDate monday = last.minusDays(last.getDayOfWeek().getValue() - 1L).minusWeeks(2);
        for (; !monday.isBefore(first); monday = monday.minusWeeks(1)) {
            LocalDate friday = monday.plusDays(11);
            if (consecutive(monday, friday) && workingDay.test(monday.minusDays(3)) && workingDay.test(friday.plusDays(3))) {
                return new LocalDate[] {monday, friday};
            }
        }
        return null;
    }

    private boolean consecutive(LocalDate monday, LocalDate friday) {
        int n = 0;
        for (LocalDate d = monday; !d.isAfter(friday); d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !workingDay.test(d)) {
                return false;
            }
            n += weekend ? 0 : 1;
        }
        return n == RUN_LENGTH;
    }

    /** A person's habits as chances per working day, and how far from the start and end they land. */
    private record Style(double late, int lateMax, double early, int earlyMax, double missingOut, double lunch,
            double twice, double face) {
        static Style of(Habit habit, Random r) {
            double missing = 0.005 + r.nextDouble() * 0.03;
            double lunch = 0.02 + r.nextDouble() * 0.08;
            double twice = 0.01 + r.nextDouble() * 0.05;
            double face = r.nextInt(3) == 0 ? 0.9 : 0.05;
            return switch (habit) {
                case PUNCTUAL -> new Style(0.02 + r.nextDouble() * 0.03, 10, 0.01 + r.nextDouble() * 0.02, 15,
                        missing, lunch, twice, face);
                case LATE -> new Style(0.35 + r.nextDouble() * 0.25, 25, 0.02, 15, missing, lunch, twice, face);
                case LEAVES_EARLY -> new Style(0.04, 10, 0.25 + r.nextDouble() * 0.2, 45, missing * 2, lunch, twice,
                        face);
                case DRIFTING -> new Style(0.25 + r.nextDouble() * 0.2, 40, 0.1, 30, missing * 3, lunch, twice, face);
            };
        }
    }

    /** The scans of one present day. */
    private static void day(long id, WorkDay d, Style s, Random r, List<StoredPunch> out) {
        WorkHours h = d.hours();
        String verify = r.nextDouble() < s.face() ? "15" : "1";
        LocalTime arrival = r.nextDouble() < s.late()
                ? h.start().plusMinutes(1 + skewed(r, s.lateMax())).plusSeconds(r.nextInt(60))
                : h.start().minusMinutes(1 + r.nextInt(30)).plusSeconds(r.nextInt(60));
        add(out, id, d.date(), arrival, r.nextInt(25) == 0 ? "1" : "0", verify);
        if (r.nextDouble() < s.twice()) {
            add(out, id, d.date(), arrival.plusSeconds(3 + r.nextInt(20)), "0", verify);
        }
        if (h.breakStart() != null && r.nextDouble() < s.lunch()) {
            add(out, id, d.date(), h.breakStart().plusMinutes(5 + r.nextInt(40)).plusSeconds(r.nextInt(60)), "2",
                    verify);
        }
        if (r.nextDouble() < s.missingOut()) {
            return;
        }
        LocalTime departure = r.nextDouble() < s.early()
                ? h.end().minusMinutes(1 + skewed(r, s.earlyMax())).plusSeconds(r.nextInt(60))
                : h.end().plusMinutes(r.nextInt(50)).plusSeconds(r.nextInt(60));
        add(out, id, d.date(), departure, r.nextInt(25) == 0 ? "0" : "1", verify);
    }

    /** Minutes from 0 to {@code max - 1}, small ones more often (a few minutes late is common, an hour is rare). */
    private static int skewed(Random r, int max) {
        return Math.min(r.nextInt(max), r.nextInt(max));
    }

    private static void add(List<StoredPunch> out, long id, LocalDate date, LocalTime time, String state, String verify) {
        out.add(new StoredPunch(id, LocalDateTime.of(date, time), state, verify));
    }
}
