package org.coopenligne.sepa;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.coopenligne.common.TimeConfig;

/**
 * Writes a SEPA Direct Debit initiation (ISO 20022 pain.008.001.02, CORE scheme) with StAX: element after element
 * to the stream, no tree of the whole file in memory. One PmtInf per sequence type (the file has one collection
 * date), with its own NbOfTxs and CtrlSum; the group header has those of the whole file.
 */
final class Pain008Writer {

    static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.008.001.02";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private Pain008Writer() {}

    static void write(SepaBatch batch, List<SepaBatchItem> items, OutputStream out) {
        Map<String, List<SepaBatchItem>> bySequence = new LinkedHashMap<>();
        for (String seq : List.of("FRST", "RCUR", "OOFF", "FNAL")) {
            List<SepaBatchItem> group = new ArrayList<>();
            items.stream().filter(i -> i.sequenceType.equals(seq)).forEach(group::add);
            if (!group.isEmpty()) {
                bySequence.put(seq, group);
            }
        }
        try {
            XMLStreamWriter w = FACTORY.createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("Document");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeStartElement("CstmrDrctDbtInitn");

            w.writeStartElement("GrpHdr");
            text(w, "MsgId", batch.messageId);
            text(w, "CreDtTm", DATE_TIME.format(LocalDateTime.ofInstant(batch.createdAt.truncatedTo(ChronoUnit.SECONDS), TimeConfig.ZONE)));
            text(w, "NbOfTxs", String.valueOf(items.size()));
            text(w, "CtrlSum", sum(items).toPlainString());
            w.writeStartElement("InitgPty");
            text(w, "Nm", SepaRules.latin(batch.creditorName, 70));
            w.writeEndElement();
            w.writeEndElement();

            for (Map.Entry<String, List<SepaBatchItem>> group : bySequence.entrySet()) {
                paymentInformation(w, batch, group.getKey(), group.getValue());
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("pain.008 file of batch " + batch.id + " not written", e);
        }
    }

    private static void paymentInformation(XMLStreamWriter w, SepaBatch batch, String sequence, List<SepaBatchItem> items)
            throws XMLStreamException {
        w.writeStartElement("PmtInf");
        text(w, "PmtInfId", batch.messageId + "-" + sequence);
        text(w, "PmtMtd", "DD");
        text(w, "BtchBookg", "true");
        text(w, "NbOfTxs", String.valueOf(items.size()));
        text(w, "CtrlSum", sum(items).toPlainString());
        w.writeStartElement("PmtTpInf");
        w.writeStartElement("SvcLvl");
        text(w, "Cd", "SEPA");
        w.writeEndElement();
        w.writeStartElement("LclInstrm");
        text(w, "Cd", "CORE");
        w.writeEndElement();
        text(w, "SeqTp", sequence);
        w.writeEndElement();
        text(w, "ReqdColltnDt", batch.collectionDate.toString());
        w.writeStartElement("Cdtr");
        text(w, "Nm", SepaRules.latin(batch.creditorName, 70));
        w.writeEndElement();
        account(w, "CdtrAcct", batch.creditorIban);
        agent(w, "CdtrAgt", batch.creditorBic);
        text(w, "ChrgBr", "SLEV");
        w.writeStartElement("CdtrSchmeId");
        w.writeStartElement("Id");
        w.writeStartElement("PrvtId");
        w.writeStartElement("Othr");
        text(w, "Id", batch.creditorIdentifier);
        w.writeStartElement("SchmeNm");
        text(w, "Prtry", "SEPA");
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        for (SepaBatchItem i : items) {
            w.writeStartElement("DrctDbtTxInf");
            w.writeStartElement("PmtId");
            text(w, "EndToEndId", i.endToEndId);
            w.writeEndElement();
            w.writeStartElement("InstdAmt");
            w.writeAttribute("Ccy", "EUR");
            w.writeCharacters(i.amount.setScale(2, RoundingMode.UNNECESSARY).toPlainString());
            w.writeEndElement();
            w.writeStartElement("DrctDbtTx");
            w.writeStartElement("MndtRltdInf");
            text(w, "MndtId", i.mandateReference);
            text(w, "DtOfSgntr", i.signatureDate.toString());
            w.writeEndElement();
            w.writeEndElement();
            agent(w, "DbtrAgt", i.bic);
            w.writeStartElement("Dbtr");
            text(w, "Nm", SepaRules.latin(i.debtorName, 70));
            w.writeEndElement();
            account(w, "DbtrAcct", i.iban);
            w.writeStartElement("RmtInf");
            text(w, "Ustrd", SepaRules.latin("Adhesion OCCE " + batch.schoolYear + " cooperative " + i.cooperativeCode, 140));
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    static BigDecimal sum(List<SepaBatchItem> items) {
        return items.stream().map(i -> i.amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static void account(XMLStreamWriter w, String element, String iban) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeStartElement("Id");
        text(w, "IBAN", iban);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void agent(XMLStreamWriter w, String element, String bic) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeStartElement("FinInstnId");
        text(w, "BIC", bic);
        w.writeEndElement();
        w.writeEndElement();
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
