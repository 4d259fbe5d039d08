#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Shkola-Lib needs: "run" for the app,
# "test" adds the tools the test suite checks our output with.
set -euo pipefail
profile="${1:-run}"

pkgs=(python3 python3-venv python3-pip
      libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
      libxcb-randr0 libxcb-shape0 libxcb-xkb1 libxcb-xinerama0 fonts-dejavu-core)
if [ "$profile" = "test" ]; then
  pkgs+=(xvfb x11-utils xauth yaz libxml2-utils poppler-utils zbar-tools)
fi

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then SUDO=(); else SUDO=(sudo); fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
