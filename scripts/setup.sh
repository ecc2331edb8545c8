#!/usr/bin/env bash
# Installs raadsstuk's dependencies from Debian's packages (Debian 12) and builds it into build/.
# Run as root, or as a user who may use sudo. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake make pkg-config git
  nlohmann-json3-dev libhpdf-dev catch2 libkainjow-mustache-dev
  zlib1g-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libhyphen-dev hyphen-nl
  fonts-liberation2 fonts-dejavu-core
  poppler-utils qpdf
  libgs-common libxml2-utils
  chromium
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  echo "setup: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
