package cn.egov.approval.modeling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What changes if a process is replaced by another: flow elements added, removed and
 * changed (by id, compared on their XML without the diagram), and a line diff of the two
 * documents for those who read XML.
 *
 * @param added ids and names of elements only the new process has
 * @param removed ids and names of elements only the old process has
 * @param changed ids and names of elements both have with different definitions
 * @param xmlDiff the unified line diff (old → new)
 */
public record ProcessDiff(List<Element> added, List<Element> removed, List<Element> changed, List<String> xmlDiff) {

	public boolean isEmpty() {
		return this.added.isEmpty() && this.removed.isEmpty() && this.changed.isEmpty() && this.xmlDiff.isEmpty();
	}

	public static ProcessDiff between(String oldXml, String newXml) {
		Map<String, Element> before = elements(oldXml);
		Map<String, Element> after = elements(newXml);
		List<Element> added = new ArrayList<>();
		List<Element> removed = new ArrayList<>();
		List<Element> changed = new ArrayList<>();
		for (String id : new TreeSet<>(after.keySet())) {
			Element now = after.get(id);
			Element then = before.get(id);
			if (then == null) {
				added.add(now.withoutDefinition());
			}
			else if (!then.definition().equals(now.definition())) {
				changed.add(now.withoutDefinition());
			}
		}
		for (String id : new TreeSet<>(before.keySet())) {
			if (!after.containsKey(id)) {
				removed.add(before.get(id).withoutDefinition());
			}
		}
		return new ProcessDiff(added, removed, changed, LineDiff.unified(oldXml, newXml));
	}

	private static Map<String, Element> elements(String xml) {
		BpmnModelInstance model = Bpmn
			.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		Map<String, org.w3c.dom.Element> doms = new LinkedHashMap<>();
		NodeList all = dom(xml).getElementsByTagNameNS("*", "*");
		for (int i = 0; i < all.getLength(); i++) {
			org.w3c.dom.Element element = (org.w3c.dom.Element) all.item(i);
			if (element.hasAttribute("id")) {
				doms.putIfAbsent(element.getAttribute("id"), element);
			}
		}
		Map<String, Element> elements = new LinkedHashMap<>();
		for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
			elements.put(element.getId(), new Element(element.getId(), element.getElementType().getTypeName(),
					element.getName(), definition(model, doms.get(element.getId()))));
		}
		return elements;
	}

	private static Document dom(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setExpandEntityReferences(false);
			return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
	}

	/**
	 * The element's own XML: attributes and child elements, without nested flow elements.
	 */
	private static String definition(BpmnModelInstance model, org.w3c.dom.Element dom) {
		StringBuilder out = new StringBuilder(dom.getLocalName());
		NamedNodeMap attributes = dom.getAttributes();
		TreeSet<String> sorted = new TreeSet<>();
		for (int i = 0; i < attributes.getLength(); i++) {
			sorted.add(attributes.item(i).getNodeName() + "=" + attributes.item(i).getNodeValue());
		}
		sorted.forEach((attribute) -> out.append(' ').append(attribute));
		NodeList children = dom.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node child = children.item(i);
			if (child instanceof org.w3c.dom.Element element) {
				if (!(model.getModelElementById(element.getAttribute("id")) instanceof FlowElement)) {
					out.append('<').append(definition(model, element)).append('>');
				}
			}
			else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
				String text = child.getNodeValue().strip();
				if (!text.isEmpty()) {
					out.append('=').append(text);
				}
			}
		}
		return out.toString();
	}

	/**
	 * @param id the element id
	 * @param type its BPMN type (userTask, boundaryEvent ...)
	 * @param name its name
	 * @param definition its XML in a comparable form (not sent)
	 */
	public record Element(String id, String type, String name, String definition) {

		Element withoutDefinition() {
			return new Element(this.id, this.type, this.name, null);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Element that && this.id.equals(that.id) && Objects.equals(this.type, that.type);
		}

		@Override
		public int hashCode() {
			return this.id.hashCode();
		}

	}

}
