package org.attune.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Output written to a temporary file beside its target and renamed into place only when the
 * run completes, so a failed run leaves no partial file.
 */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * A new temporary file in the target's directory, readable by its owner only; a usage error
   * when none can be made there. Its name is {@code .<target>.<n>.part}, created only if no file
   * or link has it ({@code O_EXCL}), trying the next n if one has. Not {@link
   * Files#createTempFile}: its random names start the JDK's security providers, about 15 ms of
   * every run's start.
   */
  static Path tempBeside(Path output) {
    return tempBeside(output, System.nanoTime() & Long.MAX_VALUE);
  }

  /** As {@link #tempBeside(Path)}, trying n first. */
  static Path tempBeside(Path output, long n) {
    Path dir = output.toAbsolutePath().getParent();
    for (int attempt = 0; ; attempt++) {
      Path temp = dir.resolve("." + output.getFileName() + "." + Long.toString(n + attempt, 36) + ".part");
      try {
        return create(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 99) {
          throw cannotWrite(output, dir);
        }
      } catch (IOException | SecurityException e) {
        throw cannotWrite(output, dir);
      }
    }
  }

  private static Path create(Path temp) throws IOException {
    try {
      return Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException e) {
      return Files.createFile(temp); // a file system without POSIX permissions
    }
  }

  private static UsageException cannotWrite(Path output, Path dir) {
    return new UsageException("cannot write the output file " + output + ": "
        + (Files.isDirectory(dir) ? "no permission to create files in " : "no such directory ") + dir);
  }

  /**
   * Renames the finished temporary file onto the target. The temporary file was created
   * readable by its owner only; give the result the target's permissions when it existed,
   * otherwise the usual rw-r--r--.
   *
   * <p>An existing target file is first renamed aside, and removed once the new file has its
   * name: ext4 makes a rename over an existing file wait until the new file's blocks are
   * allocated on disk (its {@code auto_da_alloc} guard), 85 ms for 1,000,000 scored EPDS rows
   * (53 MB). The output then has the durability of a new file, like any first run's; the old
   * file comes back if the new one cannot take its name.
   */
  static void publish(Path temp, Path output) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view != null) {
      view.setPermissions(Files.exists(output)
          ? Files.getPosixFilePermissions(output)
          : PosixFilePermissions.fromString("rw-r--r--"));
    }
    Path aside = temp.resolveSibling(temp.getFileName() + ".old");
    if (Files.isRegularFile(output, LinkOption.NOFOLLOW_LINKS) && moved(output, aside)) {
      try {
        Files.move(temp, output, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        Files.move(aside, output, StandardCopyOption.ATOMIC_MOVE);
        throw e;
      }
      try {
        Files.delete(aside);
      } catch (IOException e) {
        // the output is in place: a hidden .old file left beside it is all this costs
      }
    } else {
      Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /** Whether the file could be renamed to a name that nothing has. */
  private static boolean moved(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
