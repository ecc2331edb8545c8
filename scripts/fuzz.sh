#!/usr/bin/env bash
# Builds the libFuzzer targets of fuzz/ with clang into build-fuzz/ and runs each for a while (60 s by
# default) on seed corpora collected from data/, templates/ and tests/. See docs/hardening.md.
#
#   scripts/fuzz.sh                      # every target, 60 s each
#   FUZZ_SECONDS=600 scripts/fuzz.sh fuzz_layout
#
# Crashes, leaks and timeouts are written to build-fuzz/artifacts/<target>/ and make the script fail; turn
# each into a regression test in tests/hostile/ (or the stage's tests) with its fix.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-60}
targets=(fuzz_load fuzz_template fuzz_layout fuzz_scan)
[ $# -gt 0 ] && targets=("$@")

# clang and its libFuzzer runtime (libclang_rt.fuzzer-x86_64.a), from Debian 12.
packages=(clang libclang-rt-14-dev)
source scripts/lib/install_packages.sh
install_packages fuzz "${packages[@]}"

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CXX=clang++ cmake -S . -B build-fuzz -DRAADSSTUK_FUZZ=ON -DBUILD_TESTING=OFF "${launcher[@]}" >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]}"

# Seeds: each file once, named by its content.
seed() {  # seed TARGET FILE...
  local dir=build-fuzz/corpus/$1
  shift
  mkdir -p "$dir"
  for f in "$@"; do
    [ -f "$f" ] && cp "$f" "$dir/seed-$(sha1sum "$f" | cut -c1-16)"
  done
  return 0
}
# The template examples of the language specification, one file per example (its first part).
split_spec() {  # split_spec OUTDIR
  mkdir -p "$1"
  awk -v out="$1" '
    /^`+ example$/ { n++; part = 1; next }
    /^`+$/ { part = 0; next }
    part == 1 && $0 == "." { part = 2; next }
    part == 1 { print > (out "/example-" n ".md") }
  ' tests/render/spec/templates.spec
}

mapfile -t json_files < <(find data tests -name '*.json' | sort)
mapfile -t md_files < <(find tests -name '*.md' | sort)
mapfile -t text_files < <(find tests/cli/reference -name '*.txt' | sort)
seed fuzz_load "${json_files[@]}"
seed fuzz_template templates/v*/*.md templates/v*/partials/*.md
split_spec build-fuzz/spec-examples
seed fuzz_template build-fuzz/spec-examples/*.md
seed fuzz_layout "${md_files[@]}"
seed fuzz_scan "${text_files[@]}" "${json_files[@]}"

status=0
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/artifacts/$t"
  echo "fuzz: $t for ${seconds} s"
  if ! "build-fuzz/fuzz/$t" "build-fuzz/corpus/$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 \
      -max_len=65536 -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$t/" \
      >"build-fuzz/$t.log" 2>&1; then
    echo "fuzz: $t FAILED; see build-fuzz/$t.log and build-fuzz/artifacts/$t/"
    grep -E '^==[0-9]+==ERROR|^SUMMARY|runtime error' "build-fuzz/$t.log" | head -5 || true
    status=1
  else
    grep -E '^stat::number_of_executed_units|^Done' "build-fuzz/$t.log" | tr '\n' ' '
    echo
  fi
done
exit $status
