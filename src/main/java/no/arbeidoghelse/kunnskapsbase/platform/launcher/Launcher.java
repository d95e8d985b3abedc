package no.arbeidoghelse.kunnskapsbase.platform.launcher;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The main class of {@code kunnskapsbase.jar}. Payara Micro on its own unpacks its runtime and the
 * application (250 MB) into a new temporary directory on every start and loads its classes through
 * a class loader that the JDK's class caches cannot serve. This launcher unpacks the jar once per
 * build ({@link RuntimeCache}) and runs the server from there in a child JVM with the options it
 * was given, a runtime directory of its own per start, and the JDK's AOT cache (JDK 25; the
 * class-data archive on older JDKs), which the first run writes when it stops. Signals and the exit
 * code pass through; the server stops when the launcher is killed ({@code
 * kunnskapsbase.platform.launcher.pid}).
 */
public final class Launcher {

  /** The system property that tells the server which process to outlive no longer than. */
  public static final String LAUNCHER_PID = "kunnskapsbase.platform.launcher.pid";

  /** The system property that tells the server where the extraction worker's libraries are. */
  public static final String EXTRACTOR_LIBRARIES = "kunnskapsbase.extractor.lib";

  /** Exit codes of a server that ran and was stopped: by itself, by SIGINT, by SIGTERM. */
  private static final java.util.Set<Integer> STOPPED = java.util.Set.of(0, 130, 143);

  /**
   * The system property that names a directory for what the server derives from its own files (the
   * search's form tables): it lives as long as this build's runtime, not as the data.
   */
  public static final String DERIVED_FILES = "kunnskapsbase.derived.dir";

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    var cache = new RuntimeCache(jar, cacheRoot());
    // the lease is held until this JVM exits: no other start removes the directory meanwhile
    var lease = cache.prepare();
    Optional<Path> givenRoot = optionValue(args, "--rootdir").map(Path::of);
    Optional<Path> ownRoot =
        givenRoot.isPresent()
            ? Optional.empty()
            : Optional.of(Files.createTempDirectory("kunnskapsbase-server-"));
    Path serverRoot = givenRoot.or(() -> ownRoot).orElseThrow();
    Files.createDirectories(serverRoot);
    cache.installResourceAdapters(serverRoot);
    var jvmCache = JvmCache.forThisJvm(cache.directory());
    Process server =
        new ProcessBuilder(command(cache, jvmCache, args, ownRoot)).inheritIO().start();
    // SIGTERM, Ctrl-C and the server's own end all pass here: stop it, then tidy up
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.destroy();
                  server.onExit().join();
                  jvmCache.keepIf(STOPPED.contains(server.exitValue()));
                  ownRoot.ifPresent(RuntimeCache::removeQuietly);
                }));
    int exit = server.waitFor();
    java.lang.ref.Reference.reachabilityFence(lease);
    System.exit(exit);
  }

  static List<String> command(
      RuntimeCache cache, JvmCache jvmCache, String[] args, Optional<Path> ownRoot) {
    var command = new ArrayList<String>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
    command.addAll(options);
    command.addAll(jvmCache.options(options));
    command.addAll(memoryDefaults(options));
    command.add("-Dfish.payara.micro.BootJar=" + cache.launchJar().toUri());
    command.add("-Dfish.payara.micro.UnpackDir=" + cache.directory());
    command.add("-D" + LAUNCHER_PID + "=" + ProcessHandle.current().pid());
    command.add("-D" + EXTRACTOR_LIBRARIES + "=" + cache.extractorLibraries());
    command.add("-D" + DERIVED_FILES + "=" + cache.directory().resolve("derived"));
    command.addAll(List.of("-jar", cache.launchJar().toString()));
    command.addAll(List.of(args));
    ownRoot.ifPresent(root -> command.addAll(List.of("--rootDir", root.toString())));
    // at the context root that the uber jar's settings name
    command.addAll(List.of("--deploy", cache.application().toString()));
    return command;
  }

  /**
   * Memory defaults for the server where the operator set none: the heap the tests and benchmarks
   * run with (512 MB, room for the search of 100k records), and an idle server gives back what it
   * does not use: G1 (the default collector) compacts the heap (a full collection, ~0.1 s) every
   * half minute when it has not collected otherwise and keeps at most 30 % of it free; the C heap's
   * freed memory is returned to the system as often (JDK 22+). With the 100k-record index open,
   * they take an idle server from 475–490 to 350–360 MB.
   */
  static List<String> memoryDefaults(List<String> given) {
    return memoryDefaults(given, Runtime.version().feature());
  }

  static List<String> memoryDefaults(List<String> given, int jdk) {
    var defaults = new ArrayList<String>();
    if (given.stream().noneMatch(option -> option.matches("-Xmx.*|-XX:Max(HeapSize|RAM).*"))) {
      defaults.add("-Xmx512m");
    }
    boolean otherCollector =
        given.stream()
            .anyMatch(
                option -> option.matches("-XX:\\+Use(Serial|Parallel|Z|Shenandoah|Epsilon)GC"));
    if (!otherCollector
        && given.stream().noneMatch(option -> option.startsWith("-XX:G1Periodic"))) {
      // a concurrent cycle leaves the garbage of the old generation where it is when idle
      defaults.addAll(
          List.of("-XX:G1PeriodicGCInterval=30000", "-XX:-G1PeriodicGCInvokesConcurrent"));
    }
    if (given.stream().noneMatch(option -> option.matches("-XX:M(ax|in)HeapFreeRatio.*"))) {
      defaults.addAll(List.of("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30"));
    }
    if (jdk >= 22 && given.stream().noneMatch(option -> option.contains("TrimNativeHeap"))) {
      defaults.add("-XX:TrimNativeHeapInterval=30000");
    }
    return defaults;
  }

  /**
   * {@code KB_RUNTIME_DIR}, else the user's cache directory ({@code $XDG_CACHE_HOME} or {@code
   * ~/.cache}: on disk, and kept across reboots, where {@code /tmp} is often memory), else the
   * temporary directory when there is no writable home (system users).
   */
  static Path cacheRoot() {
    String configured = System.getenv("KB_RUNTIME_DIR");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path userCache =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    try {
      Path root = Files.createDirectories(userCache.resolve("kunnskapsbase"));
      if (Files.isWritable(root)) {
        return root;
      }
    } catch (IOException | RuntimeException noHome) {
      // below
    }
    return Path.of(
        System.getProperty("java.io.tmpdir"),
        "kunnskapsbase-runtime-" + System.getProperty("user.name"));
  }

  /** The value after an option (Payara's options are case-insensitive). */
  static Optional<String> optionValue(String[] args, String option) {
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].toLowerCase(Locale.ROOT).equals(option)) {
        return Optional.of(args[i + 1]);
      }
    }
    return Optional.empty();
  }

  /**
   * The JDK's class cache for the server: used when there is one for this JDK, otherwise written by
   * this run when it stops. Options the operator gave for a cache of their own win.
   */
  record JvmCache(Path file, Path written, boolean aot) {

    static JvmCache forThisJvm(Path directory) {
      var version = Runtime.version();
      boolean aot = version.feature() >= 25;
      Path file = directory.resolve("server-" + version + (aot ? ".aot" : ".jsa"));
      Path written =
          directory.resolve("server-" + version + "." + ProcessHandle.current().pid() + ".partial");
      return new JvmCache(file, written, aot);
    }

    List<String> options(List<String> given) {
      // the operator's own cache options win; and JDK 25 crashes mapping an AOT cache with
      // native memory tracking on (FileMapInfo::readonly_total)
      if (given.stream()
          .anyMatch(
              option ->
                  option.matches(
                      "-XX:(AOT|SharedArchive|\\+AutoCreateShared|NativeMemoryTracking).*"))) {
        return List.of();
      }
      if (!aot) {
        return List.of(
            "-XX:SharedArchiveFile=" + file, "-XX:+AutoCreateSharedArchive", "-Xlog:cds*=error");
      }
      return Files.isRegularFile(file)
          ? List.of("-XX:AOTCache=" + file, "-Xlog:aot*=error,cds*=error")
          : List.of("-XX:AOTCacheOutput=" + written, "-Xlog:aot*=error,cds*=error");
    }

    /**
     * Puts a cache this run wrote in place for the next, unless another run did so first or this
     * one failed (its classes would not be those of a server that ran).
     */
    void keepIf(boolean ran) {
      try {
        if (ran && Files.isRegularFile(written) && Files.size(written) > 0 && !Files.exists(file)) {
          Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.deleteIfExists(written);
      } catch (IOException e) {
        // the next run writes one again
      }
    }
  }
}
