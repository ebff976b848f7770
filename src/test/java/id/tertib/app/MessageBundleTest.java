package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-visible key exists in both languages, and no key sits unused. */
class MessageBundleTest {

    private static final Path SOURCES = Path.of("src/main/java");
    /**
     * Keys built at run time: "enum." + type + name, "settings.language." + code, "audit.broken." + kind of break,
     * "audit.field." / "audit.entity." + recorded key, "import.phase." + phase, "travel.conflict." + kind,
     * "discipline.punishment." + the rung's punishment key, and picocli's own keys
     * ("tertib.<command>.usage.description", "usage.*", "mixinStandardHelpOptions.*").
     */
    private static final Set<String> DYNAMIC_PREFIXES = Set.of("enum.", "settings.language.", "tertib.",
            "mixinStandardHelpOptions.", "usage.", "audit.broken.", "audit.field.", "audit.entity.", "import.phase.",
            "travel.conflict.", "discipline.punishment.", "discipline.letter.template.", "timeline.code.",
            "performance.ratingShort.");
    /** A string literal that looks like a message key: "area.name" or "area.sub.name". */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"((?:app|nip|employee|unit|import|store|demo|cli|"
            + "nav|status|error|action|common|settings|text|audit|history|user|access|auth|signin|attendance|schedule|"
            + "calendar|leave|travel|fairness|performance|skp|discipline|timeline|dossier)\\.[A-Za-z.]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundleTest.class.getResourceAsStream("/id/tertib/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static String allSource() throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                sb.append(Files.readString(f)).append('\n');
            }
        }
        return sb.toString();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("messages_en.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages_id.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyIsUsedInCode() throws IOException {
        String source = allSource();
        Set<String> unused = new TreeSet<>();
        for (String key : load("messages_id.properties").stringPropertyNames()) {
            boolean dynamic = DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith);
            if (!dynamic && !source.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertThat(unused).isEmpty();
    }

    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        Properties id = load("messages_id.properties");
        Matcher m = KEY_LITERAL.matcher(allSource());
        Set<String> missing = new TreeSet<>();
        while (m.find()) {
            if (!id.containsKey(m.group(1)) && !m.group(1).endsWith(".")) {
                missing.add(m.group(1));
            }
        }
        missing.removeAll(Set.of("ui.language", "demo.office", "id.tertib.messages", "audit.head", "user.home"));
        // Names of stored settings (TravelSettings), not messages.
        missing.removeAll(Set.of("fairness.alpha", "fairness.factor", "fairness.streak", "travel.capDaysPerYear",
                "travel.windowMonths"));
        assertThat(missing).isEmpty();
    }

    @Test
    void everyPunishmentOfEveryRuleSetHasALabelInBothLanguages() throws IOException {
        var ruleSets = List.of(id.tertib.domain.discipline.RuleSets.PP_94_2021,
                id.tertib.domain.discipline.RuleSets.PP_53_2010,
                id.tertib.domain.discipline.RuleSets.pppk(id.tertib.domain.discipline.DisciplineRules.DEFAULT));
        for (String bundle : List.of("messages_id.properties", "messages_en.properties")) {
            Properties p = load(bundle);
            for (var rules : ruleSets) {
                var rungs = new java.util.ArrayList<>(rules.ladder());
                rules.consecutiveRung().ifPresent(rungs::add);
                for (var rung : rungs) {
                    assertThat(p).containsKey("discipline.punishment." + rung.punishment());
                }
            }
        }
    }

    @Test
    void everyEnumConstantHasALabelInBothLanguages() throws IOException {
        for (String bundle : List.of("messages_id.properties", "messages_en.properties")) {
            Properties p = load(bundle);
            for (Class<?> type : List.of(id.tertib.domain.Gender.class, id.tertib.domain.EmploymentStatus.class,
                    id.tertib.domain.PositionKind.class, ImportAction.class, id.tertib.domain.Role.class,
                    id.tertib.domain.AuditAction.class, id.tertib.domain.leave.LeaveStatus.class,
                    id.tertib.domain.discipline.Level.class, id.tertib.domain.discipline.StepKind.class,
                    id.tertib.domain.discipline.TeamRole.class, id.tertib.domain.discipline.LetterKind.class,
                    id.tertib.domain.performance.CoreValue.class, id.tertib.domain.performance.NoteKind.class,
                    id.tertib.domain.performance.Rating.class, id.tertib.domain.performance.Predikat.class,
                    id.tertib.domain.performance.SkpPeriod.class, id.tertib.domain.timeline.TimelineEntry.Category.class)) {
                for (Object constant : type.getEnumConstants()) {
                    assertThat(p).containsKey("enum." + type.getSimpleName() + "." + ((Enum<?>) constant).name());
                }
            }
        }
    }

    @Test
    void everyKindOfAuditBreakHasAMessageInBothLanguages() throws IOException {
        for (String bundle : List.of("messages_id.properties", "messages_en.properties")) {
            Properties p = load(bundle);
            for (var kind : id.tertib.domain.AuditChain.Break.Kind.values()) {
                assertThat(p).containsKey("audit.broken." + kind.name());
            }
        }
    }
}
