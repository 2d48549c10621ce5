#!/bin/sh
# Installs headless Chromium and a CJK font for the browser test of the HTML report
# (HtmlReportBrowserTest): Debian's chromium renders the page, fonts-wqy-zenhei draws its Chinese text.
# Run as root (or with sudo) on Debian or Ubuntu; does nothing when both are present.
set -eu
need=""
command -v chromium >/dev/null 2>&1 || need="$need chromium"
fc-list :lang=zh 2>/dev/null | grep -q . || need="$need fonts-wqy-zenhei"
if [ -z "$need" ]; then
    echo "chromium and a CJK font are installed"
    exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends $need
chromium --version
