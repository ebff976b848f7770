package id.tertib.ui.common;

import id.tertib.domain.Access;
import id.tertib.domain.UnitTree;
import id.tertib.domain.UserAccount;
import java.util.List;
import java.util.Optional;

/**
 * What the screens offer the signed-in person, decided by the same role rules the use cases enforce
 * ({@link Access}). Only the role matters here (not the unit scope), so no unit tree is needed. A database
 * without accounts is being set up: the person is treated as an administrator, as the use cases do.
 * Hiding a control is presentation only; the app layer refuses anyway.
 */
public final class Permissions {

    private final Access access;

    private Permissions(Access access) {
        this.access = access;
    }

    public static Permissions of(Optional<UserAccount> signedIn) {
        return new Permissions(signedIn.map(u -> Access.of(u, new UnitTree(List.of()))).orElse(Access.setup()));
    }

    /** For the person signed in to {@code ctx} now. */
    public static Permissions of(UiContext ctx) {
        return of(ctx.tertib().auth().current());
    }

    /** Employees and units: administrators and HR officers (and set-up mode). */
    public boolean mayEditStaffData() {
        return access.canEditStaffData();
    }

    public boolean mayReadAuditTrail() {
        return access.canReadAuditTrail();
    }

    /** Discipline assessments and cases: confidential, HR officers and administrators. */
    public boolean mayHandleDiscipline() {
        return access.canHandleDiscipline();
    }

    public boolean mayManageUsers() {
        return access.canManageUsers();
    }

    /** Attendance and leave of some unit: everyone but viewers (the unit itself is checked per record). */
    public boolean mayKeepAttendance() {
        return access.role() != id.tertib.domain.Role.VIEWER;
    }

    /** Database-wide settings such as the leave rules: administrators (and set-up mode). */
    public boolean mayAdminister() {
        return access.canAdminister();
    }
}
