package id.tertib.domain.leave;

import id.tertib.domain.DomainException;
import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Gender;
import id.tertib.domain.NiPppk;
import id.tertib.domain.Nip;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What the leave rules need to know about a person: status (PNS/CPNS or PPPK), gender, and when service began. For
 * PNS and CPNS that is the TMT CPNS in the NIP (digits 9-14), taken as the first day of that month. The NI PPPK carries
 * the year of appointment in digits 9-12 but no month ({@code monthKnown} false): PP 49/2018 grants annual leave after
 * one year of continuous work, so nothing is due in the appointment year or before it, and the right begins in the
 * year after (the balance counts whole years, as for PNS). Where HR entered the TMT PPPK, that date decides. A NI
 * whose digits 9-12 are no plausible year, with no TMT entered, leaves the start unknown, and the balance says so.
 */
public record Applicant(EmploymentStatus status, Gender gender, Optional<YearMonth> serviceStart,
        boolean monthKnown) {

    /** A PNS or CPNS, or anyone whose month of appointment is known. */
    public Applicant(EmploymentStatus status, Gender gender, Optional<YearMonth> serviceStart) {
        this(status, gender, serviceStart, true);
    }

    /** Far enough ahead that a stored NIP's appointment month is never "in the future" while reading it back. */
    private static final LocalDate NO_LIMIT = LocalDate.of(9999, 12, 31);

    public static Applicant of(Employee e) {
        if (!e.status().isPns() && e.appointedOn() != null) {
            return new Applicant(e.status(), e.gender(), Optional.of(YearMonth.from(e.appointedOn())), true);
        }
        if (!e.status().isPns()) {
            return new Applicant(e.status(), e.gender(), pppkAppointmentYear(e).map(y -> YearMonth.of(y, 1)), false);
        }
        Optional<YearMonth> start;
        try {
            start = Optional.of(Nip.parse(e.number(), NO_LIMIT).appointment());
        } catch (DomainException notAPlausibleNip) {
            start = Optional.empty();
        }
        return new Applicant(e.status(), e.gender(), start);
    }

    private static Optional<Integer> pppkAppointmentYear(Employee e) {
        try {
            return NiPppk.parse(e.number()).appointmentYear();
        } catch (DomainException notAPlausibleNi) {
            return Optional.empty();
        }
    }

    /** The day {@code years} of service are complete; empty when the start of service is unknown. */
    public Optional<LocalDate> serviceComplete(int years) {
        return serviceStart.map(s -> s.atDay(1).plusYears(years));
    }
}
