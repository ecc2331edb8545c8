#!/usr/bin/env bash
# Installs raadsstuk's dependencies from Debian's packages (Debian 12) and builds it into build/.
# Run as root, or as a user who may use sudo. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  g++ cmake make pkg-config git
  nlohmann-json3-dev libhpdf-dev catch2 libkainjow-mustache-dev
  libdeflate-dev libjemalloc-dev
  libcmark-gfm-dev libcmark-gfm-extensions-dev
  libhyphen-dev hyphen-nl
  fonts-liberation2 fonts-dejavu-core
  poppler-utils qpdf
  libgs-common libxml2-utils
  chromium
)

source scripts/lib/install_packages.sh
install_packages setup "${packages[@]}"

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
