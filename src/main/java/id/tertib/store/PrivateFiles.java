package id.tertib.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Personnel data is readable only by the OS user who runs Tertib: folders 700, files 600 on POSIX file
 * systems. Where the file system has no POSIX permissions (Windows, a FAT stick), nothing is changed and
 * nothing is reported: the user's profile folder already protects the data there.
 */
public final class PrivateFiles {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /**
     * Creates {@code folder} and any missing parents; only the folders created here are made private (a
     * folder the user chose, such as their Documents, keeps its permissions). Returns true when
     * {@code folder} itself was created.
     */
    public static boolean createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        List<Path> missing = new ArrayList<>();
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        Files.createDirectories(absolute);
        missing.forEach(PrivateFiles::restrictFolder);
        return !missing.isEmpty();
    }

    /** Creates an empty file readable only by its owner; an existing file is made private. */
    public static void createFile(Path file) throws IOException {
        if (posix(file)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } catch (FileAlreadyExistsException e) {
                restrictFile(file);
            }
        } else if (!Files.exists(file)) {
            Files.createFile(file);
        }
    }

    public static void restrictFolder(Path folder) {
        set(folder, FOLDER);
    }

    public static void restrictFile(Path file) {
        set(file, FILE);
    }

    private static void set(Path path, Set<PosixFilePermission> permissions) {
        if (!posix(path) || !Files.exists(path)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // Not the owner, or a mounted file system without permissions: leave it as it is.
            System.getLogger("tertib").log(System.Logger.Level.DEBUG, "cannot restrict " + path, e);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
