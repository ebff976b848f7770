package id.tertib.io.performance;

import id.tertib.domain.performance.CoreValue;
import id.tertib.domain.performance.NoteKind;
import java.time.LocalDate;
import java.util.Set;

/** One good row of a notes file: the person's NIP as written (digits only), and the note's parts. */
public record NoteRow(int row, String nip, LocalDate date, NoteKind kind, Set<CoreValue> values, String text,
        String author) {

    public NoteRow {
        values = Set.copyOf(values);
    }
}
