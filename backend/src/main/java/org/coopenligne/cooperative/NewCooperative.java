package org.coopenligne.cooperative;

/** A cooperative to create in a department (the import's checked row): its number and its identity. */
public record NewCooperative(String number, String schoolName, String schoolType, String addressLine, String postalCode,
                             String city, String uai, String schoolEmail, String mandataireName, String mandataireEmail,
                             String mandatairePhone, String district) {}
