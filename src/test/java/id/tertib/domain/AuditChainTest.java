package id.tertib.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditEntry e = new AuditEntry(i, Instant.parse("2026-11-23T03:00:00Z").plusSeconds(i), "hr",
                    AuditAction.UPDATE, "employee", 7, "Budi", "{\"name\":\"A\"}", "{\"name\":\"B" + i + "\"}",
                    null, prev, "");
            e = e.withChain(prev, AuditChain.hash(prev, e));
            out.add(e);
            prev = e.hash();
        }
        return out;
    }

    private static AuditChain.Break.Kind kindAt(List<AuditEntry> entries, long headId, String headHash, long id) {
        var b = AuditChain.verify(entries, headId, headHash).orElseThrow();
        assertThat(b.entryId()).isEqualTo(id);
        return b.kind();
    }

    @Test
    void theHashIsSha256HexAndDependsOnEveryField() {
        AuditEntry e = chain(1).get(0);
        assertThat(e.hash()).matches("[0-9a-f]{64}");
        AuditEntry otherReason = new AuditEntry(e.id(), e.at(), e.actor(), e.action(), e.entity(), e.entityId(),
                e.label(), e.before(), e.after(), "alasan", e.prevHash(), "");
        assertThat(AuditChain.hash(e.prevHash(), otherReason)).isNotEqualTo(e.hash());
        assertThat(AuditChain.hash("f".repeat(64), e)).isNotEqualTo(e.hash());
    }

    @Test
    void anIntactChainVerifies() {
        List<AuditEntry> c = chain(5);
        assertThat(AuditChain.verify(c, 5, c.get(4).hash())).isEmpty();
        assertThat(AuditChain.verify(List.of(), 0, AuditChain.GENESIS)).isEmpty();
    }

    @Test
    void namesTheAlteredEntry() {
        List<AuditEntry> c = chain(5);
        AuditEntry e = c.get(2);
        c.set(2, new AuditEntry(e.id(), e.at(), "admin", e.action(), e.entity(), e.entityId(), e.label(), e.before(),
                e.after(), e.reason(), e.prevHash(), e.hash()));
        assertThat(kindAt(c, 5, c.get(4).hash(), 3)).isEqualTo(AuditChain.Break.Kind.ALTERED);
    }

    @Test
    void anEntryRehashedAfterEditingBreaksTheNextLink() {
        List<AuditEntry> c = chain(5);
        AuditEntry e = c.get(2);
        AuditEntry edited = new AuditEntry(e.id(), e.at(), "admin", e.action(), e.entity(), e.entityId(), e.label(),
                e.before(), e.after(), e.reason(), e.prevHash(), "");
        c.set(2, edited.withChain(e.prevHash(), AuditChain.hash(e.prevHash(), edited)));
        assertThat(kindAt(c, 5, c.get(4).hash(), 4)).isEqualTo(AuditChain.Break.Kind.REMOVED_BEFORE);
    }

    @Test
    void findsARemovedMiddleAndARemovedLastEntry() {
        List<AuditEntry> c = chain(5);
        String head = c.get(4).hash();
        List<AuditEntry> middle = new ArrayList<>(c);
        middle.remove(1);
        assertThat(kindAt(middle, 5, head, 3)).isEqualTo(AuditChain.Break.Kind.REMOVED_BEFORE);
        List<AuditEntry> last = new ArrayList<>(c);
        last.remove(4);
        assertThat(kindAt(last, 5, head, 5)).isEqualTo(AuditChain.Break.Kind.REMOVED_AT_END);
    }
}
