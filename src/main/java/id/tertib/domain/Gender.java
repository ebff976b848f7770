package id.tertib.domain;

/** Gender as coded in digit 15 of a PNS NIP (1 male, 2 female). */
public enum Gender {
    MALE('1'),
    FEMALE('2');

    private final char nipDigit;

    Gender(char nipDigit) {
        this.nipDigit = nipDigit;
    }

    public char nipDigit() {
        return nipDigit;
    }

    public static Gender fromNipDigit(char digit) {
        for (Gender g : values()) {
            if (g.nipDigit == digit) {
                return g;
            }
        }
        throw new IllegalArgumentException("not a gender digit: " + digit);
    }
}
