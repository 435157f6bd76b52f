package cleanarch;

/** The generator's version, recorded in every project it makes. */
public final class Version {

    public static final String GENERATOR = "0.1.0";

    private Version() {
    }
}
