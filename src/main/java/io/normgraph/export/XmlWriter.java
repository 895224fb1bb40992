package io.normgraph.export;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes an XML document element by element as it goes, indented like JGraphT's exporters wrote
 * ours before. Of our own rather than the JDK's StAX writer because StAX leaves line breaks and
 * tabs in attribute values as they are, and every XML parser turns those into spaces (GEXF keeps
 * values in attributes, and provisions quote texts with line breaks). Characters XML 1.0 cannot
 * hold (most control characters) are written as U+FFFD, so the document always parses.
 */
final class XmlWriter {

	private static final String INDENT = "    ";

	private final Writer out;

	private final Deque<String> open = new ArrayDeque<>();

	/** Whether the last start tag still lacks its {@code >}. */
	private boolean startTagOpen;

	/** Whether the current element holds text, so that its end tag follows it on the same line. */
	private boolean inText;

	XmlWriter(Writer out) {
		this.out = out;
	}

	XmlWriter declaration() throws IOException {
		this.out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		return this;
	}

	XmlWriter start(String name) throws IOException {
		closeStartTag();
		if (!this.open.isEmpty() || this.inText) {
			newLine(this.open.size());
		}
		this.out.write('<');
		this.out.write(name);
		this.open.push(name);
		this.startTagOpen = true;
		this.inText = false;
		return this;
	}

	XmlWriter attribute(String name, String value) throws IOException {
		this.out.write(' ');
		this.out.write(name);
		this.out.write("=\"");
		escape(value, true);
		this.out.write('"');
		return this;
	}

	XmlWriter text(String value) throws IOException {
		closeStartTag();
		escape(value, false);
		this.inText = true;
		return this;
	}

	XmlWriter end() throws IOException {
		String name = this.open.pop();
		if (this.startTagOpen) {
			this.out.write("/>");
			this.startTagOpen = false;
		}
		else {
			if (!this.inText) {
				newLine(this.open.size());
			}
			this.out.write("</");
			this.out.write(name);
			this.out.write('>');
		}
		this.inText = false;
		return this;
	}

	/** An element holding only text. */
	XmlWriter element(String name, String text) throws IOException {
		return start(name).text(text).end();
	}

	void flush() throws IOException {
		this.out.flush();
	}

	private void closeStartTag() throws IOException {
		if (this.startTagOpen) {
			this.out.write('>');
			this.startTagOpen = false;
		}
	}

	private void newLine(int depth) throws IOException {
		this.out.write('\n');
		for (int i = 0; i < depth; i++) {
			this.out.write(INDENT);
		}
	}

	private void escape(String value, boolean attribute) throws IOException {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> this.out.write("&amp;");
				case '<' -> this.out.write("&lt;");
				case '>' -> this.out.write("&gt;");
				case '"' -> this.out.write(attribute ? "&quot;" : "\"");
				case '\n' -> this.out.write(attribute ? "&#10;" : "\n");
				case '\t' -> this.out.write(attribute ? "&#9;" : "\t");
				// A parser reads a bare CR as a line feed, in text too.
				case '\r' -> this.out.write("&#13;");
				default -> {
					if (Character.isHighSurrogate(c) && i + 1 < value.length()
							&& Character.isLowSurrogate(value.charAt(i + 1))) {
						this.out.write(c);
						this.out.write(value.charAt(++i));
					}
					else {
						this.out.write(allowed(c) ? c : '\uFFFD');
					}
				}
			}
		}
	}

	/** XML 1.0's Char production, for a character outside a surrogate pair. */
	private static boolean allowed(char c) {
		return (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
	}

}
