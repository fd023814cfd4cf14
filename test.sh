#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds trainkit with its tests and runs every test.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
trainkit_install "${trainkit_packages[@]}" "${trainkit_test_packages[@]}"
trainkit_build -DTRAINKIT_BUILD_TESTS=ON
ctest --test-dir build --output-on-failure --parallel "$(nproc)"
