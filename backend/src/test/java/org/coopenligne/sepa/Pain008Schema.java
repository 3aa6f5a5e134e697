package org.coopenligne.sepa;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The ISO 20022 schema of pain.008.001.02, read from the shared standards folder beside the repository
 * ({@code ../../shared/standards/pain.008.001.02.xsd} from the backend folder; the system property
 * {@code sepa.xsd} names another file).
 */
final class Pain008Schema {

    static final Path XSD = Path.of(System.getProperty("sepa.xsd", "../../shared/standards/pain.008.001.02.xsd"));

    private static Schema schema;

    private Pain008Schema() {}

    /** Throws with the parser's message (line, column, what is wrong) when the file does not validate. */
    static synchronized void validate(byte[] xml) throws Exception {
        if (schema == null) {
            if (!Files.isRegularFile(XSD)) {
                throw new IllegalStateException("The pain.008.001.02 schema is not at " + XSD.toAbsolutePath()
                        + " (set -Dsepa.xsd=...)");
            }
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            schema = factory.newSchema(XSD.toFile());
        }
        try {
            schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXException e) {
            throw new AssertionError("The file does not validate against pain.008.001.02.xsd: " + e.getMessage(), e);
        }
    }
}
