#!/bin/sh
# Installs Shkola-Lib for the current user: the program, its menu entry and icon.
# Run from the unpacked archive: ./install.sh   (again with a newer archive to upgrade)
#
# The catalog and the settings live elsewhere (~/.local/share/shkola-lib/,
# ~/.config/shkola-lib/) and are never touched here.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
prefix=$data_home/shkola-lib-program
bin_dir=$HOME/.local/bin
apps=$data_home/applications
icons=$data_home/icons/hicolor

if [ ! -x "$here/shkola-lib/shkola-lib" ]; then
  echo "install.sh: $here/shkola-lib/shkola-lib is missing; unpack the whole archive." >&2
  exit 1
fi

# Copy next to the old version first, then swap: an interrupted copy never leaves a
# half-installed program, and a running old version keeps its open files.
mkdir -p "$data_home"
rm -rf "$prefix.new" "$prefix.old"
cp -R "$here/shkola-lib" "$prefix.new"
cp "$here/uninstall.sh" "$prefix.new/uninstall.sh"
chmod 755 "$prefix.new/uninstall.sh"
if [ -e "$prefix" ]; then
  mv "$prefix" "$prefix.old"
fi
mv "$prefix.new" "$prefix"
rm -rf "$prefix.old"

for size in 16 32 48 64 128 256; do
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$here/icons/shkola-lib-$size.png" "$icons/${size}x${size}/apps/shkola-lib.png"
done
mkdir -p "$icons/scalable/apps"
cp "$here/icons/shkola-lib.svg" "$icons/scalable/apps/shkola-lib.svg"

mkdir -p "$apps"
sed -e "s|^Exec=.*|Exec=\"$prefix/shkola-lib\"|" \
    -e "s|^TryExec=.*|TryExec=$prefix/shkola-lib|" \
    "$here/shkola-lib.desktop" > "$apps/shkola-lib.desktop"
chmod 644 "$apps/shkola-lib.desktop"

mkdir -p "$bin_dir"
ln -sfn "$prefix/shkola-lib" "$bin_dir/shkola-lib"

# Refresh the menu and icon caches where the desktop keeps them (harmless if absent).
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$apps" 2>/dev/null || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
fi

version=$("$prefix/shkola-lib" --version 2>/dev/null || echo "Shkola-Lib")
echo "$version is installed in $prefix"
echo "Open it from the menu (Shkola-Lib) or run: $bin_dir/shkola-lib"
echo "Your catalog stays in $data_home/shkola-lib/"
