import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writes the class data archive that the {@code simap} launcher passes to the JVM: a static AppCDS
 * archive of the classes that simap's main commands load.
 *
 * <p>Each training command runs in its own JVM, with the launcher's JIT and GC options, and writes
 * the names of the classes it loaded ({@code -XX:DumpLoadedClassList}). The merged list is then
 * dumped with {@code -Xshare:dump}. A static archive is used rather than a dynamic one ({@code
 * -XX:ArchiveClassesAtExit}) because on JDK 17 only the static dump can store classes older than
 * Java 6, and picocli's classes are Java 5 bytecode. The archive also replaces the JDK's default
 * archive, so it holds the JDK classes that simap uses as well.
 *
 * <p>{@code render --engine dot} is trained only where simap finds Graphviz's {@code dot} (in
 * {@code SIMAP_DOT} or on PATH), so that the build works without Graphviz. The archive then lacks
 * the classes that only that command loads, which then load as they would without an archive.
 *
 * <p>The Maven build runs this file with the JDK's single-file source launcher: {@code java
 * ClassDataArchive.java JAR EXAMPLES_DIR WORK_DIR ARCHIVE}.
 */
public final class ClassDataArchive {

  /** The launcher's JVM options that change which classes load. */
  private static final List<String> LAUNCHER_OPTIONS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:+UseSerialGC",
          "-XX:MaxTenuringThreshold=0",
          "-XX:-UsePerfData",
          "-Xshare:auto");

  private static final long TIMEOUT_MINUTES = 5;

  private ClassDataArchive() {}

  /**
   * One training command: its name, which names its files in the work folder, its arguments and the
   * exit codes that count as success.
   */
  private record Training(String name, List<String> arguments, Set<Integer> exitCodes) {
    Training(String name, List<String> arguments) {
      this(name, arguments, Set.of(0));
    }
  }

  /** A running training JVM and the files it writes. */
  private record Started(
      Training training, List<String> command, Path log, Path classList, Process process) {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 4) {
      System.err.println("usage: java ClassDataArchive.java JAR EXAMPLES_DIR WORK_DIR ARCHIVE");
      System.exit(2);
    }
    Path jar = Path.of(args[0]).toAbsolutePath();
    Path examples = Path.of(args[1]);
    Path work = Path.of(args[2]);
    Path archive = Path.of(args[3]);
    Files.createDirectories(work);

    // The trainings are independent, so they run at the same time.
    List<Started> started = new ArrayList<>();
    for (Training training : trainings(examples, work)) {
      Path classList = work.resolve(training.name() + ".classlist");
      List<String> command = new ArrayList<>();
      command.add(javaExecutable());
      command.addAll(LAUNCHER_OPTIONS);
      command.add("-XX:DumpLoadedClassList=" + classList);
      command.add("-jar");
      command.add(jar.toString());
      command.addAll(training.arguments());
      Path log = work.resolve(training.name() + ".log");
      started.add(new Started(training, command, log, classList, start(command, log)));
    }
    List<Path> classLists = new ArrayList<>();
    for (Started run : started) {
      await(run.command(), run.process(), run.log(), run.training().exitCodes());
      if (!Files.isRegularFile(run.classList())) {
        fail(run.command(), "wrote no class list " + run.classList(), run.log());
      }
      classLists.add(run.classList());
    }

    Path merged = work.resolve("simap.classlist");
    Files.write(merged, merge(classLists), StandardCharsets.UTF_8);

    // Without this, a failed dump would leave the previous build's archive in place.
    Files.deleteIfExists(archive);
    List<String> dump =
        List.of(
            javaExecutable(),
            "-Xshare:dump",
            "-XX:SharedClassListFile=" + merged,
            "-XX:SharedArchiveFile=" + archive,
            "-cp",
            jar.toString());
    Path dumpLog = work.resolve("dump.log");
    await(dump, start(dump, dumpLog), dumpLog, Set.of(0));
  }

  private static List<Training> trainings(Path examples, Path work) throws IOException {
    List<Path> maps;
    try (Stream<Path> files = Files.list(examples)) {
      maps = files.filter(f -> f.toString().endsWith(".simap.yaml")).sorted().toList();
    }
    if (maps.size() < 2) {
      throw new IllegalArgumentException(
          examples + " must contain at least two *.simap.yaml maps to train diff, found " + maps);
    }
    String first = maps.get(0).toString();
    String second = maps.get(1).toString();

    List<Training> trainings = new ArrayList<>();
    trainings.add(new Training("help", List.of("--help")));
    // validate and lint exit with 1 when they report findings, which is no failure here.
    trainings.add(new Training("validate", List.of("validate", examples.toString()), Set.of(0, 1)));
    trainings.add(new Training("lint", List.of("lint", examples.toString()), Set.of(0, 1)));
    trainings.add(new Training("diff", List.of("diff", first, second)));
    trainings.add(
        new Training(
            "render-embedded",
            List.of("render", first, "-o", work.resolve("embedded.svg").toString())));
    if (dotAvailable()) {
      trainings.add(
          new Training(
              "render-dot",
              List.of(
                  "render", first, "--engine", "dot", "-o", work.resolve("dot.svg").toString())));
    } else {
      System.out.println(
          "Graphviz dot not found: the class data archive leaves out render --engine dot");
    }
    return trainings;
  }

  /**
   * Returns the lines of the class lists, each line once, in first-seen order. Comments are left
   * out, and so are the JVM's generated proxy classes, which exist only at run time and which the
   * dump would report as not found.
   */
  private static List<String> merge(List<Path> classLists) throws IOException {
    Set<String> lines = new LinkedHashSet<>();
    for (Path classList : classLists) {
      for (String line : Files.readAllLines(classList, StandardCharsets.UTF_8)) {
        boolean proxy = line.startsWith("jdk/proxy") || line.startsWith("com/sun/proxy/");
        if (!line.isBlank() && !line.startsWith("#") && !proxy) {
          lines.add(line);
        }
      }
    }
    return new ArrayList<>(lines);
  }

  private static Process start(List<String> command, Path log) throws IOException {
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    process.getOutputStream().close();
    return process;
  }

  /** Waits for a command, and exits if it times out or its exit code is unexpected. */
  private static void await(
      List<String> command, Process process, Path log, Set<Integer> expectedExitCodes)
      throws IOException, InterruptedException {
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(command, "timed out after " + TIMEOUT_MINUTES + " minutes", log);
    }
    if (!expectedExitCodes.contains(process.exitValue())) {
      fail(command, "failed with exit code " + process.exitValue(), log);
    }
  }

  private static void fail(List<String> command, String reason, Path log) throws IOException {
    System.err.println(
        String.join(" ", command) + " " + reason + "; its output, from " + log + ":");
    System.err.println(Files.readString(log, StandardCharsets.UTF_8));
    System.exit(1);
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Tells whether {@code render --engine dot} finds a dot program, as simap looks for one. */
  private static boolean dotAvailable() {
    String configured = System.getenv("SIMAP_DOT");
    if (configured != null && !configured.isBlank()) {
      return Files.isExecutable(Path.of(configured));
    }
    String path = System.getenv().getOrDefault("PATH", "");
    for (String directory : path.split(File.pathSeparator)) {
      if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, "dot"))) {
        return true;
      }
    }
    return false;
  }
}
