package id.tertib.domain.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tertib.domain.DomainException;
import id.tertib.domain.Problem;
import id.tertib.domain.attendance.AttendanceCode.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceCodesTest {

    private final AttendanceCodes codes = AttendanceCodes.defaults();

    @Test
    void findsCodesWhateverTheCase() {
        assertThat(codes.find("tl")).contains(AttendanceCodes.TL);
        assertThat(codes.find(" Psw ")).contains(AttendanceCodes.PSW);
        assertThat(codes.find("cltn").map(AttendanceCode::kind)).contains(Kind.LEAVE);
        assertThat(codes.find("XX")).isEmpty();
        assertThat(codes.find(null)).isEmpty();
    }

    @Test
    void holdsTheDefaultsFromTheBrief() {
        assertThat(codes.all()).extracting(AttendanceCode::code).containsExactly("H", "TL", "PSW", "DL", "DD", "TB",
                "S", "I", "CT", "CB", "CS", "CM", "CAP", "CLTN", "CBS", "TK");
    }

    @Test
    void onlyTkIsUnexcused() {
        assertThat(codes.all()).filteredOn(AttendanceCode::isUnexcused).containsExactly(AttendanceCodes.TK);
    }

    @Test
    void dutyIsAValidAbsenceThatCountsAsPresent() {
        AttendanceCode dl = codes.require("DL");
        assertThat(dl.isValidAbsence()).isTrue();
        assertThat(dl.countsAsPresent()).isTrue();
        assertThat(dl.isUnexcused()).isFalse();
    }

    @Test
    void lateAndEarlyArePresentAndAccumulateMinutes() {
        for (AttendanceCode c : List.of(AttendanceCodes.TL, AttendanceCodes.PSW)) {
            assertThat(c.countsAsPresent()).isTrue();
            assertThat(c.isValidAbsence()).isFalse();
            assertThat(c.accumulatesMinutes()).isTrue();
        }
        assertThat(AttendanceCodes.H.accumulatesMinutes()).isFalse();
    }

    @Test
    void sickLeaveStudyAndPermissionAreValidButNotPresent() {
        for (String code : List.of("S", "I", "TB", "CT", "CB", "CS", "CM", "CAP", "CLTN", "CBS")) {
            AttendanceCode c = codes.require(code);
            assertThat(c.isValidAbsence()).as(code).isTrue();
            assertThat(c.countsAsPresent()).as(code).isFalse();
        }
        assertThat(AttendanceCodes.TK.isValidAbsence()).isFalse();
        assertThat(AttendanceCodes.TK.countsAsPresent()).isFalse();
    }

    @Test
    void acceptsOfficeCodes() {
        AttendanceCodes office = new AttendanceCodes(List.of(AttendanceCode.of("wfh", Kind.DUTY)));
        assertThat(office.find("WFH").map(AttendanceCode::kind)).contains(Kind.DUTY);
        assertThat(office.all()).hasSize(codes.all().size() + 1);
    }

    @Test
    void refusesDuplicateCodesNamingEachOne() {
        assertThatThrownBy(() -> new AttendanceCodes(List.of(AttendanceCode.of("tk", Kind.SICK),
                AttendanceCode.of("X1", Kind.LEAVE), AttendanceCode.of("x1", Kind.LEAVE))))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).problems()).asList()
                .containsExactly(Problem.of("code", "attendance.codeDuplicate", "TK"),
                        Problem.of("code", "attendance.codeDuplicate", "X1"));
    }

    @Test
    void refusesBlankOrOddCodes() {
        assertThatThrownBy(() -> AttendanceCode.of(" ", Kind.LEAVE)).isInstanceOf(DomainException.class)
                .hasMessageContaining("attendance.codeRequired");
        assertThatThrownBy(() -> AttendanceCode.of("C-T", Kind.LEAVE)).isInstanceOf(DomainException.class)
                .hasMessageContaining("attendance.codeFormat");
        assertThatThrownBy(() -> codes.require("ZZ")).isInstanceOf(DomainException.class)
                .hasMessageContaining("attendance.codeUnknown");
    }
}
