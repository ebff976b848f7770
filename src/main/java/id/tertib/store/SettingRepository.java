package id.tertib.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Named settings (language, demo marker, ...). */
public final class SettingRepository {

    private final Handle handle;

    SettingRepository(Handle handle) {
        this.handle = handle;
    }

    public Optional<String> get(String name) {
        return handle.createQuery("SELECT value FROM setting WHERE name = :name").bind("name", name)
                .mapTo(String.class).findOne();
    }

    public void put(String name, String value) {
        int updated = handle.createUpdate("UPDATE setting SET value = :value WHERE name = :name")
                .bind("name", name).bind("value", value).execute();
        if (updated == 0) {
            handle.createUpdate("INSERT INTO setting (name, value) VALUES (:name, :value)")
                    .bind("name", name).bind("value", value).execute();
        }
    }

    /** The names of the settings starting with {@code prefix}. */
    public List<String> names(String prefix) {
        return handle.createQuery("SELECT name FROM setting WHERE substr(name, 1, :n) = :prefix ORDER BY name")
                .bind("n", prefix.length()).bind("prefix", prefix).mapTo(String.class).list();
    }
}
