"""The program's icon is built from the PNGs shipped in resources/icons."""

from __future__ import annotations

from shkola_lib.app import app_icon


def test_icon_offers_every_shipped_size(qapp: object) -> None:
    icon = app_icon()
    assert not icon.isNull()
    sizes = {(size.width(), size.height()) for size in icon.availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes
    # a 48 px pixmap really has the icon's pixels, not an empty square
    image = icon.pixmap(48, 48).toImage()
    assert image.width() == 48
    opaque = sum(image.pixelColor(x, y).alpha() > 0 for x in range(48) for y in range(48))
    assert opaque > 48 * 48 // 4
