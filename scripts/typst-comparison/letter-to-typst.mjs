// Turns a raadsinformatiebrief as raadsstuk renders it (the Markdown with region markers) into a Typst
// document with the same content and the same house style (font, sizes, margins, colours), set the way the
// issue asks for the comparison: lang "nl", justified, Typst's own hyphenation. Only the Markdown that a
// letter uses is handled: headings, paragraphs, bullet lists, **bold**, the kenmerken list, the closing,
// the signature table and the footer. Developer tool for docs/typst-comparison.md, not part of the build.
//
//   node letter-to-typst.mjs LETTER.md STYLE.json > letter.typ
import { readFileSync } from "node:fs";

const [markdownFile, gemeenteFile] = process.argv.slice(2);
const markdown = readFileSync(markdownFile, "utf8");
const gemeente = JSON.parse(readFileSync(gemeenteFile, "utf8"));
const style = gemeente.huisstijl;

const escape = (s) => s.replace(/[\\#*_`$<>@\[\]]/g, (c) => "\\" + c);
const inline = (s) =>
  escape(s.replace(/\\$/, "")).replace(/\\\*\\\*(.+?)\\\*\\\*/g, (_, t) => `*${t}*`);

// Regions at the <!-- raadsstuk:NAME --> markers.
const regions = [];
for (const line of markdown.split("\n")) {
  const m = line.match(/^<!-- raadsstuk:(\w+) -->$/);
  if (m) regions.push({ name: m[1], lines: [] });
  else if (regions.length) regions.at(-1).lines.push(line);
}
// Paragraphs of a region: blank-line separated, lines joined with a space (Markdown soft breaks).
const blocks = (lines) =>
  lines.join("\n").split(/\n\s*\n/).map((b) => b.trim()).filter((b) => b.length);

const mm = (x) => `${x}mm`;
const out = [];
out.push(`#set document(title: "${escape(markdown.match(/\*\*Onderwerp:\*\* (.*)/)[1])}")`);
out.push(`#set page(paper: "a4", margin: (top: ${mm(style.marges.boven)}, bottom: ${mm(style.marges.onder)}, ` +
  `left: ${mm(style.marges.links)}, right: ${mm(style.marges.rechts)}),`);
out.push(`  footer: context align(right, text(size: ${style.grootte.klein}pt, fill: rgb("${style.kleuren.accent}"))` +
  `[pagina #counter(page).display() van #counter(page).final().first()]))`);
out.push(`#set text(font: "Liberation Sans", size: ${style.grootte.tekst}pt, lang: "nl", fill: rgb("${style.kleuren.tekst}"))`);
// raadsstuk's line pitch is size x regelafstand baseline to baseline, and a paragraph gap of 0.7 line.
// Typst's leading runs from one line's baseline to the next line's cap height (about 0.72 em in
// Liberation Sans), its paragraph spacing replaces the leading between paragraphs.
const pitch = style.grootte.tekst * style.regelafstand;
const leading = pitch - 0.72 * style.grootte.tekst;
out.push(`#set par(justify: true, leading: ${leading.toFixed(2)}pt, spacing: ${(leading + 0.7 * pitch).toFixed(2)}pt)`);
out.push(`#show heading: set text(size: ${style.grootte.kop}pt, fill: rgb("${style.kleuren.primair}"))`);
out.push("");
// Letterhead: "gemeente" and the name left, the letterhead lines right, a rule.
out.push(`#grid(columns: (1fr, auto),`);
out.push(`  [#text(size: ${style.grootte.klein}pt, fill: rgb("${style.kleuren.accent}"))[gemeente] \\ ` +
  `#text(size: 20pt, fill: rgb("${style.kleuren.primair}"))[${escape(gemeente.naam)}]],`);
out.push(`  align(right, text(size: ${style.grootte.klein}pt)[${style.briefhoofd.map(escape).join(" \\ ")}]))`);
out.push(`#line(length: 100%, stroke: 0.6pt + rgb("${style.kleuren.primair}"))`);
out.push("");

for (const region of regions) {
  const bs = blocks(region.lines);
  if (region.name === "kenmerken") {
    out.push(`#text(size: 16pt, weight: "bold", fill: rgb("${style.kleuren.primair}"))[${escape(bs[0].replace(/^# /, ""))}]`);
    out.push(`#grid(columns: (28mm, 1fr), row-gutter: 5pt,`);
    for (const line of bs.slice(1).join("\n").split("\n")) {
      const m = line.match(/^- \*\*(.+?):\*\* (.*)$/);
      if (m) out.push(`  text(size: ${style.grootte.klein}pt, fill: rgb("${style.kleuren.accent}"))[${escape(m[1])}], [${escape(m[2])}],`);
    }
    out.push(`)`);
    out.push(`#line(length: 100%, stroke: 0.4pt + rgb("${style.kleuren.accent}"))`);
  } else if (region.name === "tekst" || region.name === "voet") {
    for (const b of bs) {
      const text = b.replace(/\n/g, " ");
      if (text.startsWith("#")) out.push(`${"=".repeat(text.match(/^#+/)[0].length - 1)} ${inline(text.replace(/^#+ /, ""))}`);
      else if (text.startsWith("- ")) out.push(...b.split(/\n(?=- )/).map((i) => `- ${inline(i.slice(2).replace(/\n\s*/g, " "))}`));
      else out.push(region.name === "voet" ? `#text(size: ${style.grootte.klein}pt)[${inline(text)}]` : inline(text));
      out.push("");
    }
  } else if (region.name === "slot") {
    out.push(`#block(breakable: false)[`);
    out.push(bs.map((b) => b.split("\n").map(inline).join(" \\\n")).join("\n\n"));
    out.push("");
  } else if (region.name === "ondertekening") {
    const rows = bs[0].split("\n").filter((l) => !/^\|\s*-/.test(l)).map((l) => l.split("|").slice(1, -1).map((c) => c.trim()));
    out.push(`#v(8mm)`);
    out.push(`#grid(columns: (1fr,) * ${rows[0].length}, ${rows[0].map((name, i) => `[${escape(name)} \\ ${escape(rows[1][i])}]`).join(", ")})`);
    out.push(`]`);
    out.push("");
  }
}
process.stdout.write(out.join("\n") + "\n");
