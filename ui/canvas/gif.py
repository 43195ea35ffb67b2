"""Export animation…: the propagation of one training step (or of N) as an animated GIF, for slides.

What this is: ``export_animation(items, path, size, fps)`` renders frames
offscreen with the network canvas (``nnsim_ui.canvas.view.NetworkCanvas``: the same
drawing as on screen) and writes them as a looping GIF with Pillow. Each
phase snapshot gives several frames, its pulse moving along the links; a
snapshot without a phase gives one frame. ``PhaseRecorder`` keeps the phase
snapshots of the last steps as they arrive (``controller.snapshotReady``), so
the window can export what the learner just watched.

Pillow is an optional extra (``pip install 'nnsim[gif]'``): without it,
``export_animation`` raises ``GifUnavailable`` with a message that says so,
before rendering anything. The file is written atomically (a temporary
sibling renamed over the target, ``nnsim.io.atomic_open``).

What this is not: mathematics, or a second engine. The frames paint the
phase views the engine sent.
"""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any, Iterable

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QImage

from nnsim.io import atomic_open

DEFAULT_SIZE = (900, 560)
DEFAULT_FPS = 15
SECONDS_PER_PHASE = 0.6        # a phase's pulse in the file, whatever the speed it was watched at


class GifUnavailable(RuntimeError):
    """Pillow is not installed; the message says how to install it."""


def tr(text: str) -> str:
    return QCoreApplication.translate("AnimationExport", text)


def _pillow():
    try:
        from PIL import Image
    except ImportError:
        raise GifUnavailable(tr("Exporting an animation needs Pillow, an optional part of NNSim. "
                                "Install it with: pip install 'nnsim[gif]'")) from None
    return Image


def frame_snapshots(items: Iterable[Any], base: Any = None) -> list[Any]:
    """Snapshots to draw: snapshots as they are; phase views (``PhaseView``) put into ``base``."""
    out = []
    for item in items:
        if hasattr(item, "spec"):
            out.append(item)
        elif hasattr(item, "kind") and hasattr(item, "batch"):
            if base is None:
                raise ValueError("phase views need a base snapshot (the network they belong to)")
            out.append(dataclasses.replace(base, phase=item, mode="propagation", animating=True))
        else:
            raise TypeError(f"cannot draw {type(item).__name__}: give snapshots or phase views")
    return out


def _to_pillow(image: QImage, Image) -> Any:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, stride = image.width(), image.height(), image.bytesPerLine()
    data = bytes(image.constBits())[:stride * h]
    return Image.frombuffer("RGB", (w, h), data, "raw", "RGB", stride, 1).copy()


def export_animation(snapshots_or_phase_views: Iterable[Any], path: str | Path,
                     size: tuple[int, int] = DEFAULT_SIZE, fps: float = DEFAULT_FPS, *,
                     base: Any = None, seconds_per_phase: float = SECONDS_PER_PHASE,
                     example: int | None = None) -> int:
    """Write the animation of the given snapshots (or phase views, with ``base``) to a GIF at ``path``.

    ``size`` (width, height) in pixels, ``fps`` frames a second; ``example`` a batch index to
    follow (None: the whole batch). Returns the number of frames written. Raises
    ``GifUnavailable`` without Pillow, ``ValueError`` when there is nothing to draw.
    """
    Image = _pillow()
    from .view import NetworkCanvas

    snaps = frame_snapshots(snapshots_or_phase_views, base)
    if not snaps:
        raise ValueError("nothing to export: no snapshot was given")
    fps = max(1.0, float(fps))
    per_phase = max(2, round(fps * seconds_per_phase))
    canvas = NetworkCanvas(None)
    try:
        canvas.resize(int(size[0]), int(size[1]))
        canvas.set_focus_example(-1 if example is None else example)
        frames = []
        for snap in snaps:
            canvas.show_snapshot(snap)
            canvas.resize(int(size[0]), int(size[1]))          # and fit the network to it
            if getattr(snap, "phase", None) is None:
                canvas.set_pulse_progress(None)
                frames.append(_to_pillow(canvas.grab().toImage(), Image))
                continue
            for n in range(per_phase):
                canvas.set_pulse_progress(n / (per_phase - 1))
                frames.append(_to_pillow(canvas.grab().toImage(), Image))
    finally:
        canvas.deleteLater()
    paletted = [f.quantize(colors=255, method=Image.Quantize.MEDIANCUT) for f in frames]
    with atomic_open(path, "wb") as f:
        paletted[0].save(f, format="GIF", save_all=True, append_images=paletted[1:],
                         duration=round(1000 / fps), loop=0, disposal=1)
    return len(frames)


class PhaseRecorder(QObject):
    """Keeps the phase snapshots of the last ``steps`` training steps as they arrive.

    Connect ``controller.snapshotReady`` to ``record``; ``snapshots()`` gives them in order,
    one per phase (the newest of each), ready for ``export_animation``.
    """

    def __init__(self, steps: int = 1, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.steps = max(1, int(steps))
        self._by_phase: dict[tuple, Any] = {}

    @Slot(object)
    def record(self, snapshot: Any) -> None:
        phase = getattr(snapshot, "phase", None)
        if phase is None:
            return
        if any(key[0] != snapshot.generation for key in self._by_phase):
            self._by_phase.clear()                  # a rebuilt network: the old steps no longer apply
        self._by_phase[(snapshot.generation, phase.step, phase.index)] = snapshot
        keep = sorted({key[1] for key in self._by_phase})[-self.steps:]
        self._by_phase = {key: s for key, s in self._by_phase.items() if key[1] in keep}

    def snapshots(self, complete_only: bool = False) -> list[Any]:
        """The recorded phase snapshots in order; ``complete_only``: only steps seen from first phase to last."""
        keys = sorted(self._by_phase)
        if complete_only:
            steps = {}
            for key in keys:
                steps.setdefault(key[1], []).append(key[2])
            whole = {s for s, idx in steps.items()
                     if sorted(idx) == list(range(self._by_phase[(keys[0][0], s, idx[0])].phase.total))}
            keys = [key for key in keys if key[1] in whole]
        return [self._by_phase[key] for key in keys]

    def clear(self) -> None:
        self._by_phase.clear()
