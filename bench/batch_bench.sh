#!/usr/bin/env bash
# How a batch build scales: generates a data directory of N letters (default 1000) in a scratch directory,
# then times a serial build, a parallel build, a no-op incremental build, a build after one letter changed,
# and verify. Not part of the test suite; run from the repository root after building:
#
#   bench/batch_bench.sh [N] [build/raadsstuk]
set -euo pipefail
n=${1:-1000}
bin=$(realpath "${2:-build/raadsstuk}")
repo=$(pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/data"
cp -r "$repo/data/gemeenten" "$scratch/data/"
cp -r "$repo/templates" "$scratch/"
for ((i = 0; i < n; i++)); do
  d=$(date -u -d "2021-01-04 + $i days" +%F)
  y=${d:0:4}
  mkdir -p "$scratch/data/documenten/$y"
  cat > "$scratch/data/documenten/$y/brief-$d.json" <<JSON
{"soort": "raadsinformatiebrief", "gemeente": "voorschoten", "zaaknummer": "Z/21/012345/${d//-/}",
 "documentnummer": "${d//-/}", "datum": "$d", "onderwerp": "onderwerp nummer $i", "bijlagen": [],
 "tekst": ["Wij informeren u over de stand van zaken van onderwerp nummer $i."],
 "ondertekening": [{"functie": "gemeentesecretaris"}, {"functie": "burgemeester"}]}
JSON
done
cd "$scratch"
timed() {  # label, command...
  local label=$1
  shift
  local start end
  start=$(date +%s.%N)
  "$@" > /dev/null 2>&1 || true
  end=$(date +%s.%N)
  awk -v l="$label" -v s="$start" -v e="$end" 'BEGIN { printf "%-40s %8.2f s\n", l, e - s }'
}
echo "$n letters, $(nproc) cores"
timed "build --jobs 1" "$bin" build --quiet --jobs 1 --out serial data
timed "build (all cores)" "$bin" build --quiet --out out data
timed "build again, nothing changed" "$bin" build --quiet --out out data
first=$(ls data/documenten/2021 | head -1)
sed -i 's/onderwerp nummer 0"/onderwerp nummer nul"/' "data/documenten/2021/$first"
timed "build again, one letter changed" "$bin" build --quiet --out out data
mkdir -p one/data && cp -r data/gemeenten one/data/ && mkdir -p one/data/documenten/2021
cp "data/documenten/2021/$first" one/data/documenten/2021/
timed "build of that one letter alone" "$bin" build --quiet --out one/out one/data
timed "verify" "$bin" verify --quiet out/raadsstuk-manifest.json
