#!/bin/sh
# Removes the Shkola-Lib program, its menu entry and icons for the current user.
# The catalog (~/.local/share/shkola-lib/) and the settings (~/.config/shkola-lib/)
# are kept: delete them yourself only when you are sure you have a copy.
set -eu

data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$data_home/shkola-lib-program
bin_dir=$HOME/.local/bin
icons=$data_home/icons/hicolor

if [ -L "$bin_dir/shkola-lib" ] && [ "$(readlink "$bin_dir/shkola-lib")" = "$prefix/shkola-lib" ]; then
  rm -f "$bin_dir/shkola-lib"
fi
rm -f "$data_home/applications/shkola-lib.desktop"
for size in 16 32 48 64 128 256; do
  rm -f "$icons/${size}x${size}/apps/shkola-lib.png"
done
rm -f "$icons/scalable/apps/shkola-lib.svg"
rm -rf "$prefix" "$prefix.new" "$prefix.old"

if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$data_home/applications" 2>/dev/null || true
fi
echo "Shkola-Lib was removed. Your catalog is still in $data_home/shkola-lib/"
