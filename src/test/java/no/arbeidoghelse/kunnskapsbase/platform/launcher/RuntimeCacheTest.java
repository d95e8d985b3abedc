package no.arbeidoghelse.kunnskapsbase.platform.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime cache unpacks a Payara uber jar once, checks it on every start and tidies up. */
class RuntimeCacheTest {

  @TempDir Path work;

  @Test
  void unpacksTheRuntimeTheApplicationAndTheExtractorApart() throws IOException {
    var cache = new RuntimeCache(uberJar("one"), work.resolve("cache"));
    try (var lease = cache.prepare()) {
      Path dir = cache.directory();
      assertEquals("runtime a", Files.readString(dir.resolve("runtime/payara-a.jar")));
      assertEquals(
          "servlet", Files.readString(cache.application().resolve("WEB-INF/classes/App.class")));
      assertEquals("tika", Files.readString(cache.extractorLibraries().resolve("tika.jar")));
      assertFalse(Files.exists(cache.application().resolve("WEB-INF/extractor")));
      assertTrue(Files.exists(dir.resolve("runtime/__ds_jdbc_ra.rar")));
      try (var launcher = new JarFile(cache.launchJar().toFile())) {
        Attributes main = launcher.getManifest().getMainAttributes();
        assertEquals(
            "fish.payara.micro.impl.PayaraMicroImpl", main.getValue(Attributes.Name.MAIN_CLASS));
        assertEquals(
            "runtime/__ds_jdbc_ra.rar runtime/payara-a.jar",
            main.getValue(Attributes.Name.CLASS_PATH));
        assertEquals("java.base/java.lang", main.getValue("Add-Opens"));
        assertTrue(launcher.getEntry("MICRO-INF/domain/domain.xml") != null);
        assertTrue(launcher.getEntry("MICRO-INF/domain/") != null, "the domain's folders");
        assertTrue(launcher.getEntry("MICRO-INF/deploy/ROOT.war") == null);
        assertTrue(
            launcher.getEntry("no/arbeidoghelse/kunnskapsbase/platform/launcher/Launcher.class")
                == null);
      }
      assertTrue(RuntimeCache.isWhole(dir));
    }
  }

  @Test
  void aDirectoryThatLostAFileIsUnpackedAgain() throws IOException {
    var cache = new RuntimeCache(uberJar("one"), work.resolve("cache"));
    cache.prepare().release();
    Files.delete(cache.application().resolve("WEB-INF/classes/App.class"));
    assertFalse(RuntimeCache.isWhole(cache.directory()));
    try (var lease = cache.prepare()) {
      assertEquals(
          "servlet", Files.readString(cache.application().resolve("WEB-INF/classes/App.class")));
    }
  }

  @Test
  void anotherBuildsDirectoryGoesOnceNoServerHoldsIt() throws IOException {
    Path root = work.resolve("cache");
    var old = new RuntimeCache(uberJar("one"), root);
    var oldLease = old.prepare();
    Path rebuilt = uberJar("two");
    Files.setLastModifiedTime(rebuilt, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    var current = new RuntimeCache(rebuilt, root);
    // a running server holds the old one; the lock of another process, as on a real machine
    oldLease.channel().close();
    try (var lease = current.prepare()) {
      assertFalse(Files.exists(old.directory()), "nobody holds the old build");
      assertTrue(Files.exists(current.directory()));
    }
  }

  @Test
  void resourceAdaptersGoIntoEachServerDirectory() throws IOException {
    var cache = new RuntimeCache(uberJar("one"), work.resolve("cache"));
    try (var lease = cache.prepare()) {
      Path server = work.resolve("server");
      cache.installResourceAdapters(server);
      assertEquals(
          "adapter",
          Files.readString(server.resolve("lib/install/applications/__ds_jdbc_ra/ra.jar")));
    }
  }

  @Test
  void theLauncherReadsPayarasOptionsWhateverTheirCase() {
    String[] args = {"--port", "8080", "--rootDir", "/srv/kb"};
    assertEquals("/srv/kb", Launcher.optionValue(args, "--rootdir").orElseThrow());
    assertTrue(Launcher.optionValue(args, "--deploy").isEmpty());
  }

  @Test
  void memoryDefaultsApplyWhereTheOperatorSetNone() {
    assertEquals(
        List.of(
            "-Xmx512m",
            "-XX:G1PeriodicGCInterval=30000",
            "-XX:-G1PeriodicGCInvokesConcurrent",
            "-XX:MinHeapFreeRatio=10",
            "-XX:MaxHeapFreeRatio=30",
            "-XX:TrimNativeHeapInterval=30000"),
        Launcher.memoryDefaults(List.of(), 25));
    assertEquals(
        List.of("-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30"),
        Launcher.memoryDefaults(List.of("-Xmx2g", "-XX:+UseSerialGC"), 21));
    assertEquals(
        List.of("-XX:G1PeriodicGCInterval=30000", "-XX:-G1PeriodicGCInvokesConcurrent"),
        Launcher.memoryDefaults(
            List.of(
                "-XX:MaxRAMPercentage=50",
                "-XX:MaxHeapFreeRatio=50",
                "-XX:TrimNativeHeapInterval=0"),
            25));
  }

  @Test
  void theAotCacheStaysOutWhenTheOperatorTracksNativeMemoryOrChoseACache() {
    var cache = new Launcher.JvmCache(work.resolve("server.aot"), work.resolve("partial"), true);
    assertEquals(
        List.of("-XX:AOTCacheOutput=" + work.resolve("partial"), "-Xlog:aot*=error,cds*=error"),
        cache.options(List.of("-Xmx512m")));
    assertEquals(List.of(), cache.options(List.of("-XX:NativeMemoryTracking=summary")));
    assertEquals(List.of(), cache.options(List.of("-XX:AOTMode=off")));
  }

  /** A small uber jar laid out as Payara's UberJarCreator lays it out. */
  private Path uberJar(String name) throws IOException {
    Path jar = work.resolve(name + ".jar");
    var manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Launcher.class.getName());
    manifest.getMainAttributes().putValue("Add-Opens", "java.base/java.lang");
    try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.putNextEntry(new ZipEntry("MICRO-INF/domain/"));
      out.closeEntry();
      add(out, "MICRO-INF/domain/domain.xml", "<domain/>".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("MICRO-INF/runtime/"));
      out.closeEntry();
      add(out, "MICRO-INF/runtime/__ds_jdbc_ra.rar", zip(Map.of("ra.jar", "adapter")));
      add(out, "MICRO-INF/runtime/payara-a.jar", "runtime a".getBytes(StandardCharsets.UTF_8));
      add(
          out,
          "MICRO-INF/deploy/ROOT.war",
          zip(
              Map.of(
                  "WEB-INF/classes/App.class",
                  "servlet",
                  "WEB-INF/extractor/lib/tika.jar",
                  "tika")));
      add(out, "no/arbeidoghelse/kunnskapsbase/platform/launcher/Launcher.class", new byte[] {1});
    }
    return jar;
  }

  private static byte[] zip(Map<String, String> files) throws IOException {
    var bytes = new ByteArrayOutputStream();
    try (var out = new JarOutputStream(bytes)) {
      for (var file : files.entrySet()) {
        add(out, file.getKey(), file.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return bytes.toByteArray();
  }

  private static void add(JarOutputStream out, String name, byte[] content) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(content);
    out.closeEntry();
  }
}
