package org.m4sd.sdk.framework;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The official IATI 2.03 activity schema, kept in the repository under {@code schemas/iati-2.03/}. Every IATI
 * export a test makes goes through {@link #validate(String)}, sdk-rules' too (this module's test jar).
 */
public final class IatiSchema {
    private static Schema schema;

    private IatiSchema() {
    }

    static synchronized Schema schema() {
        if (schema == null) {
            Path xsd = locate();
            try {
                SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                schema = f.newSchema(xsd.toFile());
            } catch (SAXException e) {
                throw new IllegalStateException("cannot read the IATI schema " + xsd + ": " + e.getMessage(), e);
            }
        }
        return schema;
    }

    /** Validates an export; throws with the schema's message when invalid. */
    public static String validate(String xml) {
        try {
            schema().newValidator().validate(new StreamSource(new StringReader(xml)));
            return xml;
        } catch (SAXException e) {
            throw new AssertionError("IATI export is not valid against iati-activities-schema.xsd: " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path locate() {
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root (the directory holding mvnw) above "
                    + Paths.get("").toAbsolutePath());
        }
        Path xsd = dir.resolve("schemas/iati-2.03/iati-activities-schema.xsd");
        if (!Files.isRegularFile(xsd)) {
            throw new IllegalStateException("the IATI 2.03 schemas are missing: expected " + xsd
                    + " (the repository's schemas/iati-2.03/, from IATI/IATI-Schemas)");
        }
        return xsd;
    }
}
