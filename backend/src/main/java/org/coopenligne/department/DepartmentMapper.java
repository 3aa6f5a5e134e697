package org.coopenligne.department;

import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;

@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA_CDI)
public interface DepartmentMapper {
    DepartmentView toView(Department department);
}
