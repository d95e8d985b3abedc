// Bundles the web assets into <out>/assets: Designsystemet's CSS and theme (from npm, so no
// request ever leaves the server for them), the site's own CSS after them, and the site's
// script. Run by the Maven build after `npm ci`.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = join(process.argv[2] ?? "target/web-assets", "assets");
const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const css = [
  require.resolve("@digdir/designsystemet-css"),
  require.resolve("@digdir/designsystemet-theme/digdir.css"),
  join(here, "site.css"),
]
  .map((file) => readFileSync(file, "utf8"))
  .join("\n");

mkdirSync(out, { recursive: true });
writeFileSync(join(out, "kb.css"), css);
writeFileSync(join(out, "kb.js"), readFileSync(join(here, "site.js"), "utf8"));
console.log(`web assets: ${Math.round(css.length / 1024)} KB CSS in ${out}`);
