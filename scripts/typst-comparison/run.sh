#!/usr/bin/env bash
# Sets a reference letter with Typst (lang "nl", justify: true) beside raadsstuk's own PDF of it, and writes
# page 1 of both as PNG into docs/typst-comparison/ for docs/typst-comparison.md. Needs npm (Typst comes from
# the npm package @myriaddreamin/typst-ts-node-compiler, installed into a scratch directory) and a built
# raadsstuk with output/ generated (README's first command). Developer tool: not part of the build or tests.
set -euo pipefail
cd "$(dirname "$0")/../.."
letter=output/documenten/2021/2021-05-21-werk-en-inkomen-leiden
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm install --silent --no-audit --no-fund @myriaddreamin/typst-ts-node-compiler@0.7.0 >/dev/null)
node scripts/typst-comparison/letter-to-typst.mjs "$letter.md" data/gemeenten/voorschoten.json > "$work/letter.typ"
(cd "$work" && node "$OLDPWD/scripts/typst-comparison/compile.mjs" letter.typ letter.pdf)
mkdir -p docs/typst-comparison
pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$letter.pdf" docs/typst-comparison/raadsstuk-page1
pdftoppm -r 80 -png -f 1 -l 1 -singlefile "$work/letter.pdf" docs/typst-comparison/typst-page1
cp "$work/letter.typ" docs/typst-comparison/letter.typ
pdffonts "$work/letter.pdf"
pdfinfo "$work/letter.pdf" | grep -E "Pages|File size"
pdftotext -enc UTF-8 "$work/letter.pdf" "$work/typst.txt"
echo "hyphenated line ends in Typst's text: $(grep -c -- '-$' "$work/typst.txt" || true)"
cp "$work/letter.pdf" /tmp/typst-letter.pdf
