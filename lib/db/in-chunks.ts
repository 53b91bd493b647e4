// Splits a long id list for `IN (…)` filters: SQLite through Prisma's driver
// adapter accepts at most 999 bound parameters per statement, so a filter on
// a thousand ids must be run as several queries and the results merged.
export const MAX_IDS_PER_QUERY = 900;

export function inChunks<T>(items: readonly T[], size = MAX_IDS_PER_QUERY): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
