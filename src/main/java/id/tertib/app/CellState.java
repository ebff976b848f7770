package id.tertib.app;

import id.tertib.domain.attendance.AttendanceDay;
import java.time.LocalDate;
import java.util.Optional;

/** What one cell of the grid holds: a stored day, or nothing. Used to change cells and to undo a change. */
public record CellState(long employeeId, LocalDate date, Optional<AttendanceDay> day) {
}
