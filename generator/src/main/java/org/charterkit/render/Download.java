package org.charterkit.render;

/**
 * A file a page offers for download, described the way GOV.UK describes attachments: what it is, its format and
 * its size, so that someone on a slow or metered connection knows before they tap.
 *
 * @param target where it is, relative to the site root ({@code warwickshire/charter.pdf})
 * @param what   what it is: {@code booklet}, {@code poster}, {@code poster-two-sided} (a poster too long for one
 *               side) or {@code data} (the charter as JSON)
 * @param bytes  its size
 */
public record Download(String target, String what, long bytes) {

    /** "PDF, 84 KB", "JSON, 12 KB": the format, from the file's name, and the size. */
    public String formatAndSize() {
        String format = target.endsWith(".json") ? "JSON" : "PDF";
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.UK, "%s, %.1f MB", format, bytes / (1024.0 * 1024.0));
        }
        return format + ", " + Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
