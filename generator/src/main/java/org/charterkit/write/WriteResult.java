package org.charterkit.write;

/** What a write put on disk. */
public record WriteResult(int pages, int assets, long htmlBytes) {

    static final WriteResult NOTHING = new WriteResult(0, 0, 0);
}
