package id.tertib.domain;

/** Kind of position (jabatan): structural levels, functional (JF) and pelaksana. */
public enum PositionKind {
    JPT_MADYA(true),
    JPT_PRATAMA(true),
    ADMINISTRATOR(true),
    PENGAWAS(true),
    FUNGSIONAL(false),
    PELAKSANA(false);

    private final boolean structural;

    PositionKind(boolean structural) {
        this.structural = structural;
    }

    public boolean isStructural() {
        return structural;
    }
}
