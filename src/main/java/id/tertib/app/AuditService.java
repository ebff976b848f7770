package id.tertib.app;

import id.tertib.domain.AuditAction;
import id.tertib.domain.AuditChain;
import id.tertib.domain.AuditEntry;
import id.tertib.store.AuditRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Browsing the audit trail, the history of one record, and checking the hash chain. */
public final class AuditService {

    /** Entity names as recorded. */
    public static final String EMPLOYEE = AuditLog.EMPLOYEE;
    public static final String UNIT = AuditLog.UNIT;
    public static final String USER = AuditLog.USER;

    /** Every kind of record the trail names, in the order a filter offers them. */
    public static final List<String> ENTITIES = List.of(AuditLog.EMPLOYEE, AuditLog.UNIT, AuditLog.USER,
            AuditLog.ATTENDANCE_DAY, AuditLog.PUNCH_IMPORT, AuditLog.MACHINE, AuditLog.LEAVE_REQUEST, AuditLog.LEAVE_OPENING,
            AuditLog.HOLIDAY, AuditLog.SCHEDULE, AuditLog.RAMADAN, AuditLog.ATTENDANCE_CODE, AuditLog.LEAVE_RULES,
            AuditLog.SURAT_TUGAS, AuditLog.TRAVEL_RULES, AuditLog.DATABASE);
    public static final int MAX_ROWS = 5_000;

    /** One entry as shown to a person: the values before and after, and which fields changed. */
    public record Change(long id, Instant at, String actor, AuditAction action, String entity, long entityId,
            String label, String reason, Map<String, String> before, Map<String, String> after) {

        /** Fields whose value differs, in the order they were recorded. */
        public List<String> changedFields() {
            Set<String> keys = new LinkedHashSet<>(before.keySet());
            keys.addAll(after.keySet());
            return keys.stream().filter(k -> !String.valueOf(before.get(k)).equals(String.valueOf(after.get(k))))
                    .toList();
        }
    }

    /** What to list; null parts do not filter. {@code to} is exclusive. */
    public record Filter(String actor, String entity, Instant from, Instant to) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /** The outcome of checking the chain: intact, or the first entry found altered or missing. */
    public record Verification(int entries, Optional<AuditChain.Break> problem) {
        public boolean intact() {
            return problem.isEmpty();
        }
    }

    private final Transactions tx;

    AuditService(Transactions tx) {
        this.tx = tx;
    }

    /** Newest first, at most {@link #MAX_ROWS}. */
    public List<Change> list(Filter f) {
        return tx.read(w -> {
            w.access().require(w.access().canReadAuditTrail(), "access.audit");
            return changes(w.store().audit().find(new AuditRepository.Filter(f.actor(), f.entity(), null, f.from(),
                    f.to(), MAX_ROWS)));
        });
    }

    /** The history of one record ("who changed this, and why?"), newest first. */
    public List<Change> history(String entity, long entityId) {
        return tx.read(w -> {
            boolean allowed = w.access().canReadAuditTrail() || switch (entity) {
                case EMPLOYEE -> w.employees().findById(entityId).map(e -> w.access().canSeeUnit(e.unitId()))
                        .orElse(false);
                case UNIT -> w.access().canSeeUnit(entityId);
                default -> false;
            };
            w.access().require(allowed, "access.audit");
            return changes(w.store().audit().find(new AuditRepository.Filter(null, entity, entityId, null, null,
                    MAX_ROWS)));
        });
    }

    /** Recomputes the hash chain; names the first entry that was altered or removed. */
    public Verification verify() {
        return tx.read(w -> {
            w.access().require(w.access().canReadAuditTrail(), "access.audit");
            List<AuditEntry> all = w.store().audit().all();
            AuditRepository.Head head = w.store().audit().head();
            return new Verification(all.size(), AuditChain.verify(all, head.id(), head.hash()));
        });
    }

    private static List<Change> changes(List<AuditEntry> entries) {
        List<Change> out = new ArrayList<>();
        for (AuditEntry e : entries) {
            out.add(new Change(e.id(), e.at(), e.actor(), e.action(), e.entity(), e.entityId(), e.label(), e.reason(),
                    AuditLog.parse(e.before()), AuditLog.parse(e.after())));
        }
        return out;
    }
}
