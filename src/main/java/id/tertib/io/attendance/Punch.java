package id.tertib.io.attendance;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One scan as read from a machine export, before anything is decided about it.
 *
 * <p>{@code line} is the 1-based line of a {@code .dat} file, or the row number a spreadsheet shows for a
 * CSV/XLSX export. {@code pin} is the person key exactly as the file carries it (trimmed): the device PIN,
 * or, when a {@link PunchMapping} says {@link PersonKey#NIP}, the NIP. The caller knows which, since it chose
 * the mapping; a PIN goes through the device enrolment table, a NIP does not.
 *
 * <p>{@code deviceStatus} (0 in, 1 out, 2 break-out, 3 break-in, 4 OT-in, 5 OT-out), {@code verifyMode} and
 * {@code workCode} are kept raw, never null: "" when the file has no such field. The in/out button is often
 * wrong, so arrival and departure are decided by the time of day, not by the status.
 */
public record Punch(int line, String pin, LocalDateTime at, String deviceStatus, String verifyMode, String workCode) {

    public Punch {
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(at, "at");
        deviceStatus = deviceStatus == null ? "" : deviceStatus;
        verifyMode = verifyMode == null ? "" : verifyMode;
        workCode = workCode == null ? "" : workCode;
    }
}
