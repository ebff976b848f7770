package id.tertib.domain.attendance;

import static id.tertib.domain.attendance.AttendanceCode.Kind.DUTY;
import static id.tertib.domain.attendance.AttendanceCode.Kind.EARLY_LEAVE;
import static id.tertib.domain.attendance.AttendanceCode.Kind.LATE;
import static id.tertib.domain.attendance.AttendanceCode.Kind.LEAVE;
import static id.tertib.domain.attendance.AttendanceCode.Kind.PERMISSION;
import static id.tertib.domain.attendance.AttendanceCode.Kind.PRESENT;
import static id.tertib.domain.attendance.AttendanceCode.Kind.SICK;
import static id.tertib.domain.attendance.AttendanceCode.Kind.STUDY;
import static id.tertib.domain.attendance.AttendanceCode.Kind.UNEXCUSED;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The codes an office uses: the common defaults from shared/domain.md plus any the office adds. Codes are unique
 * regardless of case; an added code may not redefine a default (that would silently change what old recaps mean).
 */
public final class AttendanceCodes {

    public static final AttendanceCode H = AttendanceCode.of("H", PRESENT);
    public static final AttendanceCode TL = AttendanceCode.of("TL", LATE);
    public static final AttendanceCode PSW = AttendanceCode.of("PSW", EARLY_LEAVE);
    public static final AttendanceCode TK = AttendanceCode.of("TK", UNEXCUSED);

    /**
     * Defaults. Leave codes: CT annual (cuti tahunan), CB long (cuti besar), CS sick (cuti sakit), CM maternity
     * (cuti melahirkan), CAP important reason (cuti karena alasan penting), CLTN unpaid (cuti di luar tanggungan
     * negara), CBS cuti bersama taken individually (e.g. by someone who had to work on the collective day and takes
     * it later; "CB" is already long leave, so cuti bersama gets its own three letters).
     */
    private static final List<AttendanceCode> DEFAULTS = List.of(
            H, TL, PSW,
            AttendanceCode.of("DL", DUTY), AttendanceCode.of("DD", DUTY),
            AttendanceCode.of("TB", STUDY),
            AttendanceCode.of("S", SICK),
            AttendanceCode.of("I", PERMISSION),
            AttendanceCode.of("CT", LEAVE), AttendanceCode.of("CB", LEAVE), AttendanceCode.of("CS", LEAVE),
            AttendanceCode.of("CM", LEAVE), AttendanceCode.of("CAP", LEAVE), AttendanceCode.of("CLTN", LEAVE),
            AttendanceCode.of("CBS", LEAVE),
            TK);

    private final Map<String, AttendanceCode> byCode = new LinkedHashMap<>();

    /** The defaults only. */
    public AttendanceCodes() {
        this(List.of());
    }

    /** The defaults plus codes the office added; refuses a code that is already taken, listing every duplicate. */
    public AttendanceCodes(Collection<AttendanceCode> extra) {
        DEFAULTS.forEach(c -> byCode.put(c.code(), c));
        List<Problem> problems = new ArrayList<>();
        for (AttendanceCode c : extra) {
            if (byCode.putIfAbsent(c.code(), c) != null) {
                problems.add(Problem.of("code", "attendance.codeDuplicate", c.code()));
            }
        }
        if (!problems.isEmpty()) {
            throw new DomainException(problems);
        }
    }

    public static AttendanceCodes defaults() {
        return new AttendanceCodes();
    }

    /** The code as typed ({@code "tl"}, {@code " TL "}), or empty when the office has no such code. */
    public Optional<AttendanceCode> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        AttendanceCode stored = byCode.get(code); // as stored: already upper case, the common case
        return Optional.ofNullable(stored != null ? stored : byCode.get(code.trim().toUpperCase(Locale.ROOT)));
    }

    /** Like {@link #find} but refuses an unknown code with a message the user can act on. */
    public AttendanceCode require(String code) {
        return find(code).orElseThrow(() -> new DomainException(
                Problem.of("code", "attendance.codeUnknown", code == null ? "" : code.trim())));
    }

    /** Defaults first, then added codes, in the order given. */
    public List<AttendanceCode> all() {
        return List.copyOf(byCode.values());
    }
}
