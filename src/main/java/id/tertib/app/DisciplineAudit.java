package id.tertib.app;

import id.tertib.domain.discipline.CaseStep;
import id.tertib.domain.discipline.DisciplineCase;
import id.tertib.domain.discipline.TeamMember;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What the audit trail records of a case: its figures when opened, each step, the team. */
final class DisciplineAudit {

    private DisciplineAudit() {
    }

    static Map<String, String> opened(DisciplineCase c) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("year", String.valueOf(c.year()));
        m.put("rule_set", c.ruleSetId());
        m.put("level", c.level().name());
        m.put("punishment", c.punishment());
        m.put("article", c.article());
        m.put("tk_days", String.valueOf(c.tkDays()));
        m.put("late_minutes", String.valueOf(c.lateMinutes()));
        m.put("early_minutes", String.valueOf(c.earlyMinutes()));
        m.put("total_days", String.valueOf(c.totalDays()));
        m.put("run_length", String.valueOf(c.runLength()));
        return m;
    }

    static Map<String, String> step(CaseStep s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("step", s.kind().name());
        m.put("date", s.date().toString());
        m.put("document", s.document());
        m.put("note", s.note());
        return m;
    }

    static Map<String, String> team(List<TeamMember> team) {
        return Map.of("team", team.stream().map(t -> t.name() + (t.nip().isEmpty() ? "" : " " + t.nip()) + " ("
                + t.role().name() + ")").collect(Collectors.joining("; ")));
    }
}
