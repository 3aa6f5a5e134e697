package org.coopenligne.ledger.subsidy;

/** Who grants a subsidy (the seeds' list: État, région, département, commune, autre). */
public enum FunderType {
    STATE, REGION, DEPARTMENT, COMMUNE, OTHER
}
