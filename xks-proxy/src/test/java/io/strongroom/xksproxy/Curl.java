package io.strongroom.xksproxy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs curl exactly as the AWS conformance client does ({@code curl --aws-sigv4
 * "aws:amz:$REGION:kms-xks-proxy" --user "$AKID:$SECRET" -H "Content-Type:application/json"
 * --data-binary <json>}). Tests that need it are skipped, visibly, when curl is not installed.
 */
public final class Curl {

    private Curl() {
    }

    public static void assumeInstalled() {
        boolean installed;
        try {
            installed = new ProcessBuilder("curl", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException e) {
            installed = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            installed = false;
        }
        assumeTrue(installed, "curl is not installed");
    }

    /** The conformance client's call; {@code extra} are options such as {@code --cacert} or {@code --cert}. */
    public static Result post(String url, String json, XksCredential credential, String region, List<String> extra)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "--silent", "--show-error", "--max-time", "20",
                "--aws-sigv4", "aws:amz:" + region + ":kms-xks-proxy",
                "--user", credential.accessKeyId() + ":" + credential.secretAccessKey(),
                "-H", "Content-Type:application/json", "--data-binary", json,
                "--write-out", "\n%{http_code}"));
        command.addAll(extra);
        command.add(url);
        return run(command);
    }

    public static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("curl did not finish");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    /** Exit code and everything curl printed; with --write-out the last line is the HTTP status. */
    public record Result(int exitCode, String output) {

        public List<String> lines() {
            return output.lines().toList();
        }

        /** The line before the status line: the body, which the conformance client reads as the last body line. */
        public String body() {
            List<String> lines = lines();
            return lines.size() < 2 ? "" : lines.get(lines.size() - 2);
        }

        public int status() {
            List<String> lines = lines();
            return lines.isEmpty() ? -1 : Integer.parseInt(lines.get(lines.size() - 1).trim());
        }
    }
}
