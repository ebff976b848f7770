package id.tertib.store;

import id.tertib.domain.AuditAction;
import id.tertib.domain.AuditChain;
import id.tertib.domain.AuditEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * The audit trail in table {@code audit_entry}. Entries are only appended; each append extends the hash chain
 * and records the chain's head (last id and hash) in the settings, in the same transaction.
 */
public final class AuditRepository {

    static final String HEAD = "audit.head";

    /** Which entries to list; null or blank parts do not filter. {@code to} is exclusive. */
    public record Filter(String actor, String entity, Long entityId, Instant from, Instant to, int limit) {
    }

    private static final RowMapper<AuditEntry> MAPPER = (rs, ctx) -> new AuditEntry(rs.getLong("id"),
            Instant.parse(rs.getString("at")), rs.getString("actor"), AuditAction.valueOf(rs.getString("action")),
            rs.getString("entity"), rs.getLong("entity_id"), rs.getString("label"), rs.getString("before"),
            rs.getString("after"), rs.getString("reason"), rs.getString("prev_hash"), rs.getString("hash"));

    private final Handle handle;
    private final SettingRepository settings;

    AuditRepository(Handle handle) {
        this.handle = handle;
        this.settings = new SettingRepository(handle);
    }

    /** Fixed width, so that text order is time order in range filters (Instant.toString drops zeros). */
    private static final java.time.format.DateTimeFormatter AT = java.time.format.DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(java.time.ZoneOffset.UTC);

    static String at(Instant instant) {
        return AT.format(instant);
    }

    /** Appends an entry (its id and hashes are assigned here) and returns it as stored. */
    public AuditEntry append(AuditEntry entry) {
        Head head = head();
        long id = head.id() + 1;
        Instant at = entry.at().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        AuditEntry numbered = new AuditEntry(id, at, entry.actor(), entry.action(), entry.entity(),
                entry.entityId(), entry.label(), entry.before(), entry.after(), entry.reason(), head.hash(), "");
        AuditEntry chained = numbered.withChain(head.hash(), AuditChain.hash(head.hash(), numbered));
        handle.createUpdate("INSERT INTO audit_entry (id, at, actor, action, entity, entity_id, label, before, after, "
                        + "reason, prev_hash, hash) VALUES (:id, :at, :actor, :action, :entity, :entityId, :label, "
                        + ":before, :after, :reason, :prevHash, :hash)")
                .bind("id", chained.id()).bind("at", at(chained.at())).bind("actor", chained.actor())
                .bind("action", chained.action().name()).bind("entity", chained.entity())
                .bind("entityId", chained.entityId()).bind("label", chained.label()).bind("before", chained.before())
                .bind("after", chained.after()).bind("reason", chained.reason())
                .bind("prevHash", chained.prevHash()).bind("hash", chained.hash()).execute();
        settings.put(HEAD, chained.id() + ":" + chained.hash());
        return chained;
    }

    /** The last entry written as recorded at write time, independent of what the table now holds. */
    public Head head() {
        return settings.get(HEAD).map(Head::parse).orElse(new Head(0, AuditChain.GENESIS));
    }

    /** The recorded head of the chain. */
    public record Head(long id, String hash) {
        static Head parse(String text) {
            int colon = text.indexOf(':');
            return new Head(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
        }
    }

    /** Every entry in id order, for verification. */
    public List<AuditEntry> all() {
        return handle.createQuery("SELECT * FROM audit_entry ORDER BY id").map(MAPPER).list();
    }

    /** Newest first. */
    public List<AuditEntry> find(Filter f) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_entry WHERE 1 = 1");
        if (f.actor() != null && !f.actor().isBlank()) {
            sql.append(" AND LOWER(actor) = LOWER(:actor)");
        }
        if (f.entity() != null && !f.entity().isBlank()) {
            sql.append(" AND entity = :entity");
        }
        if (f.entityId() != null) {
            sql.append(" AND entity_id = :entityId");
        }
        if (f.from() != null) {
            sql.append(" AND at >= :from");
        }
        if (f.to() != null) {
            sql.append(" AND at < :to");
        }
        sql.append(" ORDER BY id DESC LIMIT :limit");
        Query q = handle.createQuery(sql.toString()).bind("limit", f.limit());
        if (f.actor() != null && !f.actor().isBlank()) {
            q.bind("actor", f.actor().trim());
        }
        if (f.entity() != null && !f.entity().isBlank()) {
            q.bind("entity", f.entity());
        }
        if (f.entityId() != null) {
            q.bind("entityId", f.entityId());
        }
        if (f.from() != null) {
            q.bind("from", at(f.from()));
        }
        if (f.to() != null) {
            q.bind("to", at(f.to()));
        }
        return q.map(MAPPER).list();
    }

    public Optional<AuditEntry> findById(long id) {
        return handle.createQuery("SELECT * FROM audit_entry WHERE id = :id").bind("id", id).map(MAPPER).findOne();
    }
}
