#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine and runs every test, built once with AddressSanitizer and
# UndefinedBehaviorSanitizer; then the tests of build and export, which start threads, under
# ThreadSanitizer; and each fuzz target on every input that once crashed it and for a short
# run (clang's libFuzzer).
# TRAINKIT_SANITIZERS=0: the plain build (build/, as ./run.sh makes it) and every test, no more.
# doc/testing.md says why the stages are these and how long each takes.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh
trainkit_stage "Set-up and build"
trainkit_install "${trainkit_packages[@]}" "${trainkit_test_packages[@]}"
if [ "${TRAINKIT_SANITIZERS:-1}" = 0 ]; then
  trainkit_build -DTRAINKIT_BUILD_TESTS=ON
  trainkit_stage "Every test"
  trainkit_run_tests build
  trainkit_stage; trainkit_stage_summary; exit 0
fi

# A leak of PoDoFo's own, not trainkit's: see the file.
export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
trainkit_install "${trainkit_sanitizer_packages[@]}"
trainkit_sanitized_build build-asan -DTRAINKIT_SANITIZE=address,undefined
trainkit_stage "Every test, under AddressSanitizer and UndefinedBehaviorSanitizer"
trainkit_run_tests build-asan

trainkit_stage "The tests of build and export, which start threads, under ThreadSanitizer"
trainkit_sanitized_build build-tsan -DTRAINKIT_SANITIZE=thread --target trainkit_cli cli_tests
trainkit_run_tests build-tsan "^cli:.*(build|export)"

trainkit_stage "The fuzz targets (libFuzzer, with AddressSanitizer and UndefinedBehaviorSanitizer)"
CC=clang CXX=clang++ trainkit_sanitized_build build-fuzz -DTRAINKIT_FUZZ=ON -DTRAINKIT_BUILD_TESTS=OFF \
  -DTRAINKIT_SANITIZE=address,undefined --target curriculum_fuzzer writers_fuzzer xliff_fuzzer
trainkit_run_tests build-fuzz "^fuzz:"
trainkit_stage
trainkit_stage_summary
