package org.coopenligne.department;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DepartmentUpdate", description = "A department's new name, with the version read")
public record DepartmentUpdate(
        @NotNull(message = "{version.required}") @Schema(example = "2", required = true) Integer version,
        @jakarta.validation.constraints.NotBlank(message = "{department.name.size}") @Size(min = 3, max = 120, message = "{department.name.size}")
        @Schema(example = "OCCE de Lot-et-Garonne", required = true) String name) {}
