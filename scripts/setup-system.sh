#!/usr/bin/env bash
# Debian packages gongkai needs on the machine (not Python packages: those come from
# pyproject.toml). Installs what is missing when run as root; otherwise says what to install.
#   fonts-wqy-zenhei  CJK font: sample PDFs embed it, charts and page images use it
#   fonts-arphic-uming, fonts-arphic-ukai
#                     宋体 and 楷体 faces the frozen gazette set (benchmarks/frozen/gazette) sets text in
#   poppler-utils     pdftoppm, for rendering pages to PNG when checking output by eye
#   tesseract-ocr, tesseract-ocr-chi-sim, tesseract-ocr-chi-tra
#                     OCR of scanned gazette pages (no text layer), simplified and traditional
#   chromium          the real browser the tests render executed notebooks and CKAN pages with
#   chromium-driver   its chromedriver, for WebDriver clients (the tests drive Chromium with playwright)
set -euo pipefail

PACKAGES=(fonts-wqy-zenhei fonts-arphic-uming fonts-arphic-ukai poppler-utils tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-chi-tra chromium chromium-driver "$@")
missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "gongkai: missing Debian packages: ${missing[*]}" >&2
  echo "gongkai: install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "gongkai: installing Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
