package id.tertib.domain.fairness;

import id.tertib.domain.Employee;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.Golongan;
import id.tertib.domain.PositionKind;

/**
 * Who counts as eligible for the trips analysed: a golongan range (both ends inclusive, within one scale: a PNS range
 * leaves PPPK out and the other way round), a position kind and a status. Null parts admit everyone.
 */
public record Eligibility(Golongan lowest, Golongan highest, PositionKind positionKind, EmploymentStatus status) {

    public static final Eligibility ANYONE = new Eligibility(null, null, null, null);

    public boolean admits(Employee e) {
        if (positionKind != null && e.positionKind() != positionKind) {
            return false;
        }
        if (status != null && e.status() != status) {
            return false;
        }
        if (lowest == null && highest == null) {
            return true;
        }
        Golongan g = e.golongan();
        if (g == null) {
            return false;
        }
        if (lowest != null && (g.isPppk() != lowest.isPppk() || g.ordinal() < lowest.ordinal())) {
            return false;
        }
        return highest == null || (g.isPppk() == highest.isPppk() && g.ordinal() <= highest.ordinal());
    }
}
