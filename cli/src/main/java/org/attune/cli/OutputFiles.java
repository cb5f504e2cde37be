package org.attune.cli;

import java.io.IOException;
import java.nio.file.Files;
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

  /** A new temporary file in the target's directory; a usage error when none can be made there. */
  static Path tempBeside(Path output) {
    Path dir = output.toAbsolutePath().getParent();
    try {
      return Files.createTempFile(dir, "." + output.getFileName() + ".", ".part");
    } catch (IOException | SecurityException e) {
      throw new UsageException("cannot write the output file " + output + ": "
          + (Files.isDirectory(dir) ? "no permission to create files in " : "no such directory ") + dir);
    }
  }

  /**
   * Renames the finished temporary file onto the target. The temporary file was created
   * readable by its owner only; give the result the target's permissions when it existed,
   * otherwise the usual rw-r--r--.
   */
  static void publish(Path temp, Path output) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
    if (view != null) {
      view.setPermissions(Files.exists(output)
          ? Files.getPosixFilePermissions(output)
          : PosixFilePermissions.fromString("rw-r--r--"));
    }
    Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
