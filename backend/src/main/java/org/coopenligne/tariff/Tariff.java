package org.coopenligne.tariff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopenligne.common.SchoolYear;
import org.coopenligne.common.money.Money;

/** The barème of one department for one school year, with that year's campaign dates and payment means. */
@Entity
@Table(name = "tariff")
public class Tariff extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tariff_seq")
    @SequenceGenerator(name = "tariff_seq", sequenceName = "tariff_seq", allocationSize = 50)
    public Long id;

    @Column(name = "department_id", nullable = false)
    public Long departmentId;

    @Column(name = "school_year", nullable = false, length = 9)
    public String schoolYear;

    @Column(name = "cooperative_fee", nullable = false, precision = 12, scale = 2)
    public BigDecimal cooperativeFee;

    @Enumerated(EnumType.STRING)
    @Column(name = "membership_mode", nullable = false)
    public RateMode membershipMode;

    @Column(name = "membership_rate", precision = 10, scale = 4)
    public BigDecimal membershipRate;

    @Column(name = "membership_pupil_rate", precision = 10, scale = 4)
    public BigDecimal membershipPupilRate;

    @Column(name = "membership_adult_rate", precision = 10, scale = 4)
    public BigDecimal membershipAdultRate;

    @Column(name = "insurance_mandatory", nullable = false)
    public boolean insuranceMandatory;

    @Enumerated(EnumType.STRING)
    @Column(name = "insurance_mode", nullable = false)
    public RateMode insuranceMode;

    @Column(name = "insurance_rate", precision = 10, scale = 4)
    public BigDecimal insuranceRate;

    @Column(name = "insurance_pupil_rate", precision = 10, scale = 4)
    public BigDecimal insurancePupilRate;

    @Column(name = "insurance_adult_rate", precision = 10, scale = 4)
    public BigDecimal insuranceAdultRate;

    @Column(name = "property_threshold", nullable = false, precision = 12, scale = 2)
    public BigDecimal propertyThreshold;

    @Column(name = "property_rate", nullable = false, precision = 10, scale = 4)
    public BigDecimal propertyRate;

    @Column(name = "instrument_threshold", nullable = false, precision = 12, scale = 2)
    public BigDecimal instrumentThreshold;

    @Column(name = "instrument_rate", nullable = false, precision = 10, scale = 4)
    public BigDecimal instrumentRate;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(nullable = false)
    public LocalDate deadline;

    /** Enabled payment means, comma-separated names of {@link PaymentMeans}. */
    @Column(name = "payment_means", nullable = false, length = 200)
    public String paymentMeans;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @OneToMany(mappedBy = "tariff", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<TariffSubscription> subscriptions = new ArrayList<>();

    @Version
    public int version;

    /**
     * A new tariff (not yet persisted) of the department for the year, its campaign open from the year's first day
     * for thirty days, the property and instrument options at their usual thresholds and rates (1 % over 2 000 €,
     * 0,8 % over 15 000 €): what the demo data and the tests start from.
     */
    public static Tariff forCampaign(long departmentId, SchoolYear year, BigDecimal cooperativeFee, MemberRates membership,
                                     boolean insuranceMandatory, MemberRates insurance, String paymentMeans) {
        Tariff t = new Tariff();
        t.departmentId = departmentId;
        t.schoolYear = year.label();
        t.cooperativeFee = cooperativeFee;
        t.membershipMode = membership.mode();
        t.membershipRate = membership.rate();
        t.membershipPupilRate = membership.pupilRate();
        t.membershipAdultRate = membership.adultRate();
        t.insuranceMandatory = insuranceMandatory;
        t.insuranceMode = insurance.mode();
        t.insuranceRate = insurance.rate();
        t.insurancePupilRate = insurance.pupilRate();
        t.insuranceAdultRate = insurance.adultRate();
        t.propertyThreshold = TariffTerms.DEFAULT_PROPERTY_THRESHOLD.amount();
        t.propertyRate = new BigDecimal("0.0100");
        t.instrumentThreshold = TariffTerms.DEFAULT_INSTRUMENT_THRESHOLD.amount();
        t.instrumentRate = new BigDecimal("0.0080");
        t.opensOn = year.firstDay();
        t.deadline = year.firstDay().plusDays(29);
        t.paymentMeans = paymentMeans;
        return t;
    }

    /** Adds a subscription at the end of the list. */
    public Tariff subscribe(String name, BigDecimal price) {
        TariffSubscription s = new TariffSubscription();
        s.tariff = this;
        s.name = name;
        s.price = price;
        s.position = subscriptions.size();
        subscriptions.add(s);
        return this;
    }

    public Set<PaymentMeans> enabledPaymentMeans() {
        if (paymentMeans == null || paymentMeans.isBlank()) {
            return EnumSet.noneOf(PaymentMeans.class);
        }
        return Arrays.stream(paymentMeans.split(",")).map(PaymentMeans::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PaymentMeans.class)));
    }

    public void enablePaymentMeans(Set<PaymentMeans> means) {
        paymentMeans = means.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public TariffTerms terms() {
        return new TariffTerms(Money.of(cooperativeFee),
                new MemberRates(membershipMode, membershipRate, membershipPupilRate, membershipAdultRate), insuranceMandatory,
                new MemberRates(insuranceMode, insuranceRate, insurancePupilRate, insuranceAdultRate),
                Money.of(propertyThreshold), propertyRate, Money.of(instrumentThreshold), instrumentRate,
                subscriptions.stream().map(s -> new TariffTerms.Subscription(s.id, s.name, Money.of(s.price))).toList());
    }
}
