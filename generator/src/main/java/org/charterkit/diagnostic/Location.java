package org.charterkit.diagnostic;

/**
 * A place in a source file, as a person opens it in an editor: the path relative to the project root (with
 * forward slashes, so messages read the same on every machine), and a 1-based line and column.
 *
 * <p>A column of 0 means "the whole line"; a line of 0 means "the whole file".
 */
public record Location(String file, int line, int column) implements Comparable<Location> {

    /** The whole of a file, for problems that have no better place. */
    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    /** The same file at another line and column. */
    public Location at(int otherLine, int otherColumn) {
        return new Location(file, otherLine, otherColumn);
    }

    @Override
    public int compareTo(Location other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    /** {@code file:line:column}, leaving out what is not known. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
    }
}
