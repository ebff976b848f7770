package id.tertib.app;

import static org.assertj.core.api.Assertions.assertThat;

import id.tertib.domain.attendance.AttendanceDay;
import id.tertib.domain.leave.LeaveRequest;
import id.tertib.domain.leave.LeaveStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's leave is real leave: the CT days in the grid are approved requests, and the balances show them. */
class DemoLeaveTest {

    @TempDir
    static Path dir;

    private static Tertib tertib;

    @BeforeAll
    static void fill() {
        tertib = AppFixtures.open(dir);
        tertib.demo().fillWithAttendance(DemoService.DEFAULT_SEED, DemoService.DEFAULT_EMPLOYEES, ImportProgress.NONE);
        tertib.auth().signIn("hr", DemoService.DEMO_PASSWORD);
    }

    @Test
    void everyCtDayInTheGridIsPartOfAnApprovedRequestAndTheBalanceCountsIt() {
        List<LeaveRequest> approved = tertib.leave().list(LeaveService.Filter.ALL).stream()
                .map(LeaveService.Entry::request).filter(r -> r.status() == LeaveStatus.APPROVED).toList();
        assertThat(approved).hasSizeGreaterThan(100);

        List<AttendanceDay> ct = ctDays(2026);
        assertThat(ct).isNotEmpty();
        for (AttendanceDay d : ct) {
            assertThat(approved).as("a request behind CT of %d on %s", d.employeeId(), d.date())
                    .anyMatch(r -> r.employeeId() == d.employeeId() && r.contains(d.date()));
        }
        long someone = ct.get(0).employeeId();
        long days2026 = approved.stream().filter(r -> r.employeeId() == someone && r.from().getYear() == 2026)
                .mapToInt(LeaveRequest::workingDays).sum();
        var balance = tertib.leave().balance(someone, 2026);
        assertThat(balance.taken()).isEqualTo(days2026);
        assertThat(balance.basis().takenWithoutRequest()).isZero();
        assertThat(balance.remaining()).isGreaterThanOrEqualTo(0);
    }

    private static List<AttendanceDay> ctDays(int year) {
        long root = tertib.units().list().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow().id();
        List<AttendanceDay> out = new java.util.ArrayList<>();
        for (int m = 1; m <= 11; m++) {
            MonthSheet sheet = tertib.attendance().month(root, java.time.YearMonth.of(year, m));
            for (var e : sheet.people()) {
                for (var column : sheet.days()) {
                    sheet.record(e.id(), column.date()).filter(a -> a.code().equals("CT")).ifPresent(out::add);
                }
            }
        }
        return out;
    }
}
