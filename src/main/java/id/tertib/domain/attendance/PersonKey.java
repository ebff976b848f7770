package id.tertib.domain.attendance;

/** What identifies the person in a punch export: the device PIN (via enrolment) or the NIP itself. */
public enum PersonKey {
    PIN,
    NIP
}
