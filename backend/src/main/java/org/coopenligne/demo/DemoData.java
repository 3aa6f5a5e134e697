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
import org.coopenligne.auth.PasswordHasher;
import org.coopenligne.auth.Role;
import org.coopenligne.auth.UserAccount;
import org.coopenligne.cooperative.Cooperative;
import org.coopenligne.department.Department;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Demo data from the seeds, created on first start of `make run` (and for the tests): departments
 * 038, 046, 075 and 999 with their staff, the national admin, the cooperatives of the user guides and a
 * few dozen generated ones per department. Deterministic: the same data on every machine.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /** The password of the demo staff and admin accounts (mandataires start with "coop" + number). */
    public static final String STAFF_PASSWORD = "Demo-Occe-2025";
    public static final int GENERATED_PER_DEPARTMENT = 30;

    @ConfigProperty(name = "coop.demo-data")
    boolean enabled;

    @Inject
    PasswordHasher hasher;

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

        Random random = new Random(2025);
        generate(d38, random, new String[] {"GRENOBLE", "VIENNE", "VOIRON", "ÉCHIROLLES", "BOURGOIN-JALLIEU", "MEYLAN"},
                new String[] {"38000", "38200", "38500", "38130", "38300", "38240"}, "ac-grenoble.fr");
        generate(d46, random, new String[] {"CAHORS", "FIGEAC", "GOURDON", "SOUILLAC", "GRAMAT", "PRAYSSAC"},
                new String[] {"46000", "46100", "46300", "46200", "46500", "46220"}, "ac-toulouse.fr");
        generate(d75, random, new String[] {"PARIS"}, new String[] {"75011", "75012", "75013", "75014", "75015", "75018"},
                "ac-paris.fr");
        generate(d99, random, new String[] {"SUPER VILLE", "AUTRE VILLE", "PETITE VILLE"},
                new String[] {"99999", "99998", "99997"}, "ac-demo.fr");
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

    private static void cooperative(Department d, String number, String school, String type, String address,
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
