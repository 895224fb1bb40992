package io.normgraph.schema;

import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads YAML as SnakeYAML's node tree, which keeps each value's line, and reports what is
 * wrong at that line instead of throwing. Nothing is turned into Java objects by tag, so a
 * document cannot make the reader instantiate anything.
 */
public final class Yaml {

	private final List<SchemaProblem> problems;

	/** The line of the key of each value read through {@link #entries}. */
	private final Map<Node, Integer> keyLines = new java.util.IdentityHashMap<>();

	public Yaml(List<SchemaProblem> problems) {
		this.problems = problems;
	}

	/** The document's root mapping, or null (with a problem) when it is not one or not YAML. */
	public @Nullable MappingNode root(Reader reader) {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(50);
		options.setAllowRecursiveKeys(false);
		try {
			Node root = new org.yaml.snakeyaml.Yaml(options).compose(reader);
			if (root instanceof MappingNode mapping) {
				return mapping;
			}
			problem(root, "the file must be a YAML mapping of keys to values");
		}
		catch (MarkedYAMLException ex) {
			int line = (ex.getProblemMark() != null) ? ex.getProblemMark().getLine() + 1 : 0;
			this.problems.add(new SchemaProblem(line, "not valid YAML: " + ex.getProblem()));
		}
		catch (RuntimeException ex) {
			this.problems.add(new SchemaProblem(0, "not valid YAML: " + ex.getMessage()));
		}
		return null;
	}

	/**
	 * The entries of a mapping by key, in order; a key that is not in {@code allowed} (when given)
	 * or comes twice is a problem and is left out.
	 */
	public Map<String, Node> entries(Node node, String what, @Nullable Set<String> allowed) {
		Map<String, Node> entries = new LinkedHashMap<>();
		if (!(node instanceof MappingNode mapping)) {
			problem(node, what + " must be a mapping of keys to values");
			return entries;
		}
		for (NodeTuple tuple : mapping.getValue()) {
			String key = scalar(tuple.getKeyNode(), "a key of " + what);
			if (key == null) {
				continue;
			}
			if (allowed != null && !allowed.contains(key)) {
				problem(tuple.getKeyNode(), "unknown key '" + key + "' in " + what + "; allowed: "
						+ String.join(", ", allowed.stream().sorted().toList()));
			}
			else if (entries.putIfAbsent(key, tuple.getValueNode()) != null) {
				problem(tuple.getKeyNode(), "key '" + key + "' appears twice in " + what);
			}
			else {
				this.keyLines.put(tuple.getValueNode(), line(tuple.getKeyNode()));
			}
		}
		return entries;
	}

	/** A scalar's text, or null (with a problem) for a mapping or a list. */
	public @Nullable String scalar(Node node, String what) {
		if (node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		problem(node, what + " must be a single value, not a " + ((node instanceof MappingNode) ? "mapping" : "list"));
		return null;
	}

	/** Each item of a list, or the value itself when it is a single scalar. */
	public void items(Node node, String what, Consumer<Node> each) {
		if (node instanceof SequenceNode sequence) {
			sequence.getValue().forEach(each);
		}
		else if (node instanceof ScalarNode) {
			each.accept(node);
		}
		else {
			problem(node, what + " must be a list");
		}
	}

	public static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

	/** The line of a value's key, where a reader looks for what the value declares. */
	public int keyLine(Node value) {
		return this.keyLines.getOrDefault(value, line(value));
	}

	public void problem(Node node, String message) {
		this.problems.add(new SchemaProblem(line(node), message));
	}

	/** A problem with what a key declares, reported at the key's line. */
	public void problemAt(Node value, String message) {
		this.problems.add(new SchemaProblem(keyLine(value), message));
	}

}
