package org.charterkit.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterkit.diagnostic.Diagnostics;
import org.charterkit.diagnostic.Location;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads YAML with SnakeYAML Engine's node tree rather than its Java objects, because the nodes keep their line
 * and column: every value read here knows where it was written. Values are read as text and typed by the
 * caller, which sidesteps YAML's guesses (a version {@code 1.10} read as the number 1.1, {@code no} read as
 * false).
 */
final class YamlTree {

    /**
     * How deeply lists and sets of fields may sit inside each other. SnakeYAML Engine builds its node tree by
     * recursion and has no depth setting, so 2,000 nested {@code [} overflow the stack; the deepest real file
     * (a framework's cornerstones and their indicators) nests 3 levels, so 50 refuses nothing anyone writes.
     */
    static final int MAX_NESTING = 50;

    private final SourceText source;
    private final int firstLine;
    private final Diagnostics out;
    /** What the YAML is, as messages name it: "the front matter", "the glossary". */
    private final String what;

    /**
     * @param firstLine the 1-based line of the file on which the YAML text starts, since front matter starts
     *                  below the opening {@code ---}
     */
    YamlTree(SourceText source, int firstLine, Diagnostics out) {
        this(source, firstLine, out, "the front matter");
    }

    /** @param what what the YAML is, as messages name it, such as "the glossary" */
    YamlTree(SourceText source, int firstLine, Diagnostics out, String what) {
        this.source = source;
        this.firstLine = firstLine;
        this.out = out;
        this.what = what;
    }

    /** Parses YAML text into its node tree, or reports the syntax error where the parser found it. */
    Optional<Node> compose(String yaml) {
        if (yaml.isBlank()) {
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder().setLabel(source.path()).setAllowDuplicateKeys(false).build();
        try {
            DepthGuard parser = new DepthGuard(new ParserImpl(settings, new StreamReader(settings, yaml)));
            return new Composer(settings, parser).getSingleNode();
        } catch (DepthGuard.TooDeep e) {
            out.error(e.where.map(this::locate).orElse(source.line(firstLine)),
                    "the YAML is nested too deeply: at most " + MAX_NESTING + " levels of lists and fields inside"
                            + " each other",
                    "a list or a set of fields that opens here sits inside " + MAX_NESTING + " others; write the"
                            + " value more simply, as the examples in the charter format show");
            return Optional.empty();
        } catch (MarkedYamlEngineException e) {
            String problem = e.getProblem() == null ? String.valueOf(e.getMessage()) : e.getProblem();
            boolean unclosed = problem.contains("end of stream") && e.getContext() != null
                    && e.getContext().contains("quoted");
            // An unclosed quote is found at the end of the block; the mistake is where the quote opened.
            Optional<Mark> mark = unclosed ? e.getContextMark().or(e::getProblemMark)
                    : e.getProblemMark().or(e::getContextMark);
            Location where = mark.map(this::locate).orElse(source.line(firstLine));
            if (problem.contains("another document")) {
                out.error(where, what + " has a second YAML document here, started by this `---` line",
                        what + " is one YAML document: remove the `---` line, and keep what follows it as part of"
                                + " the one before");
            } else {
                out.error(where, plainProblem(problem, unclosed), hintFor(problem, unclosed));
            }
            return Optional.empty();
        } catch (YamlEngineException e) {
            out.error(source.line(firstLine), "the YAML cannot be read: " + e.getMessage(),
                    "check the lines between the two `---` lines: each is `name: value`");
            return Optional.empty();
        }
    }

    /** The parser's finding in words a person editing a charter can act on. */
    private String plainProblem(String problem, boolean unclosed) {
        String p = problem.toLowerCase(java.util.Locale.ROOT);
        if (unclosed) {
            return "the quote mark that opens this value is never closed";
        }
        if (p.contains("\\t") || p.contains("tab")) {
            return "this line is indented with a tab character";
        }
        if (p.contains("mapping values are not allowed")) {
            return "this line is not lined up with the fields around it, or its value contains `: `";
        }
        if (p.contains("could not find expected ':'")) {
            return "this line is not a `name: value` field";
        }
        return what + " is not valid YAML here (" + problem + ")";
    }

    private static String hintFor(String problem, boolean unclosed) {
        String p = problem.toLowerCase(java.util.Locale.ROOT);
        if (unclosed) {
            return "end the value with the same quote mark it starts with, on the same line";
        }
        if (p.contains("\\t") || p.contains("tab")) {
            return "YAML does not allow tab characters for indenting: use spaces instead";
        }
        if (p.contains("mapping values are not allowed")) {
            return "indent the line like the fields beside it; put a value that contains `: ` in quotes";
        }
        return "line up the names under each other with spaces, and write each field as `name: value`";
    }

    Location locate(Node node) {
        return node.getStartMark().map(this::locate).orElse(source.line(firstLine));
    }

    private Location locate(Mark mark) {
        return new Location(source.path(), firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    /**
     * The entries of a mapping by key, in source order; reports and returns nothing when the node is not a
     * mapping.
     */
    Map<String, NodeTuple> mapping(Node node, String what) {
        return mapping(node, what, false);
    }

    /**
     * The same, for a mapping of Charterkit's own fields: a name written with capitals, spaces or underscores
     * ({@code Title}, {@code Review by}, {@code review_by}), as people write fields in a word processor's
     * habits, is read as Charterkit spells it ({@code review-by}); {@link #reportRespelt} then says so once.
     */
    Map<String, NodeTuple> fieldMapping(Node node, String what) {
        return mapping(node, what, true);
    }

    /** A field name with letters, spaces, hyphens and underscores only: one people may spell their own way. */
    private static final java.util.regex.Pattern FIELD_NAME = java.util.regex.Pattern.compile(
            "\\s*\\p{L}[\\p{L} _-]*");

    /** A field name as Charterkit spells it: small letters, a hyphen between words. */
    private static String respelled(String name) {
        return name.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_]+", "-");
    }

    /** Field names read with another spelling, each to where it was written. */
    private final Map<String, Location> respelt = new LinkedHashMap<>();

    private Map<String, NodeTuple> mapping(Node node, String what, boolean respell) {
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple tuple : map.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String name = key.getValue();
                    if (respell && FIELD_NAME.matcher(name).matches()) {
                        name = respelled(name);
                        if (!name.equals(key.getValue())) {
                            respelt.putIfAbsent(key.getValue(), locate(key));
                        }
                    }
                    NodeTuple first = entries.putIfAbsent(name, tuple);
                    if (first != null) {
                        out.error(locate(key), "`" + key.getValue() + "` is given twice (first at line "
                                        + locate(first.getKeyNode()).line() + ")",
                                "keep one `" + name + ":` line and remove the other");
                    }
                } else {
                    out.error(locate(tuple.getKeyNode()), "a field name in " + what + " is not plain text",
                            "write each field as `name: value`");
                }
            }
        } else {
            out.error(locate(node), what + " should be a set of `name: value` fields",
                    "write one `name: value` pair per line");
        }
        return entries;
    }

    /** Says once, at the first, which field names {@link #fieldMapping} read with Charterkit's spelling. */
    void reportRespelt() {
        if (respelt.isEmpty()) {
            return;
        }
        List<String> written = List.copyOf(respelt.keySet());
        String examples = written.stream().limit(3).map(w -> "`" + w + "`")
                .collect(java.util.stream.Collectors.joining(", ")) + (written.size() > 3 ? ", …" : "");
        String read = written.stream().limit(3).map(w -> "`" + respelled(w) + "`")
                .collect(java.util.stream.Collectors.joining(", "));
        out.warning(respelt.values().iterator().next(), "field names written with capitals, spaces or underscores ("
                        + examples + ") are read as Charterkit spells them (" + read + ")",
                "write each field name in small letters, with a hyphen between words (`review-by:`)");
    }

    /** Reports every field not in {@code known}, suggesting the known name closest to a misspelt one. */
    void unknownFields(Map<String, NodeTuple> fields, List<String> known, String what) {
        unknownFields(fields, known, Map.of(), what);
    }

    /**
     * Reports every field not in {@code known}, suggesting the known name closest to a misspelt one, or the one
     * {@code otherNames} gives for a name people use for it ({@code organisation} for a signatory's
     * {@code partner}).
     */
    void unknownFields(Map<String, NodeTuple> fields, List<String> known, Map<String, String> otherNames,
            String what) {
        for (var e : fields.entrySet()) {
            if (!known.contains(e.getKey())) {
                Optional<String> near = Suggestions.field(e.getKey(), known, otherNames, fields.keySet());
                out.error(locate(e.getValue().getKeyNode()),
                        "`" + e.getKey() + "` is not a field of " + what
                                + near.map(n -> " (did you mean `" + n + "`?)").orElse(""),
                        "the fields of " + what + " are: " + String.join(", ", known));
            }
        }
    }

    /** The items of a list; reports when the value is not a list. An empty value is an empty list. */
    List<Node> sequence(NodeTuple entry) {
        Node value = entry.getValueNode();
        if (value instanceof SequenceNode list) {
            return list.getValue();
        }
        if (isEmpty(value)) {
            return List.of();
        }
        String key = ((ScalarNode) entry.getKeyNode()).getValue();
        out.error(locate(value), "`" + key + "` should be a list",
                "write each item on its own line, starting with `- ` and indented under `" + key + ":`");
        return List.of();
    }

    /** The text of a single value; reports when it is a list or a set of fields. Empty text when left blank. */
    String text(NodeTuple entry) {
        Node value = entry.getValueNode();
        String key = ((ScalarNode) entry.getKeyNode()).getValue();
        if (value instanceof ScalarNode scalar) {
            return isEmpty(scalar) ? "" : scalar.getValue();
        }
        out.error(locate(value), "`" + key + "` should be a single value, not a "
                        + (value instanceof SequenceNode ? "list" : "set of fields"),
                "write it on the same line: `" + key + ": value`");
        return "";
    }

    /** A list of single values, such as aliases or indicators. */
    List<String> texts(NodeTuple entry) {
        List<String> values = new ArrayList<>();
        for (Node item : sequence(entry)) {
            if (item instanceof ScalarNode scalar && !isEmpty(scalar)) {
                values.add(scalar.getValue());
            } else if (!(item instanceof ScalarNode)) {
                String key = ((ScalarNode) entry.getKeyNode()).getValue();
                out.error(locate(item), "each item of `" + key + "` should be a single value",
                        "write the item on the same line as its `- `");
            }
        }
        return values;
    }

    /** Reads {@code true} or {@code false}; reports anything else. */
    boolean flag(NodeTuple entry) {
        String value = text(entry).strip();
        String key = ((ScalarNode) entry.getKeyNode()).getValue();
        if (value.equals("true") || value.equals("false") || value.isEmpty()) {
            return value.equals("true");
        }
        out.error(locate(entry.getValueNode()), "`" + key + "` should be `true` or `false`, not `" + value + "`",
                "write `" + key + ": true` or leave the line out");
        return false;
    }

    private static boolean isEmpty(Node node) {
        return node instanceof ScalarNode scalar && (Tag.NULL.equals(scalar.getTag()) || scalar.getValue().isEmpty())
                && scalar.isPlain();
    }

    /**
     * Hands SnakeYAML's parser events to its composer, counting how deeply collections are open, and stops at
     * {@link #MAX_NESTING} before the composer's recursion can overflow the stack. The parser itself is a state
     * machine, so counting its events costs one comparison each.
     */
    private static final class DepthGuard implements Parser {

        private final Parser parser;
        private int depth;

        DepthGuard(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            switch (event.getEventId()) {
                case SequenceStart, MappingStart -> {
                    if (++depth > MAX_NESTING) {
                        throw new TooDeep(event.getStartMark());
                    }
                }
                case SequenceEnd, MappingEnd -> depth--;
                default -> {
                }
            }
            return event;
        }

        /** Thrown through the composer to {@link #compose}, which reports it; never leaves this class. */
        static final class TooDeep extends RuntimeException {
            final transient Optional<Mark> where;

            TooDeep(Optional<Mark> where) {
                super(null, null, false, false);
                this.where = where;
            }
        }
    }
}
