package id.tertib.domain.travel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * An assignment letter for official travel with its travellers. {@code id} is 0 until stored; {@code unitId} is the
 * issuing unit, whose people are the pool the trip could have gone to. The dates are inclusive.
 */
public record SuratTugas(
        long id,
        String number,
        LocalDate date,
        long unitId,
        String basis,
        String purpose,
        String city,
        String province,
        TravelKind kind,
        LocalDate depart,
        LocalDate returns,
        String transport,
        String budgetAccount,
        String issuer,
        TravelStatus status,
        List<Participant> participants) {

    public SuratTugas {
        participants = List.copyOf(participants);
    }

    public SuratTugas withId(long newId) {
        return new SuratTugas(newId, number, date, unitId, basis, purpose, city, province, kind, depart, returns,
                transport, budgetAccount, issuer, status, participants);
    }

    public SuratTugas withStatus(TravelStatus newStatus) {
        return new SuratTugas(id, number, date, unitId, basis, purpose, city, province, kind, depart, returns,
                transport, budgetAccount, issuer, newStatus, participants);
    }

    /** Calendar days from departure to return, both counted (the SPD's "lama perjalanan"). */
    public int length() {
        return (int) ChronoUnit.DAYS.between(depart, returns) + 1;
    }

    public boolean active() {
        return status == TravelStatus.ACTIVE;
    }

    /** Whether the trip's dates and {@code from..to} share a day. */
    public boolean touches(LocalDate from, LocalDate to) {
        return !depart.isAfter(to) && !returns.isBefore(from);
    }

    public Optional<Participant> participant(long employeeId) {
        return participants.stream().filter(p -> p.employeeId() == employeeId).findFirst();
    }

    /** "Bandung, Jawa Barat", or the city alone. */
    public String destination() {
        return province == null || province.isBlank() ? city : city + ", " + province;
    }
}
