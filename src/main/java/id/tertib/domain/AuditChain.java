package id.tertib.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail as a hash chain: each entry's hash covers its own fields and the previous entry's hash, so
 * editing or removing an entry with another tool breaks the chain from that entry on. It is tamper evidence,
 * not tamper proof: someone who recomputes every hash after an edit is not caught (ADR 0005).
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    /** Where the chain breaks, and how. */
    public record Break(long entryId, Kind kind) {
        public enum Kind { ALTERED, REMOVED_BEFORE, REMOVED_AT_END }
    }

    private AuditChain() {
    }

    /** The hash of an entry given the previous entry's hash; the entry's own hash fields are ignored. */
    public static String hash(String prevHash, AuditEntry e) {
        String canonical = String.join("\u001f", String.valueOf(e.id()), e.at().toString(), e.actor(),
                e.action().name(), e.entity(), String.valueOf(e.entityId()), nz(e.label()), nz(e.before()),
                nz(e.after()), nz(e.reason()), prevHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e2) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e2);
        }
    }

    private static String nz(String s) {
        return s == null ? "\u0000" : s;
    }

    /**
     * Checks entries in id order against each other and against the recorded head of the chain (the id and
     * hash of the last entry written). Empty when intact.
     */
    public static Optional<Break> verify(List<AuditEntry> entries, long headId, String headHash) {
        String prev = GENESIS;
        for (AuditEntry e : entries) {
            if (!e.prevHash().equals(prev)) {
                return Optional.of(new Break(e.id(), Break.Kind.REMOVED_BEFORE));
            }
            if (!hash(prev, e).equals(e.hash())) {
                return Optional.of(new Break(e.id(), Break.Kind.ALTERED));
            }
            prev = e.hash();
        }
        long lastId = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).id();
        if (lastId != headId || !prev.equals(headHash)) {
            return Optional.of(new Break(headId, Break.Kind.REMOVED_AT_END));
        }
        return Optional.empty();
    }
}
