package org.coopenligne.tariff;

import java.util.List;
import org.coopenligne.tariff.TariffDtos.SubscriptionView;
import org.coopenligne.tariff.TariffDtos.TariffRequest;
import org.coopenligne.tariff.TariffDtos.TariffView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface TariffMapper {

    @Mapping(target = "departmentCode", ignore = true)
    @Mapping(target = "paymentMeans", expression = "java(t.enabledPaymentMeans())")
    TariffView toView(Tariff t);

    default TariffView toView(Tariff t, String departmentCode) {
        TariffView v = toView(t);
        return new TariffView(v.id(), departmentCode, v.schoolYear(), v.cooperativeFee(), v.membershipMode(), v.membershipRate(),
                v.membershipPupilRate(), v.membershipAdultRate(), v.insuranceMandatory(), v.insuranceMode(), v.insuranceRate(),
                v.insurancePupilRate(), v.insuranceAdultRate(), v.propertyThreshold(), v.propertyRate(), v.instrumentThreshold(),
                v.instrumentRate(), v.opensOn(), v.deadline(), v.paymentMeans(), v.subscriptions(), v.version());
    }

    SubscriptionView toView(TariffSubscription s);

    List<SubscriptionView> toViews(List<TariffSubscription> s);

    /** Copies the figures; subscriptions, payment means and version are handled by the service. */
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "departmentId", ignore = true)
    @Mapping(target = "schoolYear", ignore = true)
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "subscriptions", ignore = true)
    @Mapping(target = "paymentMeans", ignore = true)
    @Mapping(target = "updatedAt", ignore = true)
    void apply(TariffRequest request, @MappingTarget Tariff t);
}
