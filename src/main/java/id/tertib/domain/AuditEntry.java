package id.tertib.domain;

import java.time.Instant;

/**
 * One change in the audit trail: who, when, what entity, the values before and after (as stored, JSON text),
 * and the reason where one was asked. {@code prevHash} and {@code hash} chain the entries (see {@link AuditChain}).
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String entity, long entityId,
        String label, String before, String after, String reason, String prevHash, String hash) {

    public AuditEntry withChain(String newPrevHash, String newHash) {
        return new AuditEntry(id, at, actor, action, entity, entityId, label, before, after, reason, newPrevHash,
                newHash);
    }
}
