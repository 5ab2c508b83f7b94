package org.charterkit.render;

/**
 * A printable file a page offers, described the way GOV.UK describes attachments: what it is, its format and
 * its size, so that someone on a slow or metered connection knows before they tap.
 *
 * @param target where it is, relative to the site root ({@code warwickshire/charter.pdf})
 * @param what   what it is, completing "Download the charter ..." ("as a booklet")
 * @param bytes  its size
 */
public record Download(String target, String what, long bytes) {

    /** "PDF, 84 KB". */
    public String formatAndSize() {
        if (bytes >= 1024 * 1024) {
            return String.format(java.util.Locale.UK, "PDF, %.1f MB", bytes / (1024.0 * 1024.0));
        }
        return "PDF, " + Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }
}
