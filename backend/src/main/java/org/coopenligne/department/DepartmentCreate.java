package org.coopenligne.department;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DepartmentCreate", description = "A new department: its code and name")
public record DepartmentCreate(
        @NotNull(message = "{department.code}") @Pattern(regexp = "[0-9]{2}[0-9ABab]", message = "{department.code}")
        @Schema(example = "047", required = true) String code,
        @jakarta.validation.constraints.NotBlank(message = "{department.name.size}") @Size(min = 3, max = 120, message = "{department.name.size}")
        @Schema(example = "OCCE de Lot-et-Garonne", required = true) String name) {}
