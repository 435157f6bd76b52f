package cleanarch.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Renders the templates bundled under {@code templates/} on the classpath. They are on the classpath rather than
 * on disk because a JBang script runs from a cached jar and cannot find its own source directory.
 *
 * <p>A file ending in {@code .peb} is a Pebble template; any other file is copied as it is.
 */
public final class TemplateRenderer {

    public static final String TEMPLATE_SUFFIX = ".peb";
    private static final String ROOT = "templates";

    private final PebbleEngine engine;
    private List<String> bundled;

    public TemplateRenderer() {
        ClasspathLoader loader = new ClasspathLoader(TemplateRenderer.class.getClassLoader());
        loader.setPrefix(ROOT);
        // Templates produce source code: no HTML escaping and no silent blanks for a misspelt variable. Newlines
        // are kept as written (Pebble's trimming would also eat the newline after a {{ value }} ending a line);
        // a tag alone on its line is written {%- tag %}, which removes the line break before it instead.
        engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(false)
                .newLineTrimming(false)
                .cacheActive(false)
                .build();
    }

    public String render(String template, Map<String, Object> context) {
        StringWriter out = new StringWriter();
        try {
            engine.getTemplate(template).evaluate(out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public byte[] read(String file) {
        try (InputStream in = TemplateRenderer.class.getClassLoader().getResourceAsStream(ROOT + "/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled file " + ROOT + "/" + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled files under {@code templates/<folder>}, as paths relative to {@code templates/}, sorted. */
    public List<String> list(String folder) {
        String prefix = folder + "/";
        List<String> files = bundled().stream().filter(file -> file.startsWith(prefix)).toList();
        if (files.isEmpty()) {
            throw new IllegalStateException("missing bundled folder " + ROOT + "/" + folder);
        }
        return files;
    }

    /** Every bundled file, as a path relative to {@code templates/}, sorted; listed once per renderer. */
    private List<String> bundled() {
        if (bundled == null) {
            URL url = TemplateRenderer.class.getClassLoader().getResource(ROOT);
            if (url == null) {
                throw new IllegalStateException("missing bundled folder " + ROOT);
            }
            try {
                bundled = url.openConnection() instanceof JarURLConnection jar ? list(jar) : list(Path.of(url.toURI()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return bundled;
    }

    /** The jar's entries read directly: a zip file system would cost more than the rest of a listing. */
    private static List<String> list(JarURLConnection connection) throws IOException {
        String prefix = ROOT + "/";
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
            return jar.stream()
                    .filter(entry -> !entry.isDirectory() && entry.getName().startsWith(prefix))
                    .map(entry -> entry.getName().substring(prefix.length()))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> list(Path base) throws IOException {
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> base.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
