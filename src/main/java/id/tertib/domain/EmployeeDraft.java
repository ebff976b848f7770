package id.tertib.domain;

import java.time.LocalDate;

/**
 * What a user typed in the employee form or an import row, before checking. Empty strings and nulls
 * mean "not given". {@code birthDate} and {@code gender} are optional for a PNS: they are read from
 * the NIP and, when given, must agree with it.
 */
public record EmployeeDraft(
        long id,
        String number,
        String frontTitle,
        String name,
        String backTitle,
        Gender gender,
        LocalDate birthDate,
        EmploymentStatus status,
        String golongan,
        String positionName,
        PositionKind positionKind,
        Long unitId,
        String pin,
        boolean active,
        LocalDate appointedOn) {

    /** A draft without an appointment date (the number says enough, or nobody entered it). */
    public EmployeeDraft(long id, String number, String frontTitle, String name, String backTitle, Gender gender,
            LocalDate birthDate, EmploymentStatus status, String golongan, String positionName,
            PositionKind positionKind, Long unitId, String pin, boolean active) {
        this(id, number, frontTitle, name, backTitle, gender, birthDate, status, golongan, positionName, positionKind,
                unitId, pin, active, null);
    }

    public static EmployeeDraft of(Employee e) {
        return new EmployeeDraft(e.id(), e.number(), e.name().frontTitle(), e.name().name(), e.name().backTitle(),
                e.gender(), e.birthDate(), e.status(), e.golongan() == null ? "" : e.golongan().code(),
                e.positionName(), e.positionKind(), e.unitId(), e.pin(), e.active(), e.appointedOn());
    }
}
