package id.tertib.app;

import id.tertib.domain.Employee;
import id.tertib.domain.Problem;
import id.tertib.domain.travel.Conflict;
import id.tertib.domain.travel.Participant;
import id.tertib.domain.travel.SuratTugas;
import id.tertib.domain.travel.TravelKind;
import id.tertib.domain.travel.TravelStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The travel register: Surat Tugas with their travellers. Saving marks the travellers' working days DL in the daily
 * attendance (cancelling takes them out again), checks every conflict, and keeps the rotation honest: a trip that
 * passes over people who should have gone first needs a reason. Everything is audited.
 */
public final class TravelService {

    /** Which letters to list; null parts do not filter. Dates list the trips that touch the period. */
    public record Filter(Long unitId, LocalDate from, LocalDate to, TravelStatus status) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /** A letter with its issuing unit's name, its travellers in order, and whether the signed-in person may edit it. */
    public record Entry(SuratTugas trip, String unitName, List<Employee> travellers, boolean editable) {
    }

    /** A letter as typed in the form ({@code id} 0 for a new one); parts may still be missing. */
    public record Draft(long id, String number, LocalDate date, long unitId, String basis, String purpose,
            String city, String province, TravelKind kind, LocalDate depart, LocalDate returns, String transport,
            String budgetAccount, String issuer, List<Participant> participants) {
    }

    /** A conflict with the person it concerns. */
    public record ConflictEntry(Conflict conflict, Employee employee) {
    }

    /**
     * Someone who could go on a trip, ranked: fewest trips, then fewest travel days in the window, then longest since
     * their last trip (never first). {@code rank} starts at 1; people who are busy on the dates (leave, another trip,
     * sick) come last with rank 0 and say why in {@code busy} (message keys with arguments).
     */
    public record Candidate(Employee employee, int rank, int trips, int days, Optional<LocalDate> lastTrip,
            List<Problem> busy) {
        public boolean available() {
            return busy.isEmpty();
        }
    }

    /**
     * What saving a draft would meet: problems that block it (missing or wrong fields), conflicts that need a reason,
     * and the better-placed candidates the chosen travellers pass over (a reason is needed when not empty).
     */
    public record Check(List<Problem> problems, List<ConflictEntry> conflicts, List<Candidate> passedOver) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final Transactions tx;
    private final Clock clock;

    TravelService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Letters the signed-in person may see, newest departure first. */
    public List<Entry> list(Filter f) {
        throw new UnsupportedOperationException("being written");
    }

    /** Checks a draft without saving; the form calls this as the user fills it in. */
    public Check check(Draft draft) {
        throw new UnsupportedOperationException("being written");
    }

    /**
     * Who could go on a trip of {@code unitId} (with sub-units) from {@code depart} to {@code returns}, best first.
     * {@code tripId} is the letter being edited (its own travellers are not busy because of it), 0 for a new one.
     */
    public List<Candidate> candidates(long unitId, LocalDate depart, LocalDate returns, long tripId) {
        throw new UnsupportedOperationException("being written");
    }

    /**
     * Saves a new or changed letter after every check. Conflicts need {@code conflictReason}; passing over better
     * placed candidates needs {@code rotationReason}; both are audited. The travellers' working days become DL.
     */
    public SuratTugas save(Draft draft, String conflictReason, String rotationReason) {
        throw new UnsupportedOperationException("being written");
    }

    /** Cancels a letter; its DL days are taken out of the attendance again. The note says why. */
    public SuratTugas cancel(long id, String note) {
        throw new UnsupportedOperationException("being written");
    }

    /** Every conflict of the active letters touching {@code from..to}: the reconciliation report. */
    public List<ConflictEntry> conflicts(LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("being written");
    }
}
