package org.coopenligne.tariff;

import java.util.List;
import org.coopenligne.common.SchoolYear;

/**
 * What the tariff needs to know of the adhesions it priced, provided by the adhesion feature (which depends on the
 * tariff, never the other way round): before a year's tariff changes, staff are told which cooperatives' submitted
 * or validated adhesions it priced.
 */
public interface PricedAdhesions {

    /** The codes of the cooperatives whose submitted (or validated) adhesion of that year the tariff priced. */
    List<String> submittedCodesPricedWith(long departmentId, SchoolYear year);
}
