// Prisma's schema engine, the WebAssembly build, driven through a driver
// adapter. Prisma's native engine would do the same work, but its binary is
// downloaded at install time and that download is refused on some machines;
// the WebAssembly build ships inside its npm package. Its API is internal to
// Prisma, so package.json pins the exact version this file was written for.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";

type Bindings = typeof import("@prisma/schema-engine-wasm");
type Engine = Awaited<ReturnType<Bindings["SchemaEngine"]["new"]>>;

// Resolved from the project root at run time, out of the bundler's sight: the
// package is ESM-only with a .wasm import, which neither Next nor Node 20 load.
const require = createRequire(path.join(/* turbopackIgnore: true */ process.cwd(), "package.json"));
let bindings: Promise<Bindings> | undefined;

// The package's own entry imports the .wasm file as an ES module, which Node 20
// cannot do; instantiate it by hand and hand the exports to the JS glue.
async function loadBindings(): Promise<Bindings> {
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));

  const glueUrl = pathToFileURL(path.join(dir, "schema_engine_bg.js")).href;
  const glue = (await import(/* turbopackIgnore: true */ /* webpackIgnore: true */ glueUrl)) as Bindings & {
    __wbg_set_wasm(exports: WebAssembly.Exports): void;
  };
  const bytes = await readFile(path.join(/* turbopackIgnore: true */ dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();

  return glue;
}

export async function openSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schema?: string,
): Promise<Engine> {
  bindings ??= loadBindings();
  const { SchemaEngine } = await bindings;
  const adapter = bindMigrationAwareSqlAdapterFactory(adapterFactory);
  const datamodels: [string, string][] | undefined = schema ? [["schema.prisma", schema]] : undefined;
  const log = () => {};

  return SchemaEngine.new({ datamodels }, log, adapter);
}

export const NO_FILTER = { externalTables: [], externalEnums: [] };
