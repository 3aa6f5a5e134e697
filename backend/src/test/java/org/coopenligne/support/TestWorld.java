package org.coopenligne.support;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.Map;
import org.coopenligne.auth.PasswordHasher;
import org.coopenligne.auth.UserAccount;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.security.Role;
import org.coopenligne.cooperative.Cooperative;
import org.coopenligne.department.Department;
import org.coopenligne.tariff.RateMode;
import org.coopenligne.tariff.Tariff;
import org.coopenligne.tariff.MemberRates;

/**
 * What every back-end test may count on, built by the tests themselves (the demo data is off in the test
 * profiles): four departments named after SPEC's examples, each with its staff account ("staff" + code) and the
 * tariffs of SPEC's worked examples for 2024-2025 and 2025-2026 (the test clock's year), the national admin, and
 * two cooperatives of the guides, 046-0410 and 038-2233, that no test changes. Everything else a test changes,
 * it creates with {@link Fixtures}.
 */
@ApplicationScoped
public class TestWorld {

    /** The password of the staff and admin accounts of this world. */
    public static final String STAFF_PASSWORD = "Monde-De-Test-2025";

    private static final SchoolYear LAST_YEAR = SchoolYear.parse("2024-2025");
    private static final SchoolYear THIS_YEAR = SchoolYear.parse("2025-2026");

    @Inject PasswordHasher hasher;

    void onStart(@Observes @Priority(10) StartupEvent event) {
        build();
    }

    @Transactional
    void build() {
        if (Department.count() > 0) {
            return;
        }
        String hash = hasher.hash(STAFF_PASSWORD);
        account("admin", Role.ADMIN, null, hash);
        Map<String, String[]> departments = Map.of(
                "038", new String[] {"OCCE de l'Isère", "GRENOBLE"},
                "046", new String[] {"OCCE du Lot", "CAHORS"},
                "075", new String[] {"OCCE de Paris", "PARIS"},
                "999", new String[] {"OCCE Démonstration", "SUPER VILLE"});
        departments.forEach((code, nameAndCity) -> {
            Department d = new Department();
            d.code = code;
            d.name = nameAndCity[0];
            d.city = nameAndCity[1];
            d.email = "ad" + code + "@occe.coop";
            d.persist();
            account("staff" + code, Role.STAFF, d.id, hash);
        });
        // SPEC's worked examples: 999 (split rates, two subscriptions), 038 (per member, optional insurance),
        // 046 (every rate 0, insurance mandatory, direct debits), 075 (a flat fee and one subscription)
        for (SchoolYear year : new SchoolYear[] {LAST_YEAR, THIS_YEAR}) {
            Tariff t999 = tariff("999", year, "8.00", RateMode.SPLIT, null, "1.73", "4.00", false, "0", "TRANSFER,CHEQUE");
            t999.subscribe("TOTO est content", new BigDecimal("4.00"));
            t999.subscribe("Les Coopains d'accord", new BigDecimal("5.00"));
            tariff("038", year, "0", RateMode.PER_MEMBER, "2.26", null, null, false, "0.25", "TRANSFER,CHEQUE,OTHER_PAYER");
            tariff("046", year, "0", RateMode.PER_MEMBER, "0", null, null, true, "0",
                    year == THIS_YEAR ? "DIRECT_DEBIT_NOW,DIRECT_DEBIT_DECEMBER,TRANSFER" : "DIRECT_DEBIT_NOW,DIRECT_DEBIT_DECEMBER");
            if (year == THIS_YEAR) {
                tariff("075", year, "5.00", RateMode.PER_MEMBER, "2.10", null, null, false, "0.30", "TRANSFER,CHEQUE")
                        .subscribe("Animation & Éducation", new BigDecimal("12.00"));
            }
        }
        cooperative("046", "0410", "École Publique Jules Ferry", "LA ROSE", "0460410N");
        cooperative("038", "2233", "École Élémentaire Jean Moulin", "VIENNE", "0382233K");
    }

    private static Department department(String code) {
        return Department.find("code", code).firstResult();
    }

    private static void account(String login, Role role, Long departmentId, String hash) {
        UserAccount a = new UserAccount();
        a.login = login;
        a.role = role;
        a.displayName = role == Role.ADMIN ? "Fédération nationale OCCE" : "Secrétariat " + login;
        a.departmentId = departmentId;
        a.passwordHash = hash;
        a.persist();
    }

    private static Tariff tariff(String departmentCode, SchoolYear year, String flat, RateMode mode, String rate,
                                 String pupilRate, String adultRate, boolean insuranceMandatory, String insuranceRate,
                                 String paymentMeans) {
        Tariff t = Tariff.forCampaign(department(departmentCode).id, year, new BigDecimal(flat),
                MemberRates.of(mode, rate, pupilRate, adultRate), insuranceMandatory, MemberRates.perMember(insuranceRate),
                paymentMeans);
        t.persist();
        return t;
    }

    /** A cooperative of the guides, its mandataire's initial password "coop" + number. */
    private static void cooperative(String departmentCode, String number, String school, String city, String uai) {
        Department d = department(departmentCode);
        Cooperative c = new Cooperative();
        c.departmentId = d.id;
        c.departmentCode = d.code;
        c.number = number;
        c.schoolName = school;
        c.schoolType = "École élémentaire publique";
        c.addressLine = "2 rue de l'École";
        c.postalCode = departmentCode.substring(1) + "000";
        c.city = city;
        c.uai = uai;
        c.schoolEmail = "ce." + uai.toLowerCase() + "@example.org";
        c.mandataireName = "Jean DUPONT";
        c.mandataireEmail = "jdp@example.org";
        c.bankName = "Banque Postale";
        c.bankAccount = "9 999 99 X";
        c.persist();
        Fixtures.mandataireAccount(c, null);
    }
}
