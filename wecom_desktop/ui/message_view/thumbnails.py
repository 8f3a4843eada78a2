"""Image thumbnails decoded and scaled off the GUI thread, kept in a small LRU cache."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage, QImageReader, QPixmap

CAPACITY = 300  # thumbnails kept; a window of messages rarely shows more images than this
BOX = 440  # decoded at up to twice the largest size shown, for high-density screens


class _Delivery(QObject):
    loaded = Signal(str, QImage)  # the path, its thumbnail (a null image when unreadable)


class _Decode(QRunnable):
    def __init__(self, path: str, delivery: _Delivery) -> None:
        super().__init__()
        self.path, self.delivery = path, delivery

    def run(self) -> None:
        reader = QImageReader(self.path)
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid() and (size.width() > BOX or size.height() > BOX):
            reader.setScaledSize(size.scaled(QSize(BOX, BOX), Qt.AspectRatioMode.KeepAspectRatio))
        self.delivery.loaded.emit(self.path, reader.read())


class ThumbnailCache(QObject):
    """`get` answers at once from the cache, or starts a decode and answers None until `ready`."""

    ready = Signal(str)  # the path whose thumbnail is now available

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pixmaps: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: set[str] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._delivery = _Delivery(self)
        self._delivery.loaded.connect(self._on_loaded)

    def get(self, path: str) -> QPixmap | None:
        """The thumbnail (a null pixmap when the file is unreadable), or None while it loads."""
        pixmap = self._pixmaps.get(path)
        if pixmap is not None:
            self._pixmaps.move_to_end(path)
            return pixmap
        if path not in self._pending:
            self._pending.add(path)
            self._pool.start(_Decode(path, self._delivery))
        return None

    @Slot(str, QImage)
    def _on_loaded(self, path: str, image: QImage) -> None:
        self._pending.discard(path)
        self._pixmaps[path] = QPixmap.fromImage(image)
        while len(self._pixmaps) > CAPACITY:
            self._pixmaps.popitem(last=False)
        self.ready.emit(path)

    def shutdown(self) -> None:
        self._pool.clear()
        self._pool.waitForDone()
