package id.tertib.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks an {@link EmployeeDraft} and turns it into an {@link Employee}, or reports every problem by field. */
public final class EmployeeRules {

    private static final Pattern PIN = Pattern.compile("[A-Za-z0-9]{1,20}");
    static final int MAX_TEXT = 200;

    private EmployeeRules() {
    }

    /** The checked employee, or a {@link DomainException} listing every problem found. */
    public static Employee check(EmployeeDraft d, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        EmploymentStatus status = d.status();
        if (status == null) {
            problems.add(Problem.of("status", "employee.statusRequired"));
        }
        LocalDate birth = null;
        Gender gender = d.gender();
        String number = null;
        try {
            if (status == null || status.isPns()) {
                Nip nip = Nip.parse(d.number(), today);
                number = nip.digits();
                birth = nip.birthDate();
                if (gender != null && gender != nip.gender()) {
                    problems.add(Problem.of("gender", "employee.genderMismatch"));
                }
                gender = nip.gender();
            } else {
                NiPppk ni = NiPppk.parse(d.number());
                number = ni.digits();
                birth = ni.birthDate();
            }
            if (d.birthDate() != null && !d.birthDate().equals(birth)) {
                problems.add(Problem.of("birthDate", "employee.birthDateMismatch", birth));
            }
        } catch (DomainException e) {
            problems.addAll(e.problems());
        }
        // A PNS gender comes from the NIP: when the NIP is wrong, that is the problem to report, not the gender.
        if (gender == null && status == EmploymentStatus.PPPK) {
            problems.add(Problem.of("gender", "employee.genderRequired"));
        }
        if (d.name() == null || d.name().isBlank()) {
            problems.add(Problem.of("name", "employee.nameRequired"));
        }
        checkLength(problems, "name", d.name());
        checkLength(problems, "frontTitle", d.frontTitle());
        checkLength(problems, "backTitle", d.backTitle());
        checkLength(problems, "positionName", d.positionName());
        Golongan golongan = null;
        if (d.golongan() != null && !d.golongan().isBlank() && status != null) {
            golongan = Golongan.parse(d.golongan(), status).orElse(null);
            if (golongan == null) {
                problems.add(Problem.of("golongan", status.isPns() ? "employee.golonganPns" : "employee.golonganPppk",
                        d.golongan().trim()));
            }
        }
        if (d.positionKind() == null) {
            problems.add(Problem.of("positionKind", "employee.positionKindRequired"));
        }
        if (d.unitId() == null) {
            problems.add(Problem.of("unit", "employee.unitRequired"));
        }
        LocalDate appointed = status == EmploymentStatus.PPPK ? d.appointedOn() : null;
        if (appointed != null && birth != null) {
            checkAppointment(problems, d.number(), appointed, birth, today);
        }
        String pin = d.pin() == null ? "" : d.pin().trim();
        if (!pin.isEmpty() && !PIN.matcher(pin).matches()) {
            problems.add(Problem.of("pin", "employee.pinFormat", pin));
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
        return new Employee(d.id(), number, new PersonName(d.frontTitle(), d.name(), d.backTitle()), gender, birth,
                status, golongan, d.positionName() == null ? "" : d.positionName().trim(), d.positionKind(),
                d.unitId(), pin.isEmpty() ? null : pin, d.active(), appointed);
    }

    /**
     * The TMT PPPK is asked for when a PPPK's NI carries no plausible appointment year and none was entered: without
     * it, annual leave under PP 49/2018 cannot be worked out. The form requires it; an import may leave it for later
     * (the leave balance then says the start of service is unknown).
     */
    public static java.util.Optional<Problem> appointmentMissing(EmployeeDraft d) {
        if (d.status() != EmploymentStatus.PPPK || d.appointedOn() != null) {
            return java.util.Optional.empty();
        }
        try {
            return NiPppk.parse(d.number()).appointmentYear().isPresent() ? java.util.Optional.empty()
                    : java.util.Optional.of(Problem.of("appointedOn", "employee.appointedRequired"));
        } catch (DomainException badNumber) {
            return java.util.Optional.empty(); // the number's own error is the one to fix first
        }
    }

    /**
     * A TMT PPPK lies between the 18th birthday and today and, where the NI carries a plausible appointment year
     * (digits 9-12), in that year. PNS take theirs from the NIP (TMT CPNS), so the field is for PPPK only.
     */
    private static void checkAppointment(List<Problem> problems, String number, LocalDate appointed, LocalDate birth,
            LocalDate today) {
        if (appointed.isAfter(today)) {
            problems.add(Problem.of("appointedOn", "employee.appointedFuture", appointed));
        } else if (appointed.isBefore(birth.plusYears(18))) {
            problems.add(Problem.of("appointedOn", "employee.appointedTooYoung", appointed));
        } else {
            NiPppk.parse(number).appointmentYear().filter(y -> y != appointed.getYear()).ifPresent(y ->
                    problems.add(Problem.of("appointedOn", "employee.appointedOtherYear", appointed, y)));
        }
    }

    private static void checkLength(List<Problem> problems, String field, String value) {
        if (value != null && value.trim().length() > MAX_TEXT) {
            problems.add(Problem.of(field, "text.tooLong", MAX_TEXT));
        }
    }
}
