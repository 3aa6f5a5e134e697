import { describe, expect, it, vi } from 'vitest';
import { allPages } from '../api-client';

describe('allPages', () => {
  it('reads the pages one after the other until the last (101 departments: two pages of 100)', async () => {
    const departments = Array.from({ length: 101 }, (_, i) => ({ code: String(i + 1).padStart(3, '0') }));
    const fetchPage = vi.fn(async (page: number) => ({ items: departments.slice(page * 100, page * 100 + 100), totalPages: 2 }));
    const all = await allPages(fetchPage);
    expect(all).toHaveLength(101);
    expect(all.at(-1)).toEqual({ code: '101' });
    expect(fetchPage.mock.calls.map(([page]) => page)).toEqual([0, 1]);
  });

  it('asks once for a list of one page, and takes an empty list as it is', async () => {
    const fetchPage = vi.fn(async () => ({ items: [], totalPages: 0 }));
    expect(await allPages(fetchPage)).toEqual([]);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });
});
