package id.tertib.store;

import id.tertib.domain.discipline.CaseStep;
import id.tertib.domain.discipline.DisciplineCase;
import id.tertib.domain.discipline.Level;
import id.tertib.domain.discipline.LetterKind;
import id.tertib.domain.discipline.StepKind;
import id.tertib.domain.discipline.TeamMember;
import id.tertib.domain.discipline.TeamRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Discipline cases with their steps, team and edited letters. */
public final class DisciplineRepository {

    private static final String COLUMNS = "id, employee_id, year, rule_set, level, punishment, article, tk_days, "
            + "late_minutes, early_minutes, total_days, run_length, opened_on, opened_by";

    /** A letter as the officer last saved it. */
    public record StoredLetter(LetterKind kind, String body, String editedBy, String editedAt) {
    }

    private final Handle handle;

    DisciplineRepository(Handle handle) {
        this.handle = handle;
    }

    /** Stores a new case (without steps or team) and returns it with its id. */
    public DisciplineCase insert(DisciplineCase c) {
        long id = handle.createUpdate("INSERT INTO discipline_case (employee_id, year, rule_set, level, punishment, "
                + "article, tk_days, late_minutes, early_minutes, total_days, run_length, opened_on, opened_by) VALUES "
                + "(:employee, :year, :rules, :level, :punishment, :article, :tk, :late, :early, :total, :run, :on, :by)")
                .bind("employee", c.employeeId()).bind("year", c.year()).bind("rules", c.ruleSetId())
                .bind("level", c.level().name()).bind("punishment", c.punishment()).bind("article", c.article())
                .bind("tk", c.tkDays()).bind("late", c.lateMinutes()).bind("early", c.earlyMinutes())
                .bind("total", c.totalDays()).bind("run", c.runLength()).bind("on", c.openedOn().toString())
                .bind("by", c.openedBy())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return c.withId(id);
    }

    public CaseStep insertStep(long caseId, CaseStep s) {
        long id = handle.createUpdate("INSERT INTO discipline_step (case_id, kind, on_date, actor, document, note) "
                + "VALUES (:case, :kind, :on, :actor, :document, :note)").bind("case", caseId)
                .bind("kind", s.kind().name()).bind("on", s.date().toString()).bind("actor", s.actor())
                .bind("document", s.document()).bind("note", s.note())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new CaseStep(id, s.kind(), s.date(), s.actor(), s.document(), s.note());
    }

    public void replaceTeam(long caseId, List<TeamMember> team) {
        handle.createUpdate("DELETE FROM discipline_team WHERE case_id = :case").bind("case", caseId).execute();
        int position = 1;
        for (TeamMember m : team) {
            handle.createUpdate("INSERT INTO discipline_team (case_id, position, name, nip, role) VALUES "
                    + "(:case, :position, :name, :nip, :role)").bind("case", caseId).bind("position", position++)
                    .bind("name", m.name()).bind("nip", m.nip()).bind("role", m.role().name()).execute();
        }
    }

    public void saveLetter(long caseId, StoredLetter letter) {
        handle.createUpdate("INSERT INTO discipline_letter (case_id, kind, body, edited_by, edited_at) VALUES "
                + "(:case, :kind, :body, :by, :at) ON CONFLICT (case_id, kind) DO UPDATE SET body = excluded.body, "
                + "edited_by = excluded.edited_by, edited_at = excluded.edited_at").bind("case", caseId)
                .bind("kind", letter.kind().name()).bind("body", letter.body()).bind("by", letter.editedBy())
                .bind("at", letter.editedAt()).execute();
    }

    public Map<LetterKind, StoredLetter> letters(long caseId) {
        Map<LetterKind, StoredLetter> out = new EnumMap<>(LetterKind.class);
        handle.createQuery("SELECT kind, body, edited_by, edited_at FROM discipline_letter WHERE case_id = :case")
                .bind("case", caseId)
                .map((rs, ctx) -> new StoredLetter(LetterKind.valueOf(rs.getString("kind")), rs.getString("body"),
                        rs.getString("edited_by"), rs.getString("edited_at")))
                .forEach(l -> out.put(l.kind(), l));
        return out;
    }

    public Optional<DisciplineCase> find(long id) {
        return load("SELECT " + COLUMNS + " FROM discipline_case WHERE id = :id", Map.of("id", id)).stream()
                .findFirst();
    }

    /** Every case, newest first; {@code year} null for all years. */
    public List<DisciplineCase> all(Integer year) {
        return year == null ? load("SELECT " + COLUMNS + " FROM discipline_case ORDER BY opened_on DESC, id DESC",
                Map.of())
                : load("SELECT " + COLUMNS + " FROM discipline_case WHERE year = :year ORDER BY opened_on DESC, id DESC",
                        Map.of("year", year));
    }

    /** One person's cases, oldest first. */
    public List<DisciplineCase> ofEmployee(long employeeId) {
        return load("SELECT " + COLUMNS + " FROM discipline_case WHERE employee_id = :e ORDER BY opened_on, id",
                Map.of("e", employeeId));
    }

    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM discipline_case").mapTo(Integer.class).one();
    }

    private List<DisciplineCase> load(String sql, Map<String, Object> params) {
        var query = handle.createQuery(sql);
        params.forEach(query::bind);
        List<DisciplineCase> cases = query.map((rs, ctx) -> new DisciplineCase(rs.getLong("id"),
                rs.getLong("employee_id"), rs.getInt("year"), rs.getString("rule_set"),
                Level.valueOf(rs.getString("level")), rs.getString("punishment"), rs.getString("article"),
                rs.getInt("tk_days"), rs.getInt("late_minutes"), rs.getInt("early_minutes"), rs.getInt("total_days"),
                rs.getInt("run_length"), Times.parseDate(rs.getString("opened_on")), rs.getString("opened_by"),
                List.of(), List.of())).list();
        if (cases.isEmpty()) {
            return cases;
        }
        List<Long> ids = cases.stream().map(DisciplineCase::id).toList();
        Map<Long, List<CaseStep>> steps = new HashMap<>();
        handle.createQuery("SELECT id, case_id, kind, on_date, actor, document, note FROM discipline_step "
                + "WHERE case_id IN (<ids>) ORDER BY id").bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong("case_id"), new CaseStep(rs.getLong("id"),
                        StepKind.valueOf(rs.getString("kind")), Times.parseDate(rs.getString("on_date")),
                        rs.getString("actor"), rs.getString("document"), rs.getString("note"))))
                .forEach(e -> steps.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<Long, List<TeamMember>> team = new HashMap<>();
        handle.createQuery("SELECT case_id, name, nip, role FROM discipline_team WHERE case_id IN (<ids>) "
                + "ORDER BY case_id, position").bindList("ids", ids)
                .map((rs, ctx) -> Map.entry(rs.getLong("case_id"), new TeamMember(rs.getString("name"),
                        rs.getString("nip"), TeamRole.valueOf(rs.getString("role")))))
                .forEach(e -> team.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return cases.stream().map(c -> c.withSteps(steps.getOrDefault(c.id(), List.of()))
                .withTeam(team.getOrDefault(c.id(), List.of()))).toList();
    }
}
