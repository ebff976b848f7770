package id.tertib.domain;

import java.time.LocalDate;

/**
 * A civil servant (ASN). {@code number} is the NIP for CPNS/PNS and the NI PPPK for PPPK; birth date
 * (and for PNS, gender) come from it. {@code appointedOn} is the TMT PPPK where HR entered it (null otherwise): the
 * NI carries only the year, and some NIs not even that. {@code id} is 0 until stored.
 */
public record Employee(
        long id,
        String number,
        PersonName name,
        Gender gender,
        LocalDate birthDate,
        EmploymentStatus status,
        Golongan golongan,
        String positionName,
        PositionKind positionKind,
        long unitId,
        String pin,
        boolean active,
        LocalDate appointedOn) {

    /** Someone whose appointment date is not recorded apart from the number. */
    public Employee(long id, String number, PersonName name, Gender gender, LocalDate birthDate,
            EmploymentStatus status, Golongan golongan, String positionName, PositionKind positionKind, long unitId,
            String pin, boolean active) {
        this(id, number, name, gender, birthDate, status, golongan, positionName, positionKind, unitId, pin, active,
                null);
    }

    public Employee withId(long newId) {
        return new Employee(newId, number, name, gender, birthDate, status, golongan, positionName, positionKind,
                unitId, pin, active, appointedOn);
    }

    public Employee withActive(boolean newActive) {
        return new Employee(id, number, name, gender, birthDate, status, golongan, positionName, positionKind,
                unitId, pin, newActive, appointedOn);
    }

    /** The number grouped as on letters (PNS NIP) or as is (NI PPPK). */
    public String numberGrouped() {
        return status.isPns() && number.length() == Nip.LENGTH ? Nip.group(number) : number;
    }
}
