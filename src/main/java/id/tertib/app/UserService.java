package id.tertib.app;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import id.tertib.domain.Role;
import id.tertib.domain.UserAccount;
import java.util.ArrayList;
import java.util.List;

/** Accounts, kept by administrators. */
public final class UserService {

    private final Transactions tx;

    UserService(Transactions tx) {
        this.tx = tx;
    }

    public List<UserAccount> list() {
        return tx.read(w -> {
            w.access().require(w.access().canManageUsers(), "access.users");
            return w.users().findAll();
        });
    }

    /** Creates an account with a first password, which the person should change (the administrator tells it). */
    public UserAccount create(String name, String fullName, Role role, Long unitId, String password) {
        String clean = UserAccount.normalizeName(name);
        Long unit = role != null && role.needsUnit() ? unitId : null;
        List<Problem> problems = new ArrayList<>(UserAccount.check(clean, role, unit));
        problems.addAll(UserAccount.checkPassword(password));
        if (!problems.isEmpty()) {
            throw new AppException(problems, null);
        }
        return tx.write(w -> {
            w.access().require(w.access().canManageUsers(), "access.users");
            if (w.users().credentials(clean).isPresent()) {
                throw new DomainException(Problem.of("name", "user.nameTaken", clean));
            }
            requireUnit(w, unit);
            UserAccount created = w.users().insert(new UserAccount(0, clean, fullName == null ? "" : fullName.trim(),
                    role, unit, true), Passwords.hash(password));
            w.audit().user(null, created, null);
            return created;
        });
    }

    /** Changes full name, role, unit or the active flag. An administrator cannot lock themselves out. */
    public UserAccount update(UserAccount changed) {
        Long unit = changed.role() != null && changed.role().needsUnit() ? changed.unitId() : null;
        List<Problem> problems = UserAccount.check(changed.name(), changed.role(), unit);
        if (!problems.isEmpty()) {
            throw new AppException(problems, null);
        }
        return tx.write(w -> {
            w.access().require(w.access().canManageUsers(), "access.users");
            UserAccount before = w.users().findById(changed.id())
                    .orElseThrow(() -> new DomainException(Problem.of(null, "user.notFound")));
            UserAccount after = new UserAccount(before.id(), before.name(), changed.fullName().trim(), changed.role(),
                    unit, changed.active());
            boolean self = before.name().equals(w.access().actor());
            if (self && (after.role() != Role.ADMINISTRATOR || !after.active())) {
                throw new DomainException(Problem.of("role", "user.notYourself"));
            }
            requireUnit(w, unit);
            w.users().update(after);
            w.audit().user(before, after, null);
            return after;
        });
    }

    /** Sets a new password (and lifts a lockout); the audit trail records that it happened, never the password. */
    public void resetPassword(long id, String newPassword) {
        List<Problem> problems = UserAccount.checkPassword(newPassword);
        if (!problems.isEmpty()) {
            throw new AppException(problems, null);
        }
        tx.write(w -> {
            w.access().require(w.access().canManageUsers(), "access.users");
            UserAccount user = w.users().findById(id)
                    .orElseThrow(() -> new DomainException(Problem.of(null, "user.notFound")));
            w.users().setPassword(id, Passwords.hash(newPassword));
            w.audit().passwordReset(user);
            return null;
        });
    }

    private static void requireUnit(Work w, Long unitId) {
        if (unitId != null && w.units().findById(unitId).isEmpty()) {
            throw new DomainException(Problem.of("unit", "unit.notFound"));
        }
    }
}
