package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cleanarch.edit.MemberUsages;
import cleanarch.edit.MemberUsages.Member;
import cleanarch.edit.MemberUsages.Usage;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code MemberUsages} finds the uses of members through the symbol solver, over a small project whose library
 * types (here a Spring one) are not on the solver's path: declarations and uses of a field, its accessors, a record
 * component and an enum type are found; a local variable or another class's method of the same name is not a use;
 * a call on a library's object is listed as unresolved.
 */
class MemberUsagesTest {

    @TempDir
    Path project;

    @Test
    void finds_resolved_uses_and_lists_unresolvable_ones() throws IOException {
        write("src/main/java/p/domain/Book.java", """
                package p.domain;

                public class Book {
                    private String title;
                    private BookStatus status;

                    public String getTitle() {
                        return title;
                    }

                    public void setTitle(String title) {
                        this.title = title;
                    }
                }
                """);
        write("src/main/java/p/domain/BookStatus.java", """
                package p.domain;

                public enum BookStatus { DRAFT, PUBLISHED }
                """);
        write("src/main/java/p/api/BookResponse.java", """
                package p.api;

                import p.domain.Book;

                public record BookResponse(String title) {

                    public static BookResponse from(Book book) {
                        return new BookResponse(book.getTitle());
                    }

                    public String shout() {
                        return title.toUpperCase();
                    }
                }
                """);
        write("src/main/java/p/Movie.java", """
                package p;

                public class Movie {
                    public String getTitle() {
                        return "";
                    }
                }
                """);
        write("src/main/java/p/Shelf.java", """
                package p;

                import java.util.List;
                import org.springframework.http.ResponseEntity;
                import p.api.BookResponse;
                import p.domain.Book;
                import p.domain.BookStatus;

                public class Shelf {
                    public List<String> titles(List<Book> books, Movie movie, ResponseEntity<Book> answer) {
                        String title = movie.getTitle();
                        BookStatus status = BookStatus.DRAFT;
                        List<String> all = books.stream().map(Book::getTitle).toList();
                        String responded = BookResponse.from(books.get(0)).title();
                        String fromLibrary = answer.getBody().getTitle();
                        return List.of(title, responded, fromLibrary, status.name());
                    }
                }
                """);
        write("src/test/java/p/ShelfTest.java", """
                package p;

                import p.domain.Book;

                class ShelfTest {
                    void test() {
                        Book book = new Book();
                        book.setTitle("Dune");
                    }
                }
                """);

        MemberUsages.Found found = new MemberUsages(project).find(List.of(
                Member.field("p.domain.Book", "title"),
                Member.method("p.domain.Book", "getTitle", List.of()),
                Member.method("p.domain.Book", "setTitle", List.of("String")),
                Member.component("p.api.BookResponse", "title"),
                Member.type("p.domain.BookStatus")));

        assertEquals(List.of(
                "src/main/java/p/Shelf.java:7 class p.domain.BookStatus",
                "src/main/java/p/Shelf.java:12 class p.domain.BookStatus",
                "src/main/java/p/Shelf.java:12 class p.domain.BookStatus",
                "src/main/java/p/Shelf.java:13 p.domain.Book.getTitle()",
                "src/main/java/p/Shelf.java:14 component p.api.BookResponse.title",
                "src/main/java/p/api/BookResponse.java:5 component p.api.BookResponse.title",
                "src/main/java/p/api/BookResponse.java:8 p.domain.Book.getTitle()",
                "src/main/java/p/api/BookResponse.java:12 component p.api.BookResponse.title",
                "src/main/java/p/domain/Book.java:4 field p.domain.Book.title",
                "src/main/java/p/domain/Book.java:5 class p.domain.BookStatus",
                "src/main/java/p/domain/Book.java:7 p.domain.Book.getTitle()",
                "src/main/java/p/domain/Book.java:8 field p.domain.Book.title",
                "src/main/java/p/domain/Book.java:11 p.domain.Book.setTitle(String)",
                "src/main/java/p/domain/Book.java:12 field p.domain.Book.title",
                "src/main/java/p/domain/BookStatus.java:3 class p.domain.BookStatus",
                "src/test/java/p/ShelfTest.java:8 p.domain.Book.setTitle(String)"),
                found.resolved().stream().map(MemberUsagesTest::describe).toList());
        assertEquals(List.of("src/main/java/p/Shelf.java:15 p.domain.Book.getTitle()"),
                found.unresolved().stream().map(MemberUsagesTest::describe).toList());

        for (Usage usage : found.resolved()) {
            if (usage.member().name().equals("getTitle")) {
                MemberUsages.rename(usage, "getName");
            }
        }
        String shelf = LexicalPreservingPrinter.print(found.units().get(Path.of("src/main/java/p/Shelf.java")));
        assertEquals(true, shelf.contains("books.stream().map(Book::getName).toList();"), shelf);
        assertEquals(true, shelf.contains("String title = movie.getTitle();"), shelf);
    }

    private static String describe(Usage usage) {
        return usage.location() + " " + usage.member();
    }

    private void write(String path, String content) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
