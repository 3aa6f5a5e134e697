package org.coopenligne.sepa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer alone: a file of 3,000 debits validates against the ISO 20022 schema and is written in well under a second. */
class Pain008WriterTest {

    @Test
    void shouldWrite3000DebitsThatValidateWithExactTotalsQuickly() throws Exception {
        SepaBatch batch = new SepaBatch();
        batch.id = 51L;
        batch.messageId = "OCCE038-20251115-51";
        batch.schoolYear = "2025-2026";
        batch.collectionDate = LocalDate.of(2025, 12, 5);
        batch.createdAt = Instant.parse("2025-11-15T09:30:12.345Z");
        batch.creditorName = "OCCE de l'Isère";
        batch.creditorIdentifier = "FR72ZZZ123456";
        batch.creditorIban = "FR7630004000031234567890143";
        batch.creditorBic = "BNPAFRPPXXX";
        List<SepaBatchItem> items = new ArrayList<>();
        long cents = 0;
        for (int n = 0; n < 3000; n++) {
            SepaBatchItem i = new SepaBatchItem();
            i.id = (long) n;
            i.cooperativeCode = String.format("038-%04d", n);
            i.debtorName = SepaRules.latin("Coopérative scolaire École n°" + n, 70);
            i.iban = "FR7630006000011234567890189";
            i.bic = "AGRIFRPP882";
            i.mandateReference = "OCCE038-" + n + "-2025";
            i.signatureDate = LocalDate.of(2025, 9, 1);
            i.sequenceType = n % 3 == 0 ? "RCUR" : "FRST";
            i.endToEndId = i.cooperativeCode + "-2025-2026-51";
            i.amount = BigDecimal.valueOf(10_000 + n * 7L, 2);
            cents += 10_000 + n * 7L;
            items.add(i);
        }
        // warm up, then measure
        Pain008Writer.write(batch, items, new ByteArrayOutputStream());
        long start = System.nanoTime();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pain008Writer.write(batch, items, out);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("3,000 debits written in %d ms", millis).isLessThan(1000);

        byte[] xml = out.toByteArray();
        Pain008Schema.validate(xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<NbOfTxs>3000</NbOfTxs>", "<CtrlSum>" + BigDecimal.valueOf(cents, 2).toPlainString() + "</CtrlSum>",
                "<SeqTp>FRST</SeqTp>", "<SeqTp>RCUR</SeqTp>", "<NbOfTxs>1000</NbOfTxs>", "<NbOfTxs>2000</NbOfTxs>",
                "<CreDtTm>2025-11-15T10:30:12</CreDtTm>", "<Nm>OCCE de l'Isere</Nm>", "<Nm>Cooperative scolaire Ecole n 7</Nm>",
                "<InstdAmt Ccy=\"EUR\">100.07</InstdAmt>");
    }
}
