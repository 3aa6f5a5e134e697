package org.coopenligne.department;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.coopenligne.common.error.ProblemException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The contact a department publishes (its office's address, email, phone and hours), for the login page: "Identifiant
 * ou mot de passe perdu : contactez votre OCCE départemental", with its contact once the login is typed.
 */
@Path("/api/public/department-contacts")
@Tag(name = "Departments")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentContactResource {

    @Inject DepartmentService departments;

    @Schema(name = "DepartmentContact", description = "What a department's office publishes; nothing about its staff accounts")
    public record ContactView(String code, String name, String addressLine, String postalCode, String city, String email,
                              String phone, String website, String openingHours) {}

    @GET
    @Path("/{code}")
    @Operation(operationId = "getDepartmentContact", summary = "A department's public contact, by its code (038, 02A)")
    public RestResponse<ContactView> contact(@PathParam("code") String code) {
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!c.matches("[0-9]{2}[0-9AB]")) {
            throw ProblemException.invalidField("code", "Code de département invalide : trois caractères, par exemple 038 ou 02A.");
        }
        DepartmentView d = departments.findByCode(c)
                .orElseThrow(() -> ProblemException.notFound("Aucun département n'a le code « " + c + " »."));
        return RestResponse.ok(new ContactView(d.code(), d.name(), d.addressLine(), d.postalCode(), d.city(), d.email(), d.phone(),
                d.website(), d.openingHours()));
    }
}
