package id.tertib.app;

import id.tertib.domain.UserAccount;
import java.util.Optional;

/** Who is signed in to this Tertib instance (one window, or one CLI run). */
final class Session {

    private UserAccount user;

    Optional<UserAccount> user() {
        return Optional.ofNullable(user);
    }

    void signIn(UserAccount account) {
        this.user = account;
    }

    void signOut() {
        this.user = null;
    }
}
