package no.arbeidoghelse.kunnskapsbase.platform.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The runnable jar unpacked once per build: Payara's runtime jars ({@code runtime/}), a launcher
 * jar that puts them on the class path ({@code launch.jar}), the application as a directory ({@code
 * app/ROOT}) and Tika's libraries for the extraction worker ({@code extractor/lib}), kept out of
 * the application so that Payara does not scan 60 MB of jars for annotations on every deployment. A
 * version is built in a scratch directory and renamed into place, so a reader sees it whole or not
 * at all; each start checks that every file is still there (temporary directories get cleaned),
 * holds a shared lock while its server runs, and removes versions nobody holds.
 */
final class RuntimeCache {

  static final String LAUNCH_JAR = "launch.jar";
  private static final String PAYARA_MAIN_CLASS = "fish.payara.micro.impl.PayaraMicroImpl";
  private static final String CONTENTS = "contents";
  private static final String RUNTIME_ENTRIES = "MICRO-INF/runtime/";
  private static final String LIBRARY_ENTRIES = "MICRO-INF/lib/";
  private static final String APPLICATION_ENTRY = "MICRO-INF/deploy/ROOT.war";
  private static final String EXTRACTOR_ENTRIES = "WEB-INF/extractor/";
  private static final String OWN_ENTRIES =
      RuntimeCache.class.getPackageName().replace('.', '/') + "/";

  private final Path jar;
  private final Path root;
  private final String version;

  RuntimeCache(Path jar, Path root) throws IOException {
    this.jar = jar;
    this.root = root;
    // a rebuilt jar has another size or time, and so gets a cache of its own
    this.version =
        Long.toHexString(Files.size(jar))
            + "-"
            + Long.toHexString(Files.getLastModifiedTime(jar).toMillis());
  }

  /** This build's directory. */
  Path directory() {
    return root.resolve(version);
  }

  Path launchJar() {
    return directory().resolve(LAUNCH_JAR);
  }

  Path application() {
    return directory().resolve("app").resolve("ROOT");
  }

  Path extractorLibraries() {
    return directory().resolve("extractor").resolve("lib");
  }

  /**
   * Makes sure this build's directory is whole and holds it (shared) until the lease is closed, so
   * that no other start removes it while the server runs.
   */
  FileLock prepare() throws IOException {
    Files.createDirectories(root);
    FileChannel channel =
        FileChannel.open(
            root.resolve(version + ".lock"),
            StandardOpenOption.CREATE,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    FileLock lease = channel.lock(0, Long.MAX_VALUE, true);
    try {
      if (!isWhole(directory())) {
        removeQuietly(directory());
        build();
      }
      removeUnused();
      return lease;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private void build() throws IOException {
    Path scratch = Files.createTempDirectory(root, version + ".partial-");
    try {
      List<String> files = unpack(scratch);
      Files.write(scratch.resolve(CONTENTS), files);
      try {
        Files.move(scratch, directory(), StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | DirectoryNotEmptyException builtMeanwhile) {
        // another start of the same build finished first; its copy is as good as ours
      }
    } finally {
      removeQuietly(scratch);
    }
  }

  /** Unpacks the jar into {@code target}; answers each file as "size path" for the check. */
  private List<String> unpack(Path target) throws IOException {
    var files = new ArrayList<String>();
    try (var source = new JarFile(jar.toFile())) {
      List<JarEntry> entries = source.stream().toList();
      List<String> runtime =
          entries.stream()
              .filter(entry -> !entry.isDirectory())
              .map(entry -> runtimeFile(entry.getName()))
              .filter(java.util.Objects::nonNull)
              .toList();
      try (var launcher =
          new JarOutputStream(
              Files.newOutputStream(target.resolve(LAUNCH_JAR)),
              launcherManifest(source.getManifest(), runtime))) {
        for (JarEntry entry : entries) {
          String name = entry.getName();
          String runtimeFile = runtimeFile(name);
          if (entry.isDirectory() && (runtimeFile != null || name.startsWith(OWN_ENTRIES))) {
            continue;
          } else if (runtimeFile != null) {
            write(source.getInputStream(entry), target, runtimeFile, files);
          } else if (name.equals(APPLICATION_ENTRY)) {
            unpackApplication(source.getInputStream(entry), target, files);
          } else if (!name.startsWith(OWN_ENTRIES) && !name.equals(JarFile.MANIFEST_NAME)) {
            // Payara's boot classes and its MICRO-INF settings (boot properties, commands, domain);
            // directories too: Payara creates the domain's folders only from them
            launcher.putNextEntry(new ZipEntry(name));
            try (InputStream in = source.getInputStream(entry)) {
              in.transferTo(launcher);
            }
            launcher.closeEntry();
          }
        }
      }
    }
    files.add(Files.size(target.resolve(LAUNCH_JAR)) + " " + LAUNCH_JAR);
    return files;
  }

  /** Where a runtime jar of the uber jar goes, or null for any other entry. */
  private static String runtimeFile(String name) {
    if (name.startsWith(RUNTIME_ENTRIES)) {
      return "runtime/" + name.substring(RUNTIME_ENTRIES.length());
    }
    if (name.startsWith(LIBRARY_ENTRIES)) {
      return "runtime/" + name.substring(LIBRARY_ENTRIES.length());
    }
    return null;
  }

  /**
   * Payara's own attributes (the modules it opens) with the runtime jars as the class path, as in
   * the launcher Payara writes itself with {@code --outputlauncher}.
   */
  private static Manifest launcherManifest(Manifest uberJar, List<String> runtime) {
    var manifest = new Manifest(uberJar);
    Attributes attributes = manifest.getMainAttributes();
    attributes.put(Attributes.Name.MAIN_CLASS, PAYARA_MAIN_CLASS);
    attributes.put(Attributes.Name.CLASS_PATH, String.join(" ", runtime));
    return manifest;
  }

  private static void unpackApplication(InputStream war, Path target, List<String> files)
      throws IOException {
    try (var application = new JarInputStream(war, false)) {
      for (JarEntry entry = application.getNextJarEntry();
          entry != null;
          entry = application.getNextJarEntry()) {
        if (entry.isDirectory()) {
          continue;
        }
        String name = entry.getName();
        String file =
            name.startsWith(EXTRACTOR_ENTRIES)
                ? "extractor/" + name.substring(EXTRACTOR_ENTRIES.length())
                : "app/ROOT/" + name;
        write(application, target, file, files);
      }
      Manifest manifest = application.getManifest();
      if (manifest != null) {
        Path file = target.resolve("app/ROOT/" + JarFile.MANIFEST_NAME);
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
          manifest.write(out);
        }
        files.add(Files.size(file) + " app/ROOT/" + JarFile.MANIFEST_NAME);
      }
    }
  }

  private static void write(InputStream in, Path target, String file, List<String> files)
      throws IOException {
    Path path = target.resolve(file).normalize();
    if (!path.startsWith(target)) {
      throw new IOException("Entry outside the runtime directory: " + file);
    }
    Files.createDirectories(path.getParent());
    long size = Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
    files.add(size + " " + file);
  }

  /**
   * Unpacks Payara's JDBC resource adapters into a server's runtime directory. Payara unpacks them
   * itself only from its own class loader, which this layout does not use, and without them no data
   * source of the application deploys.
   */
  void installResourceAdapters(Path serverRoot) throws IOException {
    Path applications = serverRoot.resolve("lib/install/applications");
    try (DirectoryStream<Path> adapters =
        Files.newDirectoryStream(directory().resolve("runtime"), "*.rar")) {
      for (Path adapter : adapters) {
        Path target =
            applications.resolve(adapter.getFileName().toString().replaceFirst("\\.rar$", ""));
        if (Files.isDirectory(target)) {
          continue;
        }
        try (var rar = new JarFile(adapter.toFile())) {
          for (JarEntry entry : rar.stream().filter(entry -> !entry.isDirectory()).toList()) {
            write(rar.getInputStream(entry), target, entry.getName(), new ArrayList<>());
          }
        }
      }
    }
  }

  /** Whether every file the build wrote is still there with its size. */
  static boolean isWhole(Path directory) throws IOException {
    Path contents = directory.resolve(CONTENTS);
    if (!Files.isRegularFile(contents)) {
      return false;
    }
    for (String line : Files.readAllLines(contents)) {
      int space = line.indexOf(' ');
      Path file = directory.resolve(line.substring(space + 1));
      if (!Files.isRegularFile(file)
          || Files.size(file) != Long.parseLong(line.substring(0, space))) {
        return false;
      }
    }
    return true;
  }

  /** Removes the other builds' directories that no running server holds. */
  private void removeUnused() throws IOException {
    try (DirectoryStream<Path> locks = Files.newDirectoryStream(root, "*.lock")) {
      for (Path lock : locks) {
        String other = lock.getFileName().toString().replaceFirst("\\.lock$", "");
        if (other.equals(version)) {
          continue;
        }
        try (var channel = FileChannel.open(lock, StandardOpenOption.WRITE);
            FileLock unused = channel.tryLock()) {
          if (unused != null) {
            removeQuietly(root.resolve(other));
          }
        }
      }
    }
  }

  static void removeQuietly(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a leftover is removed by the next start that finds it unused
    }
  }
}
