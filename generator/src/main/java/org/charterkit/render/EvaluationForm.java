package org.charterkit.render;

import java.util.List;
import org.charterkit.model.Charter;
import org.charterkit.model.Commitment;
import org.charterkit.model.CornerstoneSection;
import org.charterkit.model.ScaleStep;

/**
 * The self-evaluation form of a charter, its fields' names and ids made once here: the form asks every commitment
 * on every step of the framework's scale, so a charter of 25 commitments has some 500 fields, and working each id
 * out in the template (joining the commitment's anchor to each step's id, three times a field) made it the
 * slowest page of a build.
 *
 * @param parts one part per cornerstone, in the charter's order
 */
public record EvaluationForm(List<Part> parts) {

    public EvaluationForm {
        parts = List.copyOf(parts);
    }

    /**
     * @param section   the charter's cornerstone section
     * @param headingId the id of the part's heading
     * @param questions one question per commitment, in order
     */
    public record Part(CornerstoneSection section, String headingId, List<Question> questions) {
        public Part {
            questions = List.copyOf(questions);
        }
    }

    /**
     * @param commitment the commitment asked about
     * @param groupId    the id of the question's form group ({@code evaluate-ANCHOR})
     * @param errorId    the id of its error message
     * @param name       the radio buttons' name: the commitment's anchor
     * @param choices    one choice per step of the scale, lowest first
     * @param evidenceId the id of the "what shows it" box
     * @param nextId     the id of the "what we will do next" box
     */
    public record Question(Commitment commitment, String groupId, String errorId, String name, List<Choice> choices,
            String evidenceId, String nextId) {
        public Question {
            choices = List.copyOf(choices);
        }
    }

    /**
     * @param id    the radio button's id
     * @param value its value: the step's id
     * @param label the step's name
     */
    public record Choice(String id, String value, String label) {
    }

    /** The form for {@code charter}, asking on {@code scale}. */
    public static EvaluationForm of(Charter charter, List<ScaleStep> scale) {
        return new EvaluationForm(charter.cornerstoneSections().stream().map(section -> new Part(section,
                "evaluate-" + section.cornerstone().id(), section.commitments().stream().map(c -> {
                    String anchor = c.anchor();
                    List<Choice> choices = scale.stream()
                            .map(step -> new Choice(anchor + "--" + step.id(), step.id(), step.name())).toList();
                    return new Question(c, "evaluate-" + anchor, "evaluate-" + anchor + "-error", anchor, choices,
                            anchor + "--evidence", anchor + "--next");
                }).toList())).toList());
    }
}
