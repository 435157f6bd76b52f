package cleanarch.tests;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The packaged jar of a generated project, started as a real process on a free port. */
final class RunningService implements AutoCloseable {

    private final Process process;
    private final int port;
    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningService(Process process, int port) {
        this.process = process;
        this.port = port;
        this.baseUrl = "http://127.0.0.1:" + port;
    }

    static RunningService start(GeneratedProject project, Map<String, String> environment, String healthPath) {
        return start(project.dir(), List.of(GeneratedProject.java(), "-jar", "target/" + project.name() + ".jar"),
                environment, healthPath, project.dir().resolve("target"));
    }

    /** Starts {@code command} in {@code directory}; its output goes to {@code service-<port>.log} in {@code logs}. */
    static RunningService start(Path directory, List<String> command, Map<String, String> environment,
            String healthPath, Path logs) {
        int port = freePort();
        Map<String, String> env = new HashMap<>(environment);
        env.put("PORT", Integer.toString(port));
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logs.resolve("service-" + port + ".log").toFile());
            builder.environment().putAll(env);
            RunningService service = new RunningService(builder.start(), port);
            service.awaitStatus(healthPath, 200, Duration.ofMinutes(3));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        List<String> all = new ArrayList<>(List.of(headers));
        if (body != null && !all.contains("Content-Type")) {
            all.addAll(List.of("Content-Type", "application/json"));
        }
        for (int i = 0; i < all.size(); i += 2) {
            request.header(all.get(i), all.get(i + 1));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static JsonObject json(HttpResponse<String> response) {
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    int port() {
        return port;
    }

    /** Sends SIGTERM, as a container runtime stopping the service does, and returns at once. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the process to exit and returns its exit code; fails when it is still running after the timeout. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the service was still running " + timeout + " after SIGTERM");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The URL of {@code path} on this service, e.g. for a browser. */
    String url(String path) {
        return baseUrl + path;
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null);
    }

    /** Polls until a GET answers the status: for start-up and for state that other processes change. */
    HttpResponse<String> awaitStatus(String path, int status, Duration timeout) {
        return await(path, response -> response.statusCode() == status, timeout);
    }

    private HttpResponse<String> await(String path, Predicate<HttpResponse<String>> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the service exited with code " + process.exitValue());
            }
            try {
                last = get(path);
                if (condition.test(last)) {
                    return last;
                }
            } catch (UncheckedIOException e) {
                // Not listening yet.
            }
            sleep(200);
        }
        throw new AssertionError("GET " + path + " did not reach the expected answer in " + timeout + "; last: "
                + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
