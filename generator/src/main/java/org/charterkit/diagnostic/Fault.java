package org.charterkit.diagnostic;

/**
 * Something went wrong that no input should cause: a fault in Charterkit, not a mistake in a charter. A stage
 * wraps whatever escaped it in a {@code Fault} naming what it was doing and on which file, so the command can
 * say so in one line instead of a Java stack trace.
 */
public final class Fault extends RuntimeException {

    private final String doing;
    private final String file;

    /**
     * @param doing what Charterkit was doing, as a person would say it ("reading", "checking")
     * @param file  the file it was doing it to, relative to the project
     */
    public Fault(String doing, String file, Throwable cause) {
        super(doing + " " + file, cause, false, false);
        this.doing = doing;
        this.file = file;
    }

    public String doing() {
        return doing;
    }

    public String file() {
        return file;
    }

    /**
     * Runs one stage's work on one file, turning anything unexpected into a {@code Fault} that names the file.
     * A {@code Fault} from deeper in passes through, since it already names a more exact place.
     */
    public static <T> T guard(String doing, String file, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (Fault fault) {
            throw fault;
        } catch (RuntimeException | StackOverflowError e) {
            throw new Fault(doing, file, e);
        }
    }
}
