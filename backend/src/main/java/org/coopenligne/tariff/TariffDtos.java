package org.coopenligne.tariff;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class TariffDtos {

    private TariffDtos() {}

    @Schema(name = "TariffDefaults", description = "What a new tariff of a school year starts from, and what a year without "
            + "a tariff uses: the values insured without declaring them, the campaign's usual dates, the usual payment means")
    public record TariffDefaults(
            @Schema(required = true, example = "2000.00") BigDecimal propertyThreshold,
            @Schema(required = true, example = "15000.00") BigDecimal instrumentThreshold,
            @Schema(required = true, example = "2026-09-01") LocalDate opensOn,
            @Schema(required = true, example = "2026-09-30") LocalDate deadline,
            @Schema(required = true) Set<PaymentMeans> paymentMeans) {

        /** The defaults of a school year: its first day to 30 September, 2 000 € and 15 000 €, transfer and cheque. */
        public static TariffDefaults of(org.coopenligne.common.SchoolYear year) {
            return new TariffDefaults(TariffTerms.DEFAULT_PROPERTY_THRESHOLD.amount(), TariffTerms.DEFAULT_INSTRUMENT_THRESHOLD.amount(),
                    year.firstDay(), LocalDate.of(year.startYear(), java.time.Month.SEPTEMBER, 30),
                    java.util.EnumSet.of(PaymentMeans.TRANSFER, PaymentMeans.CHEQUE));
        }
    }

    @Schema(name = "Tariff", description = "A department's barème for one school year, with the campaign's dates and payment means")
    public record TariffView(
            long id,
            @Schema(example = "046") String departmentCode,
            @Schema(example = "2025-2026") String schoolYear,
            @Schema(example = "8.00") BigDecimal cooperativeFee,
            RateMode membershipMode,
            @Schema(example = "2.26") BigDecimal membershipRate,
            BigDecimal membershipPupilRate,
            BigDecimal membershipAdultRate,
            boolean insuranceMandatory,
            RateMode insuranceMode,
            @Schema(example = "0.25") BigDecimal insuranceRate,
            BigDecimal insurancePupilRate,
            BigDecimal insuranceAdultRate,
            @Schema(example = "2000.00") BigDecimal propertyThreshold,
            @Schema(example = "0.0100") BigDecimal propertyRate,
            @Schema(example = "15000.00") BigDecimal instrumentThreshold,
            @Schema(example = "0.0080") BigDecimal instrumentRate,
            @Schema(example = "2025-09-01") LocalDate opensOn,
            @Schema(example = "2025-09-30") LocalDate deadline,
            Set<PaymentMeans> paymentMeans,
            List<SubscriptionView> subscriptions,
            int version) {}

    /** What an adhesion needs of its tariff (for other features: no entity leaves the tariff package). */
    public record Pricing(long id, int version, TariffTerms terms, LocalDate opensOn, LocalDate deadline,
                          Set<PaymentMeans> paymentMeans, List<SubscriptionView> subscriptions) {}

    @Schema(name = "TariffSubscription")
    public record SubscriptionView(long id, @Schema(example = "Animation & Éducation") String name,
                                   @Schema(example = "4.00") BigDecimal price) {}

    @Schema(name = "TariffRequest", description = "Every component of a tariff; rates per member in euros (up to 4 decimals)")
    public record TariffRequest(
            @Schema(description = "The version read, to change an existing tariff; absent to create one") Integer version,
            @NotNull(message = "{amount.required}") @DecimalMin(value = "0", message = "{amount.positive}")
            @DecimalMax(value = "100000", message = "{amount.max}") @Digits(integer = 8, fraction = 2, message = "{amount.cents}")
            BigDecimal cooperativeFee,
            @NotNull(message = "{mode.required}") RateMode membershipMode,
            @PerMemberRate BigDecimal membershipRate,
            @PerMemberRate BigDecimal membershipPupilRate,
            @PerMemberRate BigDecimal membershipAdultRate,
            boolean insuranceMandatory,
            @NotNull(message = "{mode.required}") RateMode insuranceMode,
            @PerMemberRate BigDecimal insuranceRate,
            @PerMemberRate BigDecimal insurancePupilRate,
            @PerMemberRate BigDecimal insuranceAdultRate,
            @NotNull(message = "{amount.required}") @DecimalMin(value = "0", message = "{amount.positive}")
            @DecimalMax(value = "10000000", message = "{amount.max}") @Digits(integer = 10, fraction = 2, message = "{amount.cents}")
            BigDecimal propertyThreshold,
            @NotNull(message = "{rate.required}") @DecimalMin(value = "0", message = "{rate.positive}")
            @DecimalMax(value = "1", message = "{rate.fraction}") @Digits(integer = 1, fraction = 4, message = "{rate.digits}")
            BigDecimal propertyRate,
            @NotNull(message = "{amount.required}") @DecimalMin(value = "0", message = "{amount.positive}")
            @DecimalMax(value = "10000000", message = "{amount.max}") @Digits(integer = 10, fraction = 2, message = "{amount.cents}")
            BigDecimal instrumentThreshold,
            @NotNull(message = "{rate.required}") @DecimalMin(value = "0", message = "{rate.positive}")
            @DecimalMax(value = "1", message = "{rate.fraction}") @Digits(integer = 1, fraction = 4, message = "{rate.digits}")
            BigDecimal instrumentRate,
            @NotNull(message = "{date.required}") LocalDate opensOn,
            @NotNull(message = "{date.required}") LocalDate deadline,
            @NotNull(message = "{paymentMeans.required}") @Size(min = 1, message = "{paymentMeans.required}") Set<PaymentMeans> paymentMeans,
            @Size(max = 10, message = "{subscriptions.max}") List<@Valid SubscriptionRequest> subscriptions) {}

    @Schema(name = "TariffSubscriptionRequest")
    public record SubscriptionRequest(
            @NotBlank(message = "{subscription.name}") @Size(max = 120, message = "{subscription.name}") String name,
            @NotNull(message = "{amount.required}") @DecimalMin(value = "0", message = "{amount.positive}")
            @DecimalMax(value = "10000", message = "{amount.max}") @Digits(integer = 5, fraction = 2, message = "{amount.cents}")
            BigDecimal price) {}
}
