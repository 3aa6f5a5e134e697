package org.coopenligne.sepa;

import java.io.ByteArrayInputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The ISO 20022 schema of pain.008.001.02, a test resource of the project ({@code standards/pain.008.001.02.xsd}, its
 * source in {@code standards/README.md}): the tests need nothing beside the repository.
 */
final class Pain008Schema {

    static final URL XSD = Pain008Schema.class.getResource("/standards/pain.008.001.02.xsd");

    private static Schema schema;

    private Pain008Schema() {}

    /** Throws with the parser's message (line, column, what is wrong) when the file does not validate. */
    static synchronized void validate(byte[] xml) throws Exception {
        if (schema == null) {
            if (XSD == null) {
                throw new IllegalStateException("The test resource standards/pain.008.001.02.xsd is missing");
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            schema = factory.newSchema(XSD);
        }
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new AssertionError("The file does not validate against pain.008.001.02.xsd: " + e.getMessage(), e);
        }
    }
}
