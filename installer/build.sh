#!/usr/bin/env bash
# Builds the Linux app-image and .deb into target/installer/ (see installer/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -Pinstaller -DskipTests package
echo
echo "Outputs in target/installer/:"
ls -l target/installer/
du -sh target/installer/* 2>/dev/null || true
