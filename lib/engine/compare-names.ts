// Names sort without regard to case, as they are matched (SCENARIOS.md).
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();

  return x < y ? -1 : x > y ? 1 : 0;
}
