package io.normgraph.export;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

class XmlWriterTests {

	private static final String AWKWARD = "Members shall <adopt> \"procedures\" & rules,\n\twhere\r\nappropriate \uD83D\uDCDC.";

	@Test
	void textAndAttributesReadBackExactlyAsWritten() throws Exception {
		Element root = parse(write(AWKWARD)).getDocumentElement();
		Element item = (Element) root.getElementsByTagName("item").item(0);
		assertThat(item.getAttribute("value")).isEqualTo(AWKWARD);
		assertThat(item.getTextContent()).isEqualTo(AWKWARD);
	}

	@Test
	void charactersXmlCannotHoldBecomeReplacementCharacters() throws Exception {
		Element item = (Element) parse(write("bell\u0007 and a lone \uD800 surrogate")).getDocumentElement()
			.getElementsByTagName("item")
			.item(0);
		assertThat(item.getAttribute("value")).isEqualTo("bell\uFFFD and a lone \uFFFD surrogate");
		assertThat(item.getTextContent()).isEqualTo("bell\uFFFD and a lone \uFFFD surrogate");
	}

	@Test
	void emptyElementsCloseThemselvesAndNestingIsIndented() throws Exception {
		StringWriter out = new StringWriter();
		new XmlWriter(out).declaration().start("a").start("b").end().element("c", "x").end().flush();
		assertThat(out).hasToString("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>\n    <b/>\n    <c>x</c>\n</a>");
	}

	private static String write(String value) throws Exception {
		StringWriter out = new StringWriter();
		new XmlWriter(out).declaration().start("root").start("item").attribute("value", value).text(value).end().end().flush();
		return out.toString();
	}

	private static Document parse(String xml) throws Exception {
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

}
