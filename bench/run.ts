// npm run bench [-- NAME…]: runs every bench/*.bench.ts (or the named ones)
// one after another and prints what each measured against its budget.
// Speed is measured here, never asserted in a test.
import { readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

type BenchResult = { name: string; metrics: Record<string, number>; budget?: Record<string, number> };

const dir = path.dirname(new URL(import.meta.url).pathname);
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => wanted.length === 0 || wanted.some((name) => file.includes(name)))
  .sort();

let overBudget = 0;
for (const file of files) {
  const bench = (await import(pathToFileURL(path.join(dir, file)).href)) as {
    default: () => Promise<BenchResult>;
  };
  const started = performance.now();
  const result = await bench.default();
  console.log(`\n${result.name} (${file}, ${((performance.now() - started) / 1000).toFixed(1)} s in all)`);
  for (const [metric, value] of Object.entries(result.metrics)) {
    const budget = result.budget?.[metric];
    const verdict = budget === undefined ? "" : value <= budget ? `  within ${budget}` : `  OVER ${budget}`;
    if (budget !== undefined && value > budget) overBudget += 1;
    console.log(`  ${metric.padEnd(48)} ${value.toFixed(1).padStart(10)}${verdict}`);
  }
}
console.log(`\n${files.length} benchmarks, ${overBudget} metrics over budget`);
process.exit(overBudget > 0 ? 1 : 0);
