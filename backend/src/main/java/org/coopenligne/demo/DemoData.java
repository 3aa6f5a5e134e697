package org.coopenligne.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.coopenligne.adhesion.Adhesion;
import org.coopenligne.adhesion.AdhesionStatus;
import org.coopenligne.adhesion.ClassLine;
import org.coopenligne.auth.PasswordHasher;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.SchoolYears;
import org.coopenligne.tariff.PaymentMeans;
import org.coopenligne.tariff.RateMode;
import org.coopenligne.tariff.Tariff;
import org.coopenligne.tariff.MemberRates;
import org.coopenligne.common.security.Role;
import org.coopenligne.auth.UserAccount;
import org.coopenligne.cooperative.Cooperative;
import org.coopenligne.department.Department;
import org.coopenligne.sepa.SepaCreditor;
import org.coopenligne.sepa.SepaMandate;
import org.coopenligne.sepa.SepaRules;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo data from the seeds, created on first start of `make run` (and for the tests): departments
 * 038, 046, 075 and 999 with their staff, the national admin, the cooperatives of the user guides and a
 * few dozen generated ones per department; tariffs that reproduce the seeds' worked examples, in their
 * years and in the current one; last year's adhesions of 046-0410 and 038-2233 (for the carry-over).
 * Deterministic: the same data on every machine (the current year follows the clock).
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /** The password of the demo staff and admin accounts (mandataires start with "coop" + number). */
    public static final String STAFF_PASSWORD = "Demo-Occe-2025";
    public static final int GENERATED_PER_DEPARTMENT = 30;

    @ConfigProperty(name = "coop.demo-data")
    boolean enabled;

    /** For `make bench`: this many extra cooperatives in department 999 (logins 999-1000…), password {@link #BENCH_PASSWORD}. */
    @ConfigProperty(name = "coop.bench.cooperatives", defaultValue = "0")
    int benchCooperatives;

    public static final String BENCH_PASSWORD = "Bench-Password-2025";

    @Inject PasswordHasher hasher;
    @Inject Clock clock;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        if (!enabled) {
            return;
        }
        boolean created = createIfEmpty();
        printLogins(created);
    }

    @Transactional
    boolean createIfEmpty() {
        if (Department.count() > 0) {
            return false;
        }
        String staffHash = hasher.hash(STAFF_PASSWORD);
        Department d38 = department("038", "OCCE de l'Isère", "11 rue du Docteur Hermite", "38000", "GRENOBLE",
                "ad38@occe.coop", "04 76 00 00 38");
        Department d46 = department("046", "OCCE du Lot", "80 rue des Jardiniers", "46000", "CAHORS",
                "ad46@occe.coop", "05 65 24 25 50");
        Department d75 = department("075", "OCCE de Paris", "101 boulevard Raspail", "75006", "PARIS",
                "ad75@occe.coop", "01 40 00 00 75");
        Department d99 = department("999", "OCCE Démonstration", "1 place de la République", "99999", "SUPER VILLE",
                "ad999@occe.coop", "01 99 99 99 99");

        // settings of the department (issue 6): a contact, opening hours, the insurer contract
        for (Department d : List.of(d38, d46, d75, d99)) {
            d.contactName = "Secrétariat de l'" + d.name;
            d.openingHours = "Du lundi au jeudi, 9 h - 12 h et 14 h - 17 h";
            d.insurerName = "Mutuelle de démonstration";
            d.insurerContractNumber = "DEMO-" + d.code + "-2025";
        }

        account("admin", Role.ADMIN, "Fédération nationale OCCE", null, null, staffHash);
        for (Department d : List.of(d38, d46, d75, d99)) {
            account("staff" + d.code, Role.STAFF, "Secrétariat " + d.name, d.id, null, staffHash);
        }

        cooperative(d46, "0410", "École Publique Jules Ferry", "École primaire publique", "2 rue de l'École", "46120",
                "LA ROSE", "0460410N", "ce.0460410n@ac-toulouse.fr", "Jean DUPONT", "jdp@gmail.com",
                "Jeanne LECLAIR\nNorbert DUROC", "Banque Postale", "9 999 99 X");
        cooperative(d99, "9991", "École Publique", "École primaire publique", "1 rue des Écoliers", "99999",
                "SUPER VILLE", "9999991A", "ce.9999991a@ac-demo.fr", "Jean AYMARD", "jean.aymard@example.org",
                "Marie MARTIN", "CCP", "9 999 99 9");
        cooperative(d38, "2233", "École Élémentaire Jean Moulin", "École élémentaire publique", "12 avenue Jean Moulin",
                "38200", "VIENNE", "0382233K", "ce.0382233k@ac-grenoble.fr", "Claire BERNARD",
                "claire.bernard@example.org", "Luc ROUX", "Crédit Mutuel", "10278 08900 00012345678");
        cooperative(d75, "0101", "École Élémentaire de la Victoire", "École élémentaire publique", "10 rue de la Victoire",
                "75009", "PARIS", "0750101B", "ce.0750101b@ac-paris.fr", "Sophie LAMBERT", "sophie.lambert@example.org",
                "Paul GIRARD", "Caisse d'Épargne", "17515 90000 08000000001");

        SchoolYear current = SchoolYears.current(clock);
        // tariffs: the seeds' worked examples, in their own years and again in the current one
        Tariff t999 = tariff(d99, current, "8.00", RateMode.SPLIT, null, "1.73", "4.00", false, "0", "TRANSFER,CHEQUE");
        t999.subscribe("TOTO est content", new BigDecimal("4.00"));
        t999.subscribe("Les Coopains d'accord", new BigDecimal("5.00"));
        Tariff old999 = tariff(d99, SchoolYear.parse("2013-2014"), "8.00", RateMode.SPLIT, null, "1.73", "4.00", false, "0", "CHEQUE");
        old999.subscribe("TOTO est content", new BigDecimal("4.00"));
        old999.subscribe("Les Coopains d'accord", new BigDecimal("5.00"));
        tariff(d38, current, "0", RateMode.PER_MEMBER, "2.26", null, null, false, "0.25", "TRANSFER,CHEQUE,OTHER_PAYER");
        tariff(d38, SchoolYear.parse("2024-2025"), "0", RateMode.PER_MEMBER, "2.26", null, null, false, "0.25", "TRANSFER,CHEQUE,OTHER_PAYER");
        tariff(d46, current, "0", RateMode.PER_MEMBER, "0", null, null, true, "0", "DIRECT_DEBIT_NOW,DIRECT_DEBIT_DECEMBER,TRANSFER");
        tariff(d46, SchoolYear.parse("2024-2025"), "0", RateMode.PER_MEMBER, "0", null, null, true, "0", "DIRECT_DEBIT_NOW,DIRECT_DEBIT_DECEMBER");
        Tariff t75 = tariff(d75, current, "5.00", RateMode.PER_MEMBER, "2.10", null, null, false, "0.30", "TRANSFER,CHEQUE");
        t75.subscribe("Animation & Éducation", new BigDecimal("12.00"));

        // last year's adhesions, to see the carry-over (999-9991 has none: "Il n'y a aucun adhérent")
        Cooperative julesFerry = Cooperative.find("departmentCode = '046' and number = '0410'").firstResult();
        validatedAdhesion(julesFerry, current.previous(), new Object[][] {
                {"CM1-CM2", "JEAN DUPONT", "jdp@gmail.com", 1, 24},
                {"CE2", "JEANNE LECLAIR", "jeanne@gmail.com", 1, 18},
                {"CE1", "NORBERT DUROC - BENOIT LOUP", "ndr@wanadoo.fr", 2, 15}});
        Cooperative jeanMoulin = Cooperative.find("departmentCode = '038' and number = '2233'").firstResult();
        validatedAdhesion(jeanMoulin, current.previous(), new Object[][] {{"ECOLE ENTIERE", "ECOLE ENTIERE", null, 10, 165}});

        Random random = new Random(2025);
        generate(d38, random, new String[] {"GRENOBLE", "VIENNE", "VOIRON", "ÉCHIROLLES", "BOURGOIN-JALLIEU", "MEYLAN"},
                new String[] {"38000", "38200", "38500", "38130", "38300", "38240"}, "ac-grenoble.fr");
        generate(d46, random, new String[] {"CAHORS", "FIGEAC", "GOURDON", "SOUILLAC", "GRAMAT", "PRAYSSAC"},
                new String[] {"46000", "46100", "46300", "46200", "46500", "46220"}, "ac-toulouse.fr");
        generate(d75, random, new String[] {"PARIS"}, new String[] {"75011", "75012", "75013", "75014", "75015", "75018"},
                "ac-paris.fr");
        generate(d99, random, new String[] {"SUPER VILLE", "AUTRE VILLE", "PETITE VILLE"},
                new String[] {"99999", "99998", "99997"}, "ac-demo.fr");

        // adhesions of the year waiting for the OCCE 38 (its review queue is not empty); 038-0107 stays untouched
        int day = 3;
        for (String number : new String[] {"0114", "0121", "0128"}) {
            Cooperative c = Cooperative.find("departmentCode = '038' and number = ?1", number).firstResult();
            submittedAdhesion(c, current, day, new Object[][] {{"CP-CE1", "Mme LEGRAND", null, 1, 22 + day}, {"CM2", "M. PETIT", null, 1, 25}});
            day += 4;
        }
        // a draft of the year, complete and ready to send (what the demo's dashboard shows as « brouillon »)
        draftAdhesion(Cooperative.find("departmentCode = '038' and number = '0170'").firstResult(), current,
                new Object[][] {{"CE2-CM1", "Mme BROUILLON", null, 1, 23}});
        sepaDirectDebits(d38, current);
        if (benchCooperatives > 0) {
            String benchHash = hasher.hash(BENCH_PASSWORD);
            for (int i = 0; i < Math.min(benchCooperatives, 8000); i++) {
                String number = String.valueOf(1000 + i);
                UserAccount a = cooperative(d99, number, "École de charge " + number, "École élémentaire publique", "1 rue du Test",
                        "99999", "SUPER VILLE", "999" + number + "B", null, "Bench MANDATAIRE", null, null, "Banque Postale", "1 111 11 B");
                a.passwordHash = benchHash;
                a.mustChangePassword = false;
            }
            LOG.infof("%d bench cooperatives created (logins 999-1000…, password %s)", benchCooperatives, BENCH_PASSWORD);
        }
        LOG.info("Demo data created");
        return true;
    }

    private static final String[] SCHOOL_KINDS = {"École Élémentaire", "École Maternelle", "École Primaire", "Groupe Scolaire"};
    private static final String[] SCHOOL_NAMES = {"Victor Hugo", "Jean Jaurès", "Louise Michel", "Jules Ferry", "Les Tilleuls",
            "Pasteur", "Marie Curie", "Jacques Prévert", "Les Marronniers", "Paul Bert", "Condorcet", "Simone Veil",
            "Jean de La Fontaine", "Le Petit Prince", "Les Érables", "Saint-Exupéry", "George Sand", "Albert Camus"};
    private static final String[] FIRST = {"Anne", "Pierre", "Marie", "Luc", "Sophie", "Paul", "Julie", "Marc", "Claire",
            "Nicolas", "Hélène", "François", "Isabelle", "Thomas", "Céline", "Éric"};
    private static final String[] LAST = {"MARTIN", "BERNARD", "DUBOIS", "THOMAS", "ROBERT", "RICHARD", "PETIT", "DURAND",
            "LEROY", "MOREAU", "SIMON", "LAURENT", "LEFEBVRE", "MICHEL", "GARCIA", "FAURE"};

    private void generate(Department d, Random random, String[] cities, String[] postalCodes, String academy) {
        for (int i = 1; i <= GENERATED_PER_DEPARTMENT; i++) {
            String number = String.format("%04d", 100 + i * 7);
            int c = random.nextInt(cities.length);
            String kind = SCHOOL_KINDS[random.nextInt(SCHOOL_KINDS.length)];
            String school = kind + " " + SCHOOL_NAMES[random.nextInt(SCHOOL_NAMES.length)];
            String mandataire = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            String uai = d.code.replace("999", "999") + number + (char) ('A' + random.nextInt(26));
            cooperative(d, number, school, kind.contains("Maternelle") ? "École maternelle publique" : "École élémentaire publique",
                    (1 + random.nextInt(80)) + " rue " + SCHOOL_NAMES[random.nextInt(SCHOOL_NAMES.length)],
                    postalCodes[random.nextInt(postalCodes.length)], cities[c], uai,
                    "ce." + uai.toLowerCase() + "@" + academy, mandataire,
                    mandataire.toLowerCase().replace(' ', '.').replace("é", "e").replace("è", "e") + "@example.org",
                    FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)],
                    random.nextBoolean() ? "Banque Postale" : "Crédit Agricole",
                    String.format("%d %03d %02d X", random.nextInt(9) + 1, random.nextInt(1000), random.nextInt(100)));
        }
    }

    private static Tariff tariff(Department d, SchoolYear year, String flat, RateMode mode, String rate, String pupilRate,
                                 String adultRate, boolean insuranceMandatory, String insuranceRate, String paymentMeans) {
        Tariff t = Tariff.forCampaign(d.id, year, new BigDecimal(flat),
                MemberRates.of(mode, rate, pupilRate, adultRate), insuranceMandatory, MemberRates.perMember(insuranceRate),
                paymentMeans);
        t.persist();
        return t;
    }

    private void validatedAdhesion(Cooperative c, SchoolYear year, Object[][] lines) {
        Instant created = year.firstDay().plusDays(10).atStartOfDay(clock.getZone()).toInstant();
        new DemoAdhesion(c, year, AdhesionStatus.VALIDATED, PaymentMeans.TRANSFER, created, lines).sent(created).persist();
    }

    /** Insured, by cheque, priced with the 038 tariff (2,26 € + 0,25 € per member), sent on the campaign's n-th day. */
    private void submittedAdhesion(Cooperative c, SchoolYear year, int day, Object[][] lines) {
        Instant created = year.firstDay().plusDays(day - 1).atStartOfDay(clock.getZone()).toInstant();
        new DemoAdhesion(c, year, AdhesionStatus.SUBMITTED, PaymentMeans.CHEQUE, created, lines).insuredAt038Rates()
                .sent(created.plusSeconds(3600)).persist();
    }

    /** A draft of the year, insured, by cheque, with its lines: only "Envoyer à l'OCCE" is left to do. */
    private void draftAdhesion(Cooperative c, SchoolYear year, Object[][] lines) {
        Instant created = year.firstDay().atStartOfDay(clock.getZone()).toInstant();
        new DemoAdhesion(c, year, AdhesionStatus.DRAFT, PaymentMeans.CHEQUE, created, lines).insuredAt038Rates().persist();
    }

    /**
     * One adhesion of the demo data: created (and last changed) at the instant given, with its lines, free until
     * priced; the steps that follow add what its status needs.
     */
    private static final class DemoAdhesion {

        private final Adhesion a = new Adhesion();
        private boolean priced;

        DemoAdhesion(Cooperative c, SchoolYear year, AdhesionStatus status, PaymentMeans means, Instant createdAt, Object[][] lines) {
            a.cooperativeId = c.id;
            a.cooperativeCode = c.code();
            a.departmentId = c.departmentId;
            a.schoolYear = year.label();
            a.status = status;
            a.createdAt = createdAt;
            a.updatedAt = createdAt;
            a.paymentMeans = means;
            addLines(a, lines);
            a.amount = BigDecimal.ZERO.setScale(2);
        }

        /** Insured and priced with the 038 tariff: 2,26 € + 0,25 € per member. */
        DemoAdhesion insuredAt038Rates() {
            a.insured = true;
            a.amount = new BigDecimal("2.51").multiply(BigDecimal.valueOf(a.adults + a.pupils)).setScale(2);
            priced = true;
            return this;
        }

        /** Sent to the OCCE at that instant (its last change), for its amount, priced with the tariff's version 0 if priced. */
        DemoAdhesion sent(Instant at) {
            a.submittedAt = at;
            a.updatedAt = at;
            a.submittedAmount = a.amount;
            a.pricedTariffVersion = priced ? 0 : null;
            return this;
        }

        /** Validated by staff at that instant (its last change), the engagement received. */
        DemoAdhesion validated(Instant at, String by) {
            a.validatedAt = at;
            a.validatedBy = by;
            a.updatedAt = at;
            a.engagementReceived = true;
            return this;
        }

        Adhesion persist() {
            a.persist();
            return a;
        }
    }

    /**
     * SEPA direct debit in the Isère: the department as creditor, and five adhesions of the year validated with a
     * direct debit, four of them with a mandate (038-0135, 0142, 0149, 0156) and one without (038-0163), so that the
     * "Prélèvements SEPA" page has debits and a refusal to show. 038-0107 and the cooperatives of the queue are untouched.
     * (The 038 tariff itself keeps its means: AdhesionResourceTest relies on 038 refusing a direct debit; these adhesions
     * stand for ones validated before the department changed its means.)
     */
    private void sepaDirectDebits(Department d38, SchoolYear current) {
        SepaCreditor creditor = new SepaCreditor();
        creditor.departmentId = d38.id;
        creditor.name = d38.name;
        creditor.identifier = "FR65ZZZ564738";
        creditor.iban = SepaRules.ibanOf("FR", "30004000031234567890143");
        creditor.bic = "BNPAFRPPXXX";
        creditor.updatedAt = clock.instant();
        creditor.updatedBy = "staff038";
        creditor.persist();
        String[] numbers = {"0135", "0142", "0149", "0156", "0163"};
        for (int n = 0; n < numbers.length; n++) {
            Cooperative c = Cooperative.find("departmentCode = '038' and number = ?1", numbers[n]).firstResult();
            Instant created = current.firstDay().plusDays(n + 1).atStartOfDay(clock.getZone()).toInstant();
            new DemoAdhesion(c, current, AdhesionStatus.VALIDATED, n % 2 == 0 ? PaymentMeans.DIRECT_DEBIT_NOW : PaymentMeans.DIRECT_DEBIT_DECEMBER,
                    created, new Object[][] {{"CP-CE1", "Mme MERCIER", null, 1, 21 + n}, {"CE2-CM1", "M. FABRE", null, 1, 24}})
                    .insuredAt038Rates().sent(created.plusSeconds(3600)).validated(created.plusSeconds(7200), "staff038").persist();
            if (n < 4) {
                SepaMandate m = new SepaMandate();
                m.cooperativeId = c.id;
                m.departmentId = c.departmentId;
                m.iban = SepaRules.ibanOf("FR", String.format("1020600001%011d%02d", 98765432100L + n, 10 + n));
                m.bic = n % 2 == 0 ? "AGRIFRPP882" : "CEPAFRPP382";
                m.reference = "OCCE038-" + c.number + "-" + current.startYear();
                m.signatureDate = current.firstDay();
                m.updatedAt = clock.instant();
                m.updatedBy = "staff038";
                m.persist();
            }
        }
    }

    /** Rows of {class, teachers, email, adults, pupils}. */
    private static void addLines(Adhesion a, Object[][] lines) {
        for (Object[] row : lines) {
            ClassLine l = new ClassLine();
            l.adhesion = a;
            l.position = a.lines.size() + 1;
            l.className = (String) row[0];
            l.teachers = (String) row[1];
            l.teacherEmail = (String) row[2];
            l.adults = (Integer) row[3];
            l.pupils = (Integer) row[4];
            a.lines.add(l);
        }
        a.recountTotals();
    }

    private static Department department(String code, String name, String address, String postalCode, String city,
                                         String email, String phone) {
        Department d = new Department();
        d.code = code;
        d.name = name;
        d.addressLine = address;
        d.postalCode = postalCode;
        d.city = city;
        d.email = email;
        d.phone = phone;
        d.persist();
        return d;
    }

    private static UserAccount cooperative(Department d, String number, String school, String type, String address,
                                    String postalCode, String city, String uai, String email, String mandataire,
                                    String mandataireEmail, String coSignatories, String bank, String account) {
        Cooperative c = new Cooperative();
        c.departmentId = d.id;
        c.departmentCode = d.code;
        c.number = number;
        c.schoolName = school;
        c.schoolType = type;
        c.addressLine = address;
        c.postalCode = postalCode;
        c.city = city;
        c.district = "Circonscription de " + city; // the demo's districts: one per town
        c.uai = uai;
        c.schoolEmail = email;
        c.mandataireName = mandataire;
        c.mandataireEmail = mandataireEmail;
        c.coSignatories = coSignatories;
        c.bankName = bank;
        c.bankAccount = account;
        c.persist();
        UserAccount a = new UserAccount();
        a.login = c.code().toLowerCase();
        a.role = Role.MANDATAIRE;
        a.displayName = mandataire;
        a.departmentId = d.id;
        a.cooperativeId = c.id;
        a.mustChangePassword = true; // initial password "coop" + number, not hashed: it is public
        a.persist();
        return a;
    }

    private static void account(String login, Role role, String name, Long departmentId, Long cooperativeId, String hash) {
        UserAccount a = new UserAccount();
        a.login = login;
        a.role = role;
        a.displayName = name;
        a.departmentId = departmentId;
        a.cooperativeId = cooperativeId;
        a.passwordHash = hash;
        a.persist();
    }

    private static void printLogins(boolean created) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("=== Coopérative en ligne: demo logins" + (created ? " (demo data just created)" : "") + " ===");
        lines.add("  Cooperatives (initial password = coop + number, to be changed at first login):");
        lines.add("    046-0410 / coop0410   École Publique Jules Ferry, LA ROSE (OCCE du Lot)");
        lines.add("    999-9991 / coop9991   École Publique, SUPER VILLE (OCCE Démonstration)");
        lines.add("    038-2233 / coop2233   École Élémentaire Jean Moulin, VIENNE (OCCE de l'Isère)");
        lines.add("    075-0101 / coop0101   École Élémentaire de la Victoire, PARIS (OCCE de Paris)");
        lines.add("  Staff of a department: staff038, staff046, staff075, staff999 / " + STAFF_PASSWORD);
        lines.add("  National admin: admin / " + STAFF_PASSWORD);
        lines.add("  Open http://localhost:8080/ (API: /api, Swagger UI: /q/swagger-ui, health: /q/health)");
        LOG.info(String.join("\n", lines));
    }
}
