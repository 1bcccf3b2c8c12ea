/**
 * The operation table of the generated rows, keyed by each row's own `id` (operations.gen.ts): the key is
 * not written out a second time per row, and the type maps each id to its row.
 */
export function byId<const T extends readonly { readonly id: string }[]>(
  rows: T,
): { readonly [R in T[number] as R["id"]]: R } {
  const table: Record<string, T[number]> = {};
  for (const row of rows) table[row.id] = row;
  return table as { readonly [R in T[number] as R["id"]]: R };
}
