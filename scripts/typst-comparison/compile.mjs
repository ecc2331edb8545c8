// Compiles a Typst file to PDF with the Typst compiler from npm (@myriaddreamin/typst-ts-node-compiler),
// with the system's fonts. Developer tool for docs/typst-comparison.md.
//   node compile.mjs IN.typ OUT.pdf
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(process.cwd() + "/");
const { NodeCompiler } = require("@myriaddreamin/typst-ts-node-compiler");
const [input, output] = process.argv.slice(2);
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: ["/usr/share/fonts/truetype"] }] });
const started = process.hrtime.bigint();
const pdf = compiler.pdf({ mainFileContent: readFileSync(input, "utf8") });
const ms = Number(process.hrtime.bigint() - started) / 1e6;
writeFileSync(output, pdf);
console.error(`typst: ${output}, ${pdf.length} bytes, ${ms.toFixed(1)} ms`);
