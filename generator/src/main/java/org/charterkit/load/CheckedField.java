package org.charterkit.load;

import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.charterkit.model.CharterDate;
import org.charterkit.model.Checked;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/**
 * Reads the {@code checked} field that guides and glossary entries share: the full day their facts were last
 * checked. A missing date is for the check to warn about; a date that cannot be read is an error here.
 */
final class CheckedField {

    static final String NAME = "checked";

    private CheckedField() {
    }

    static Optional<Checked> read(YamlTree yaml, Map<String, NodeTuple> fields, Diagnostics out) {
        if (!fields.containsKey(NAME)) {
            return Optional.empty();
        }
        NodeTuple entry = fields.get(NAME);
        String value = yaml.text(entry).strip();
        Location at = yaml.locate(entry.getValueNode());
        Optional<CharterDate> date = CharterDate.parse(value).filter(CharterDate::hasDay);
        if (date.isEmpty()) {
            out.error(at, "`checked` should be the day the facts were checked, not `" + value + "`",
                    "write the full date as year-month-day, for example `checked: 2026-12-01`");
            return Optional.empty();
        }
        return Optional.of(new Checked(date.get(), at));
    }
}
