/** One page of a list, as the list operations answer it. */
export interface Page<T> {
  rows: T[];
  total: number;
  page: number;
  size: number;
}

/** Page `page` (from 1) of `size` rows; the list operations' defaults are page 1 of 25. */
export function paginate<T>(all: readonly T[], page = 1, size = 25): Page<T> {
  return { rows: all.slice((page - 1) * size, page * size), total: all.length, page, size };
}
