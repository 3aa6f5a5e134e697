import { useSearchParams } from 'react-router';
import { schoolYearsAround, shiftSchoolYear } from '@/lib/school-year';
import { useAccount } from './root';

/** The page's address parameters, and a way to set one (null removes it) without a new history entry. */
function useParamUpdater() {
  const [params, setParams] = useSearchParams();
  const update = (key: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  return [params, update] as const;
}

/**
 * The school year of a staff page kept in the address (`?year=`, absent for the current one) among the two years
 * before and the one after, with the other parameters it keeps (`?department=` for the admin).
 */
export function useYearParams() {
  const me = useAccount();
  const [params, update] = useParamUpdater();
  const current = me.schoolYear ?? '';
  const years = current ? schoolYearsAround(current, 2, 1) : [];
  const requested = params.get('year') ?? '';
  const year = years.includes(requested) ? requested : current;
  return { me, params, current, years, year, update };
}

/**
 * The school year of a report page kept in the address (`?annee=`, absent for the one due: the year that ended last
 * 31 August), among the `before` years before the current one and the current one, with the other parameters it keeps.
 */
export function useReportYearParams(before = 3) {
  const me = useAccount();
  const [params, update] = useParamUpdater();
  const current = me.schoolYear ?? '';
  const due = current ? shiftSchoolYear(current, -1) : '';
  const years = current ? schoolYearsAround(current, before, 0) : [];
  const requested = params.get('annee') ?? '';
  const year = years.includes(requested) ? requested : due;
  const setYear = (value: string) => update('annee', value === due ? null : value);
  return { me, params, current, due, years, year, update, setYear };
}
