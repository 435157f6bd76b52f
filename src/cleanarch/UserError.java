package cleanarch;

/**
 * Bad input or a refused operation: reported as one line on stderr with exit code 2, after nothing was written.
 */
public class UserError extends RuntimeException {

    public UserError(String message) {
        super(message);
    }
}
