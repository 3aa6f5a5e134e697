package org.coopenligne.cooperative;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of the cooperatives' filter and sort, as {@code GET /api/cooperatives} names them; a
 * {@code @Valid @BeanParam} of every endpoint that selects "the cooperatives matching the list's filter"
 * (the list, the cooperatives' export), so that they are named, documented and validated once.
 */
public class CooperativeFilterParams {

    @QueryParam("q")
    @Parameter(description = "Text matched against the number or code (prefix), the school's name or city (anywhere), the UAI (prefix)")
    @Size(max = 100, message = "{q.size}")
    public String q;

    @QueryParam("status")
    @Parameter(description = "NOT_STARTED, DRAFT, SUBMITTED, CORRECTION_REQUESTED or VALIDATED")
    public String status;

    @QueryParam("late")
    @Parameter(description = "true: late ones only; false: the others")
    public String late;

    @QueryParam("insured")
    @Parameter(description = "true or false: adhesions with or without insurance")
    public String insured;

    @QueryParam("paymentMeans")
    @Parameter(description = "TRANSFER, CHEQUE, OTHER_PAYER, DIRECT_DEBIT_NOW or DIRECT_DEBIT_DECEMBER")
    public String paymentMeans;

    @QueryParam("sent")
    @Parameter(description = "true: sent to the OCCE (submitted, to correct, validated); false: not started or draft")
    public String sent;

    @QueryParam("paid")
    @Parameter(description = "true: payment recorded as received; false: not (yet)")
    public String paid;

    @QueryParam("sort")
    @Parameter(description = "number (default), school, city, status or submittedAt")
    public String sort;

    @QueryParam("direction")
    @Parameter(description = "asc (default) or desc")
    public String direction;

    /** The filter, or a 400 naming the parameter whose value is unknown. */
    public CooperativeFilter filter() {
        return CooperativeFilter.parse(q, status, late, insured, paymentMeans, sent, paid, sort, direction);
    }
}
