package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.Unit;
import id.tertib.domain.UnitTree;
import id.tertib.domain.discipline.Assessment;
import id.tertib.domain.discipline.CaseStep;
import id.tertib.domain.discipline.DisciplineCase;
import id.tertib.domain.discipline.DisciplineRules;
import id.tertib.domain.discipline.LetterKind;
import id.tertib.domain.discipline.RuleSet;
import id.tertib.domain.discipline.RuleSets;
import id.tertib.domain.discipline.StepKind;
import id.tertib.domain.discipline.TeamMember;
import id.tertib.domain.discipline.YearTally;
import id.tertib.store.DisciplineRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Discipline for unexcused absence (PP 94/2021 and the rule sets before and beside it): each person's year assessed,
 * the early warning, and cases from opening to closing with their team and letters. Confidential: HR officers and
 * administrators only, checked in every call. Every change is audited.
 */
public final class DisciplineService {

    /** Which people to assess: a unit with its sub-units (null for all), and everyone or only those with a figure. */
    public record Query(int year, Long unitId, boolean everyone) {
    }

    private final Transactions tx;
    private final Clock clock;
    private final OutputFiles outputs;

    DisciplineService(Transactions tx, Clock clock, OutputFiles outputs) {
        this.tx = tx;
        this.clock = clock;
        this.outputs = outputs;
    }

    public DisciplineRules rules() {
        return tx.read(DisciplineSettings::load);
    }

    /** Administrators change the office's rules; the change and its reason are audited. */
    public void saveRules(DisciplineRules rules, String reason) {
        tx.write(w -> {
            w.access().require(w.access().canAdminister(), "access.admin");
            DisciplineRules before = DisciplineSettings.load(w);
            DisciplineSettings.save(w, rules);
            w.audit().disciplineRules(DisciplineSettings.values(before), DisciplineSettings.values(rules), reason);
            return null;
        });
    }

    /**
     * Every person in scope assessed for the year, most unexcused days first; only people with a figure (days, minutes
     * or a run) unless {@link Query#everyone()}.
     */
    public List<DisciplineRow> assess(Query q) {
        return tx.read(w -> rows(w, q));
    }

    /** Those at a threshold or within the office's warning distance of the next one, by unit then most days. */
    public List<DisciplineRow> earlyWarning(int year, Long unitId) {
        return tx.read(w -> {
            int within = DisciplineSettings.load(w).warningDays();
            return rows(w, new Query(year, unitId, false)).stream()
                    .filter(r -> r.assessment().nearThreshold(within))
                    .sorted(Comparator.comparing(DisciplineRow::unitName)
                            .thenComparing(r -> -r.assessment().totalDays()))
                    .toList();
        });
    }

    /** One person's year, with every day behind the figures. */
    public DisciplineRow person(long employeeId, int year) {
        return tx.read(w -> {
            requireDiscipline(w);
            Employee e = employee(w, employeeId);
            DisciplineFacts facts = DisciplineFacts.load(w);
            YearTally tally = facts.tally(w, e, year);
            return new DisciplineRow(e, unitNames(w).getOrDefault(e.unitId(), ""), tally,
                    facts.assess(e, tally, today()), openCase(w, e.id(), year).map(DisciplineCase::id));
        });
    }

    /**
     * Opens a case from the person's current assessment for the year. Refused below the first rung and while a case
     * for the same person and year is still open.
     */
    public DisciplineCase openCase(long employeeId, int year) {
        return tx.write(w -> {
            requireDiscipline(w);
            Employee e = employee(w, employeeId);
            if (openCase(w, employeeId, year).isPresent()) {
                throw new DomainException(Problem.of(null, "discipline.case.alreadyOpen", e.name().full(), year));
            }
            DisciplineFacts facts = DisciplineFacts.load(w);
            Assessment a = facts.assess(e, facts.tally(w, e, year), today());
            DisciplineCase c = w.store().discipline().insert(DisciplineCase.open(e.id(), year, a, today(),
                    w.access().actor()));
            w.audit().disciplineCase(c, e, null, DisciplineAudit.opened(c));
            return c;
        });
    }

    /** Records the next step of a case after checking the procedure's order, dates and team. */
    public DisciplineCase addStep(long caseId, StepKind kind, LocalDate date, String document, String note) {
        return tx.write(w -> {
            requireDiscipline(w);
            DisciplineCase c = find(w, caseId);
            CaseStep step = new CaseStep(0, kind, date, w.access().actor(), document, note);
            c.check(step);
            CaseStep stored = w.store().discipline().insertStep(caseId, step);
            List<CaseStep> steps = new ArrayList<>(c.steps());
            steps.add(stored);
            w.audit().disciplineCase(c, employee(w, c.employeeId()), null, DisciplineAudit.step(stored));
            return c.withSteps(steps);
        });
    }

    /** Replaces the examination team (sedang and berat cases). */
    public DisciplineCase setTeam(long caseId, List<TeamMember> team) {
        return tx.write(w -> {
            requireDiscipline(w);
            DisciplineCase c = find(w, caseId);
            if (c.isClosed()) {
                throw new DomainException(Problem.of(null, "discipline.step.closed"));
            }
            w.store().discipline().replaceTeam(caseId, team);
            w.audit().disciplineCase(c, employee(w, c.employeeId()), DisciplineAudit.team(c.team()),
                    DisciplineAudit.team(team));
            return c.withTeam(team);
        });
    }

    /** Cases, newest first, with their deadlines; {@code year} null for all years. */
    public List<CaseFile> cases(Integer year, boolean openOnly) {
        return tx.read(w -> {
            requireDiscipline(w);
            DisciplineFacts facts = DisciplineFacts.load(w);
            Map<Long, String> units = unitNames(w);
            Map<Long, Employee> people = new HashMap<>();
            w.employees().findAll().forEach(e -> people.put(e.id(), e));
            List<CaseFile> out = new ArrayList<>();
            for (DisciplineCase c : w.store().discipline().all(year)) {
                if (openOnly && c.isClosed()) {
                    continue;
                }
                out.add(file(c, people.get(c.employeeId()), units, facts));
            }
            return out;
        });
    }

    public CaseFile caseFile(long caseId) {
        return tx.read(w -> {
            requireDiscipline(w);
            DisciplineCase c = find(w, caseId);
            return file(c, employee(w, c.employeeId()), unitNames(w), DisciplineFacts.load(w));
        });
    }

    /** A case with the person's year as it stands now (the case keeps the figures of its opening). */
    public record CaseDetail(CaseFile file, DisciplineRow year) {
    }

    public CaseDetail caseDetail(long caseId) {
        return tx.read(w -> detail(w, caseId));
    }

    /** The letter of a case: the officer's edit if there is one, otherwise a fresh draft in {@code locale}. */
    public String letter(long caseId, LetterKind kind, java.util.Locale locale) {
        return tx.read(w -> {
            CaseDetail d = detail(w, caseId);
            var stored = w.store().discipline().letters(caseId).get(kind);
            return stored != null ? stored.body()
                    : DisciplineLetters.draft(kind, d.file(), d.year(), new I18n(locale), today());
        });
    }

    /** The case file as PDF: the figures, the days behind them, trips, steps, team, and the letters. */
    public void exportDossier(long caseId, java.nio.file.Path out, java.util.Locale locale) {
        outputs.requireNotProtected(out);
        id.tertib.io.discipline.DossierSheet sheet = dossier(caseId, locale);
        Exports.write(out, () -> id.tertib.io.discipline.DossierPdfWriter.write(sheet, out));
    }

    /** Only the draft letters (summons I and II, BAP) as PDF, for printing. */
    public void exportLetters(long caseId, java.nio.file.Path out, java.util.Locale locale) {
        outputs.requireNotProtected(out);
        id.tertib.io.discipline.DossierSheet sheet = dossier(caseId, locale);
        Exports.write(out, () -> id.tertib.io.discipline.DossierPdfWriter.writeLetters(sheet, out));
    }

    /** The year's recap and incident days of the case as a workbook. */
    public void exportRecap(long caseId, java.nio.file.Path out, java.util.Locale locale) {
        outputs.requireNotProtected(out);
        id.tertib.io.discipline.DossierSheet sheet = dossier(caseId, locale);
        Exports.write(out, () -> id.tertib.io.discipline.DossierXlsxWriter.write(sheet, out));
    }

    private id.tertib.io.discipline.DossierSheet dossier(long caseId, java.util.Locale locale) {
        return tx.read(w -> {
            CaseDetail d = detail(w, caseId);
            I18n i18n = new I18n(locale);
            Map<LetterKind, String> letters = new java.util.EnumMap<>(LetterKind.class);
            var stored = w.store().discipline().letters(caseId);
            for (LetterKind kind : LetterKind.values()) {
                letters.put(kind, stored.containsKey(kind) ? stored.get(kind).body()
                        : DisciplineLetters.draft(kind, d.file(), d.year(), i18n, today()));
            }
            int year = d.file().c().year();
            DossierFacts facts = DossierFacts.read(w, d.file().person(), year);
            List<id.tertib.domain.performance.PerformanceNote> notes = w.store().performance().notes(
                    new id.tertib.store.PerformanceRepository.NoteFilter(List.of(d.file().person().id()),
                            java.time.LocalDate.of(year, 1, 1), java.time.LocalDate.of(year, 12, 31), null, null));
            DossierBuilder builder = new DossierBuilder(i18n);
            return builder.build(d, facts, letters, List.of(builder.notes(notes)), w.access().actor(), today());
        });
    }

    /** The rows of {@code tertib discipline}, for scripts; the punishment in words in {@code locale}. */
    public void writeCsv(List<DisciplineRow> rows, java.util.Locale locale, Appendable out) {
        Exports.io(() -> id.tertib.io.discipline.AssessmentCsvWriter.csv(machineRows(rows, locale), out));
    }

    public void writeJson(List<DisciplineRow> rows, java.util.Locale locale, java.io.Writer out) {
        Exports.io(() -> id.tertib.io.discipline.AssessmentCsvWriter.json(machineRows(rows, locale), out));
    }

    private static List<id.tertib.io.discipline.AssessmentRow> machineRows(List<DisciplineRow> rows,
            java.util.Locale locale) {
        I18n i18n = new I18n(locale);
        return rows.stream().map(r -> {
            Assessment a = r.assessment();
            String code = a.rung().map(g -> g.punishment()).orElse("");
            return new id.tertib.io.discipline.AssessmentRow(r.person().number(), r.person().name().full(),
                    a.tkDays(), a.lateMinutes(), a.earlyMinutes(), a.convertedDays(), a.totalDays(), a.run().length(),
                    a.level().map(Enum::name).orElse(""), code, a.rules().id(),
                    code.isEmpty() ? "" : i18n.get("discipline.punishment." + code));
        }).toList();
    }

    private CaseDetail detail(Work w, long caseId) {
        requireDiscipline(w);
        DisciplineCase c = find(w, caseId);
        Employee e = employee(w, c.employeeId());
        DisciplineFacts facts = DisciplineFacts.load(w);
        Map<Long, String> units = unitNames(w);
        YearTally tally = facts.tally(w, e, c.year());
        DisciplineRow row = new DisciplineRow(e, units.getOrDefault(e.unitId(), ""), tally,
                facts.assess(e, tally, today()), c.isClosed() ? Optional.empty() : Optional.of(c.id()));
        return new CaseDetail(file(c, e, units, facts), row);
    }

    /** A person's cases, oldest first (for the timeline); empty for those who may not see discipline files. */
    public List<DisciplineCase> casesOf(long employeeId) {
        return tx.read(w -> w.access().canHandleDiscipline() ? w.store().discipline().ofEmployee(employeeId)
                : List.<DisciplineCase>of());
    }

    /** The letter as the officer last saved it, if it was ever edited. */
    public Optional<DisciplineRepository.StoredLetter> storedLetter(long caseId, LetterKind kind) {
        return tx.read(w -> {
            requireDiscipline(w);
            find(w, caseId);
            return Optional.ofNullable(w.store().discipline().letters(caseId).get(kind));
        });
    }

    /** Keeps the officer's edit of a draft letter. */
    public void saveLetter(long caseId, LetterKind kind, String body) {
        tx.write(w -> {
            requireDiscipline(w);
            DisciplineCase c = find(w, caseId);
            String text = body == null ? "" : body.strip();
            if (text.isEmpty()) {
                throw new DomainException(Problem.of("body", "discipline.letter.empty"));
            }
            var before = w.store().discipline().letters(caseId).get(kind);
            w.store().discipline().saveLetter(caseId, new DisciplineRepository.StoredLetter(kind, text,
                    w.access().actor(), clock.instant().toString()));
            w.audit().disciplineCase(c, employee(w, c.employeeId()),
                    before == null ? null : Map.of("letter_" + kind.name(), before.body()),
                    Map.of("letter_" + kind.name(), text));
            return null;
        });
    }

    private List<DisciplineRow> rows(Work w, Query q) {
        requireDiscipline(w);
        UnitTree tree = new UnitTree(w.units().findAll());
        Set<Long> scope = q.unitId() == null ? null : tree.selfAndDescendants(q.unitId());
        List<Employee> people = w.employees().findAll().stream()
                .filter(e -> scope == null || scope.contains(e.unitId())).toList();
        DisciplineFacts facts = DisciplineFacts.load(w);
        Map<Long, YearTally> tallies = facts.tallies(w, people, q.year());
        Map<Long, Long> open = w.store().discipline().all(q.year()).stream().filter(c -> !c.isClosed())
                .collect(Collectors.toMap(DisciplineCase::employeeId, DisciplineCase::id, (a, b) -> a));
        Map<Long, String> units = unitNames(w);
        LocalDate today = today();
        List<DisciplineRow> out = new ArrayList<>();
        for (Employee e : people) {
            YearTally t = tallies.get(e.id());
            Assessment a = facts.assess(e, t, today);
            if (q.everyone() ? e.active() || a.hasAnything() : a.totalDays() > 0 || a.run().length() > 0) {
                out.add(new DisciplineRow(e, units.getOrDefault(e.unitId(), ""), t, a,
                        Optional.ofNullable(open.get(e.id()))));
            }
        }
        Map<Long, String> names = new HashMap<>();
        out.forEach(r -> names.put(r.person().id(), r.person().name().full()));
        out.sort(Comparator.comparingInt((DisciplineRow r) -> -r.assessment().totalDays())
                .thenComparingInt(r -> -r.assessment().run().length())
                .thenComparing(r -> names.get(r.person().id())));
        return out;
    }

    private CaseFile file(DisciplineCase c, Employee e, Map<Long, String> units, DisciplineFacts facts) {
        Predicate<LocalDate> working = facts.workingDay(e.unitId());
        Optional<RuleSet> rules = ruleSet(c.ruleSetId(), facts.rules());
        return new CaseFile(c, e, units.getOrDefault(e.unitId(), ""), rules, c.examinationDue(working),
                c.isOverdue(today(), working));
    }

    static Optional<RuleSet> ruleSet(String id, DisciplineRules office) {
        if (RuleSets.PPPK_ID.equals(id)) {
            return Optional.of(RuleSets.pppk(office));
        }
        return java.util.stream.Stream.of(RuleSets.PP_94_2021, RuleSets.PP_53_2010).filter(r -> r.id().equals(id))
                .findFirst().map(r -> r.withMinutesPerDay(office.minutesPerDay()));
    }

    private static Optional<DisciplineCase> openCase(Work w, long employeeId, int year) {
        return w.store().discipline().ofEmployee(employeeId).stream()
                .filter(c -> c.year() == year && !c.isClosed()).findFirst();
    }

    private static DisciplineCase find(Work w, long caseId) {
        return w.store().discipline().find(caseId)
                .orElseThrow(() -> new DomainException(Problem.of(null, "discipline.case.notFound", caseId)));
    }

    private static Employee employee(Work w, long id) {
        return w.employees().findById(id)
                .orElseThrow(() -> new DomainException(Problem.of(null, "employee.notFound", id)));
    }

    private static Map<Long, String> unitNames(Work w) {
        return w.units().findAll().stream().collect(Collectors.toMap(Unit::id, Unit::name));
    }

    private static void requireDiscipline(Work w) {
        w.access().require(w.access().canHandleDiscipline(), "access.discipline");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
