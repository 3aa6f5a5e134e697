package org.coopenligne.documents.pdf;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Realistic data from the seeds: cooperative 046-0410 of the OCCE du Lot. */
final class PdfFixtures {

    static final DepartmentBlock DEFAULT_DEPARTMENT = new DepartmentBlock(
            "046", "OCCE du Lot", "304 rue Victor Hugo", "46000", "CAHORS",
            "ad46@occe.coop", "05 65 22 19 07", "MAE contrat n° 1234");

    static final CooperativeBlock DEFAULT_COOPERATIVE = new CooperativeBlock(
            "046-0410", "École Publique Jules Ferry", "École élémentaire", "2 place de la Mairie", "46100", "LA ROSE",
            "0460410N", "Jean DUPONT", "jean.dupont@ac-toulouse.fr", "Françoise LÉGER, Noël BÈGUE",
            "Banque Postale", "9 999 99 X");

    /** Accents, ç, œ and a name long enough to wrap. */
    static final CooperativeBlock LONG_NAME_COOPERATIVE = new CooperativeBlock(
            "046-0999",
            "Groupe scolaire intercommunal « Cœur de Loire » — école maternelle et élémentaire publique François-Rabelais des Garçons et des Filles réunis",
            "Groupe scolaire", "12 chemin de la Fontaine-aux-Muses, lieu-dit Le Pré Bas", "46500", "SAINT-CÉRÉ",
            "0469999Z", "Anne-Sophie LEFÈVRE-DE LA ROCHEFOUCAULD", "anne-sophie.lefevre-de-la-rochefoucauld@ac-toulouse.fr",
            "Jérôme GARÇON, Cécile MÜLLER, Ève NOËL", "Crédit Agricole Nord Midi-Pyrénées", "12345 67890 12345678901 23");

    static final String DEFAULT_YEAR = "2025-2026";

    static EngagementData engagement() {
        return new EngagementData(DEFAULT_DEPARTMENT, DEFAULT_COOPERATIVE, DEFAULT_YEAR, 4, 57,
                new BigDecimal("1157.11"), "Virement bancaire", true, new BigDecimal("0.00"), new BigDecimal("18500.00"));
    }

    static CertificateData certificate(CertificateData.Kind kind) {
        return certificate(kind, DEFAULT_COOPERATIVE);
    }

    static CertificateData certificate(CertificateData.Kind kind, CooperativeBlock cooperative) {
        return new CertificateData(kind, DEFAULT_DEPARTMENT, cooperative, DEFAULT_YEAR, 4, 57,
                new BigDecimal("0.00"), new BigDecimal("18500.00"), new BigDecimal("2000.00"), new BigDecimal("15000.00"),
                "25/0035 A", "ABCD-EFGH-JKLM", "http://localhost:8080/verifier/ABCD-EFGH-JKLM", LocalDate.of(2026, 11, 23));
    }

    static MandataireChangeFormData mandataireChange() {
        return new MandataireChangeFormData(DEFAULT_DEPARTMENT, DEFAULT_COOPERATIVE, DEFAULT_YEAR);
    }

    private PdfFixtures() {
    }
}
