package org.coopenligne.cooperative;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.MappingTarget;
import org.mapstruct.NullValuePropertyMappingStrategy;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI,
        nullValuePropertyMappingStrategy = NullValuePropertyMappingStrategy.IGNORE)
public interface CooperativeMapper {

    @Mapping(target = "code", expression = "java(c.code())")
    CooperativeView toView(Cooperative c);

    @Mapping(target = "code", expression = "java(c.code())")
    CooperativeSummary toSummary(Cooperative c);

    /** Copies the fields sent (non-null) onto the entity; the version is checked by the service, not copied. */
    @Mapping(target = "version", ignore = true)
    @Mapping(target = "id", ignore = true)
    @Mapping(target = "departmentId", ignore = true)
    @Mapping(target = "departmentCode", ignore = true)
    @Mapping(target = "number", ignore = true)
    @Mapping(target = "mandataireName", ignore = true)
    @Mapping(target = "coSignatories", ignore = true)
    @Mapping(target = "bankName", ignore = true)
    @Mapping(target = "bankAccount", ignore = true)
    void apply(IdentityUpdate update, @MappingTarget Cooperative c);
}
