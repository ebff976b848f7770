package id.tertib.store;

import id.tertib.domain.Role;
import id.tertib.domain.UserAccount;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** Accounts in table {@code app_user}. Names are stored in lower case. */
public final class UserRepository {

    /** What sign-in needs besides the account: the hash and the lockout state. */
    public record Credentials(UserAccount account, String passwordHash, int failedAttempts, Instant lockedUntil) {
    }

    private static final String COLUMNS = "id, name, full_name, role, unit_id, active, password_hash, "
            + "failed_attempts, locked_until";

    private static final RowMapper<UserAccount> ACCOUNT = (rs, ctx) -> new UserAccount(rs.getLong("id"),
            rs.getString("name"), rs.getString("full_name"), Role.valueOf(rs.getString("role")),
            rs.getObject("unit_id") == null ? null : rs.getLong("unit_id"), rs.getBoolean("active"));

    private static final RowMapper<Credentials> CREDENTIALS = (rs, ctx) -> new Credentials(ACCOUNT.map(rs, ctx),
            rs.getString("password_hash"), rs.getInt("failed_attempts"),
            rs.getString("locked_until") == null ? null : Instant.parse(rs.getString("locked_until")));

    private final Handle handle;

    UserRepository(Handle handle) {
        this.handle = handle;
    }

    public int count() {
        return handle.createQuery("SELECT COUNT(*) FROM app_user").mapTo(Integer.class).one();
    }

    public List<UserAccount> findAll() {
        return handle.createQuery("SELECT " + COLUMNS + " FROM app_user ORDER BY name").map(ACCOUNT).list();
    }

    public Optional<UserAccount> findById(long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE id = :id").bind("id", id)
                .map(ACCOUNT).findOne();
    }

    public Optional<Credentials> credentials(String name) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM app_user WHERE LOWER(name) = LOWER(:name)")
                .bind("name", name).map(CREDENTIALS).findOne();
    }

    public UserAccount insert(UserAccount user, String passwordHash) {
        long id = handle.createUpdate("INSERT INTO app_user (name, full_name, role, unit_id, password_hash, active) "
                        + "VALUES (:name, :fullName, :role, :unit, :hash, :active)")
                .bind("name", user.name()).bind("fullName", user.fullName()).bind("role", user.role().name())
                .bind("unit", user.unitId()).bind("hash", passwordHash).bind("active", user.active())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new UserAccount(id, user.name(), user.fullName(), user.role(), user.unitId(), user.active());
    }

    public void update(UserAccount user) {
        handle.createUpdate("UPDATE app_user SET full_name = :fullName, role = :role, unit_id = :unit, "
                        + "active = :active WHERE id = :id")
                .bind("fullName", user.fullName()).bind("role", user.role().name()).bind("unit", user.unitId())
                .bind("active", user.active()).bind("id", user.id()).execute();
    }

    /** Sets a new password and clears any lockout. */
    public void setPassword(long id, String passwordHash) {
        handle.createUpdate("UPDATE app_user SET password_hash = :hash, failed_attempts = 0, locked_until = NULL "
                + "WHERE id = :id").bind("hash", passwordHash).bind("id", id).execute();
    }

    public void recordAttempts(long id, int failedAttempts, Instant lockedUntil) {
        handle.createUpdate("UPDATE app_user SET failed_attempts = :n, locked_until = :until WHERE id = :id")
                .bind("n", failedAttempts).bind("until", lockedUntil == null ? null : lockedUntil.toString())
                .bind("id", id).execute();
    }

    public int countInUnit(long unitId) {
        return handle.createQuery("SELECT COUNT(*) FROM app_user WHERE unit_id = :id").bind("id", unitId)
                .mapTo(Integer.class).one();
    }
}
