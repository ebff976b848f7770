package id.tertib.app;

import id.tertib.store.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code backups} folder beside a database. Automatic backups are named after the database
 * ({@code tertib-20261123-170512.db}), so two databases in one folder keep their backups apart; the copy
 * kept before a restore is {@code sebelum-pulih-20261123-170512.db}.
 */
final class BackupFolder {

    static final String FOLDER = "backups";
    static final String BEFORE_RESTORE = "sebelum-pulih";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");
    private static final String STAMP_PATTERN = "-(\\d{8}-\\d{6})(?:-\\d+)?\\.db";

    private final Path database;
    private final Path folder;
    private final Pattern automatic;
    private final Pattern beforeRestore = Pattern.compile(Pattern.quote(BEFORE_RESTORE) + STAMP_PATTERN);

    BackupFolder(Path database) {
        this.database = database.toAbsolutePath();
        this.folder = of(this.database);
        this.automatic = Pattern.compile(Pattern.quote(stem()) + STAMP_PATTERN);
    }

    static Path of(Path database) {
        return database.toAbsolutePath().resolveSibling(FOLDER);
    }

    Path folder() {
        return folder;
    }

    /** Every {@code .db} file in the folder, newest first. */
    List<Backup> list(ZoneId zone) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".db")).toList()) {
                backups.add(describe(file, zone));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        backups.sort(Comparator.comparing(Backup::taken).thenComparing(b -> b.file().getFileName().toString())
                .reversed());
        return backups;
    }

    private Backup describe(Path file, ZoneId zone) throws IOException {
        String name = file.getFileName().toString();
        long bytes = Files.size(file);
        for (var kind : List.of(Backup.Kind.AUTOMATIC, Backup.Kind.BEFORE_RESTORE)) {
            Matcher m = (kind == Backup.Kind.AUTOMATIC ? automatic : beforeRestore).matcher(name);
            if (m.matches()) {
                try {
                    return new Backup(file, LocalDateTime.parse(m.group(1), STAMP), bytes, kind);
                } catch (DateTimeParseException e) {
                    break; // digits that are no date: treat as any other file
                }
            }
        }
        LocalDateTime modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), zone);
        return new Backup(file, modified, bytes, Backup.Kind.OTHER);
    }

    /** A new, unused file name for an automatic backup taken at {@code when}; creates the folder. */
    Path automaticTarget(LocalDateTime when) throws IOException {
        return unused(stem(), when);
    }

    /** A new, unused file name for the copy kept before a restore; creates the folder. */
    Path beforeRestoreTarget(LocalDateTime when) throws IOException {
        return unused(BEFORE_RESTORE, when);
    }

    private Path unused(String prefix, LocalDateTime when) throws IOException {
        create();
        String base = prefix + "-" + STAMP.format(when);
        Path target = folder.resolve(base + ".db");
        for (int i = 2; Files.exists(target); i++) {
            target = folder.resolve(base + "-" + i + ".db");
        }
        return target;
    }

    void create() throws IOException {
        PrivateFiles.createFolders(folder);
        PrivateFiles.restrictFolder(folder);
    }

    private String stem() {
        String name = database.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
