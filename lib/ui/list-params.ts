// Reads a list page's search, sort and paging from its URL, so that a list
// can be bookmarked, shared and navigated with the browser's back button.
import { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

export function firstParam(params: SearchParams, key: string): string | undefined {
  const value = params[key];

  return Array.isArray(value) ? value[0] : value;
}

export function listParams<S extends string>(
  params: SearchParams,
  sortable: readonly [S, ...S[]],
  defaults: { sort: S; dir?: "asc" | "desc"; pageSize?: number },
) {
  const schema = z.object({
    q: z.string().trim().max(200).catch(""),
    sort: z.enum(sortable).catch(defaults.sort),
    dir: z.enum(["asc", "desc"]).catch(defaults.dir ?? "asc"),
    page: z.coerce.number().int().min(1).max(100_000).catch(1),
    pageSize: z.coerce
      .number()
      .int()
      .min(10)
      .max(200)
      .catch(defaults.pageSize ?? 50),
  });

  return schema.parse({
    q: firstParam(params, "q") ?? "",
    sort: firstParam(params, "sort"),
    dir: firstParam(params, "dir"),
    page: firstParam(params, "page"),
    pageSize: firstParam(params, "pageSize"),
  });
}

/** The same URL with some parameters replaced (undefined removes one). */
export function withParams(
  path: string,
  params: SearchParams,
  changes: Record<string, string | number | undefined>,
) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== "") search.set(key, first);
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined || value === "") search.delete(key);
    else search.set(key, String(value));
  }
  const query = search.toString();

  return query ? `${path}?${query}` : path;
}
