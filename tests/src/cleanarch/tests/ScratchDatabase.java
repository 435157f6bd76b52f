package cleanarch.tests;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;

/**
 * A new, empty database on the machine's PostgreSQL (127.0.0.1:5432, trust authentication), dropped afterwards:
 * every run migrates from scratch, and generated projects with different migrations never meet.
 */
record ScratchDatabase(String name) implements AutoCloseable {

    static ScratchDatabase create() {
        String name = "cleanarch_e2e_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100000;
        psql("CREATE DATABASE " + name);
        return new ScratchDatabase(name);
    }

    /** Whether the machine's PostgreSQL answers on 127.0.0.1:5432. */
    static boolean serverAvailable() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    String url() {
        return "postgresql://postgres@127.0.0.1:5432/" + name;
    }

    @Override
    public void close() {
        psql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** Runs a query in this database and returns its rows, one a line, columns separated by {@code |}. */
    String query(String sql) {
        return psql(name, sql);
    }

    private static String psql(String sql) {
        return psql("postgres", sql);
    }

    private static String psql(String database, String sql) {
        try {
            Process process = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database,
                    "-v", "ON_ERROR_STOP=1", "-tA", "-c", sql).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError("psql failed: " + sql + "\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
