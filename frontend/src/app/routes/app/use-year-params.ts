import { useSearchParams } from 'react-router';
import { schoolYearsAround } from '@/lib/school-year';
import { useAccount } from './root';

/**
 * The school year of a staff page kept in the address (`?year=`, absent for the current one) among the two years
 * before and the one after, with the other parameters it keeps (`?department=` for the admin).
 */
export function useYearParams() {
  const me = useAccount();
  const [params, setParams] = useSearchParams();
  const current = me.schoolYear ?? '';
  const years = current ? schoolYearsAround(current, 2, 1) : [];
  const requested = params.get('year') ?? '';
  const year = years.includes(requested) ? requested : current;
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
  return { me, params, current, years, year, update };
}
