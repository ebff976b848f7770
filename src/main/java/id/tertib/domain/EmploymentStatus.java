package id.tertib.domain;

/** ASN status: CPNS and PNS carry a NIP and a PNS golongan; PPPK carries an NI PPPK and a PPPK golongan. */
public enum EmploymentStatus {
    CPNS,
    PNS,
    PPPK;

    public boolean isPns() {
        return this != PPPK;
    }
}
