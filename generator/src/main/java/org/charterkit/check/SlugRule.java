package org.charterkit.check;

import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.Slugs;
import org.charterkit.model.Area;
import org.charterkit.model.Page;
import org.charterkit.model.Project;

/** Folder and page names make good web addresses, and pages do not take a name the site uses itself. */
final class SlugRule implements Rule {

    static final String WINDOWS_NAMES = "Windows keeps con, prn, aux, nul, com0 to com9 and lpt0 to lpt9, alone or"
            + " before a dot (names such as `aux-1` are fine)";

    @Override
    public void check(Project project, Diagnostics out) {
        java.util.Map<String, Area> byAddress = new java.util.HashMap<>();
        for (Area area : project.areas()) {
            // Folders that differ only in case or accents would publish to one address on most web servers.
            Area first = byAddress.putIfAbsent(Slugs.slugify(area.slug()), area);
            if (first != null) {
                out.error(area.location(), "the folders `" + first.slug() + "` and `" + area.slug()
                                + "` would have the same web address",
                        "keep one area per place: merge the two folders, or rename one");
            }
            if (!Slugs.isValid(area.slug())) {
                out.error(area.location(), "the folder name `" + area.slug() + "` cannot be a web address",
                        "rename the folder to lower-case letters and digits joined by `-`, such as `"
                                + suggestion(area.slug()) + "`");
            }
            if (Slugs.isWindowsDeviceName(area.slug())) {
                out.error(area.location(), "the folder name `" + area.slug() + "` is a device name on Windows,"
                                + " where no folder can have it", "rename the folder after the area, such as `"
                                + area.slug() + "-area`, so that people editing on Windows can check it out; "
                                + WINDOWS_NAMES);
            }
            if (Area.RESERVED_AREA_SLUGS.contains(area.slug())) {
                out.error(area.location(), "the folder name `" + area.slug() + "` is the address of one of the"
                                + " site's own pages", "rename the folder after the area, such as `"
                                + area.slug() + "-area` or the area's own name; these names are taken: "
                                + String.join(", ", Area.RESERVED_AREA_SLUGS));
            }
            for (Page page : area.pages()) {
                if (!Slugs.isValid(page.slug())) {
                    out.error(page.location(), "the page name `" + page.slug() + "` cannot be a web address",
                            "rename the file to lower-case letters and digits joined by `-`, such as `"
                                    + suggestion(page.slug()) + ".md`");
                } else if (Slugs.isWindowsDeviceName(page.slug())) {
                    out.error(page.location(), "the page name `" + page.slug() + "` is a device name on Windows,"
                                    + " where no file can have it", "rename the file, such as `" + page.slug()
                                    + "-page.md`, so that people editing on Windows can check it out; "
                                    + WINDOWS_NAMES);
                } else if (Area.RESERVED_PAGE_SLUGS.contains(page.slug())) {
                    out.error(page.location(), "the page name `" + page.slug() + "` is used by the site itself",
                            "rename the file; these names are taken: "
                                    + String.join(", ", Area.RESERVED_PAGE_SLUGS));
                }
            }
        }
    }

    private static String suggestion(String name) {
        String slug = Slugs.slugify(name);
        return slug.isEmpty() ? "our-area" : slug;
    }
}
