package id.tertib.app;

import at.favre.lib.crypto.bcrypt.BCrypt;

/** Password hashing with bcrypt: a salted, deliberately slow hash; the password itself is never stored. */
final class Passwords {

    /** bcrypt cost 10: about 70 ms per hash on an office PC; slow for guessing, quick enough for signing in. */
    private static final int COST = 10;

    private Passwords() {
    }

    static String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    static boolean matches(String password, String hash) {
        return password != null && BCrypt.verifyer().verify(password.toCharArray(), hash).verified;
    }
}
