package id.tertib.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The one-writer rule: an OS lock on {@code <database>.lock}, held while Tertib has the database open for
 * writing. The operating system drops the lock when the process ends, however it ends, so a lock file left
 * behind by a crash never blocks anyone. The file itself is never deleted: deleting it would let two
 * processes lock two different files of the same name.
 */
public final class DatabaseLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFileOf(Path database) {
        Path absolute = database.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /** The lock, or empty when another Tertib (another process, or another window of this one) holds it. */
    public static Optional<DatabaseLock> tryAcquire(Path database) {
        Path file = lockFileOf(database);
        FileChannel channel = null;
        try {
            PrivateFiles.createFile(file);
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by this same Java process (a second open of the same file)
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new DatabaseLock(file, channel, lock));
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // already failing; report the first problem
                }
            }
            throw new StoreException("store.lockFailed", e, file);
        }
    }

    public Path file() {
        return file;
    }

    /** Releases the lock; another Tertib may then open the database for writing. */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
            channel.close();
        } catch (IOException e) {
            System.getLogger("tertib").log(System.Logger.Level.WARNING, "cannot release " + file, e);
        }
    }
}
