package org.charterkit.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.load.Suggestions;
import org.charterkit.model.Area;
import org.charterkit.model.Charter;
import org.charterkit.model.Partner;
import org.charterkit.model.Project;
import org.charterkit.model.Signatory;

/** Partner ids are unique, and every signatory signs for a partner the charter lists. */
final class PartnerRule implements AreaRule {

    @Override
    public void check(Project project, Area area, Diagnostics out) {
        Charter charter = area.charter();
        Map<String, Partner> ids = new HashMap<>();
        for (Partner partner : charter.partners()) {
            Partner first = ids.putIfAbsent(partner.id(), partner);
            if (first != null) {
                out.error(partner.location(), "two partners have the id `" + partner.id() + "`",
                        "give each partner its own `id`");
            }
        }
        if (charter.frontMatter().unreadable().contains("partners")) {
            return;
        }
        List<String> known = charter.partners().stream().map(Partner::id).toList();
        for (Signatory signatory : charter.signatories()) {
            if (signatory.partnerId().isEmpty() && !charter.frontMatter().keys().containsKey("partners")) {
                // A charter that lists no partners: a signatory who names no organisation ("Jane Smith, Chair") is
                // shown as written, with nothing to check it against.
                continue;
            }
            if (signatory.partnerId().isEmpty()) {
                out.error(signatory.location(), "the signatory " + signatory.name() + " names no partner",
                        "say which partner they sign for: `partner: <id>` under their `name:`, or, on a one-line"
                                + " signatory, the partner's name after a comma (`- Jane Smith, Chair, Our Council`);"
                                + " the partners: " + listOrNone(known));
            } else if (!ids.containsKey(signatory.partnerId())) {
                Optional<String> near = Suggestions.closest(signatory.partnerId(), known);
                out.error(signatory.location(), "the signatory " + signatory.name() + " names the partner `"
                                + signatory.partnerId() + "`, which is not in `partners`"
                                + near.map(n -> " (did you mean `" + n + "`?)").orElse(""),
                        "use one of the partner ids: " + listOrNone(known)
                                + ", or add the organisation to `partners`");
            }
        }
    }

    private static String listOrNone(List<String> ids) {
        return ids.isEmpty() ? "(there are no partners yet)" : String.join(", ", ids);
    }
}
