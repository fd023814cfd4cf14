#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds trainkit and runs it on the shipped curricula.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
trainkit_install "${trainkit_packages[@]}"
trainkit_build -DTRAINKIT_BUILD_TESTS=OFF
# Every country (and the international version), audience, track and format of the shipped
# curricula into exports/, checked first, with a record in exports/<curriculum>/manifest.json.
build/bin/trainkit build
