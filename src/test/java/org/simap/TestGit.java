package org.simap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Builds real git repositories for tests, with the real {@code git} program. The author is set on
 * every call and the user's own git configuration is ignored, so tests run the same anywhere.
 */
public final class TestGit {

  private final Path folder;

  private TestGit(Path folder) {
    this.folder = folder;
  }

  /** Creates a repository with branch {@code main} in a folder, creating the folder. */
  public static TestGit init(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new IllegalStateException("could not create " + folder, e);
    }
    TestGit git = new TestGit(folder);
    git.run("init", "-q", "-b", "main");
    return git;
  }

  public Path folder() {
    return folder;
  }

  /** Writes a file, creating its folders. */
  public TestGit write(String path, String text) {
    TestFiles.write(folder.resolve(path), text);
    return this;
  }

  /** Stages everything and commits it. */
  public TestGit commit(String message) {
    run("add", "-A");
    run("commit", "-q", "-m", message);
    return this;
  }

  /** Runs git in the repository and returns its standard output; fails on a non-zero exit. */
  public String run(String... args) {
    return run(Map.of(), args);
  }

  /** Runs git with extra environment variables, and returns its standard output. */
  public String run(Map<String, String> environment, String... args) {
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            "git",
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.com",
            "-c",
            "commit.gpgsign=false"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    builder.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    builder.environment().putAll(environment);
    try {
      Path errors = Files.createTempFile("git", ".err");
      builder.redirectError(errors.toFile());
      Process process = builder.start();
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("git timed out: " + command);
      }
      String err = Files.readString(errors);
      Files.delete(errors);
      if (process.exitValue() != 0) {
        throw new IllegalStateException("git failed: " + command + "\n" + err);
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("git could not run: " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
