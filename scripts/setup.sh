#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for IPS Fidelity: system packages, npm packages, and
# the office-addin tools' usage data switched off (nothing leaves this machine).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)      # real-browser tests (no browser downloads)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)  # offline manifest schema validation
command -v openssl >/dev/null 2>&1 || need+=(openssl)        # local certificate for https://localhost:3000
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

npm ci --no-audit --no-fund
# office-addin-mock pulls in Microsoft's usage-data package: record the opt-out before any tool runs.
npx --no-install office-addin-usage-data off >/dev/null
