package cleanarch.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        URL url = TemplateRenderer.class.getClassLoader().getResource(ROOT + "/" + folder);
        if (url == null) {
            throw new IllegalStateException("missing bundled folder " + ROOT + "/" + folder);
        }
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return list(Path.of(uri), folder);
            }
            try {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(jar.provider().getPath(uri), folder);
                }
            } catch (FileSystemAlreadyExistsException e) {
                // Someone else in this JVM opened the jar: use theirs, and leave closing it to them.
                return list(FileSystems.getFileSystem(uri).provider().getPath(uri), folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path base, String folder) throws IOException {
        try (Stream<Path> files = Files.walk(base)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder + "/" + base.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
