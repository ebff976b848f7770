package id.tertib.domain.leave;

import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.Nip;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What the leave rules need to know about a person: status (PNS/CPNS or PPPK), gender, and when service began. For
 * PNS and CPNS that is the TMT CPNS in the NIP (digits 9-14), taken as the first day of that month. The NI PPPK has no
 * settled place for it (shared/domain.md: verify), so a PPPK's service start is unknown and service-based rules are not
 * applied to them; the balance says so.
 */
public record Applicant(EmploymentStatus status, Gender gender, Optional<YearMonth> serviceStart) {

    /** Far enough ahead that a stored NIP's appointment month is never "in the future" while reading it back. */
    private static final LocalDate NO_LIMIT = LocalDate.of(9999, 12, 31);

    public static Applicant of(Employee e) {
        Optional<YearMonth> start = Optional.empty();
        if (e.status().isPns()) {
            try {
                start = Optional.of(Nip.parse(e.number(), NO_LIMIT).appointment());
            } catch (DomainException notAPlausibleNip) {
                start = Optional.empty();
            }
        }
        return new Applicant(e.status(), e.gender(), start);
    }

    /** The day {@code years} of service are complete; empty when the start of service is unknown. */
    public Optional<LocalDate> serviceComplete(int years) {
        return serviceStart.map(s -> s.atDay(1).plusYears(years));
    }
}
