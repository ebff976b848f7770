package id.tertib.ui;

import id.tertib.app.Tertib;
import id.tertib.domain.EmployeeDraft;
import id.tertib.domain.EmploymentStatus;
import id.tertib.domain.PositionKind;

/** Ready-made employees for UI tests. */
final class TestPeople {

    private TestPeople() {
    }

    static EmployeeDraft pns(String nip, String name, Tertib tertib, String unitCode) {
        long unitId = tertib.units().list().stream().filter(u -> u.code().equals(unitCode)).findFirst().orElseThrow().id();
        return new EmployeeDraft(0, nip, "", name, "", null, null, EmploymentStatus.PNS, "III/a", "Pelaksana",
                PositionKind.PELAKSANA, unitId, "", true);
    }
}
