"""Colour-vision simulation and colour difference, for tests that measure rendered colours.

``simulate(rgb, kind)`` shows sRGB colours as a person with protanopia, deuteranopia or tritanopia sees them,
with the matrices of Machado, Oliveira and Fernandes (2009) at severity 1.0, applied in linear RGB.
``delta_e(a, b)`` is the CIEDE2000 colour difference of sRGB colours (about 2.3 is just noticeable; lines
and areas that must be told apart at a glance want 20 or more).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

MACHADO = {
    "protanopia": np.array([[0.152286, 1.052583, -0.204868],
                            [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968],
                              [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779],
                            [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}
VISIONS = ("normal", *MACHADO)

_SRGB_TO_XYZ = np.array([[0.4124564, 0.3575761, 0.1804375],
                         [0.2126729, 0.7151522, 0.0721750],
                         [0.0193339, 0.1191920, 0.9503041]])
_WHITE_D65 = np.array([0.95047, 1.0, 1.08883])


def to_linear(rgb: np.ndarray) -> np.ndarray:
    """sRGB in 0..255 (..., 3) to linear RGB in 0..1."""
    c = np.asarray(rgb, dtype=np.float64) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def to_srgb(linear: np.ndarray) -> np.ndarray:
    """Linear RGB in 0..1 (..., 3) to sRGB in 0..255, clipped."""
    c = np.clip(linear, 0.0, 1.0)
    return 255.0 * np.where(c <= 0.0031308, 12.92 * c, 1.055 * c ** (1 / 2.4) - 0.055)


def simulate(rgb: np.ndarray, vision: str) -> np.ndarray:
    """``rgb`` (..., 3, sRGB 0..255) as seen with ``vision`` ("normal" or a key of MACHADO)."""
    rgb = np.asarray(rgb, dtype=np.float64)
    if vision == "normal":
        return rgb
    return to_srgb(to_linear(rgb) @ MACHADO[vision].T)


def to_lab(rgb: np.ndarray) -> np.ndarray:
    """sRGB 0..255 (..., 3) to CIELAB (D65)."""
    xyz = to_linear(rgb) @ _SRGB_TO_XYZ.T / _WHITE_D65
    f = np.where(xyz > (6 / 29) ** 3, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.stack([116 * f[..., 1] - 16, 500 * (f[..., 0] - f[..., 1]), 200 * (f[..., 1] - f[..., 2])], axis=-1)


def delta_e(a: np.ndarray, b: np.ndarray) -> float:
    """CIEDE2000 difference of two sRGB colours (3,), 0..255."""
    return delta_e_lab(to_lab(a), to_lab(b))


def delta_e_lab(lab1: np.ndarray, lab2: np.ndarray) -> float:
    """CIEDE2000 difference of two CIELAB colours (Sharma, Wu and Dalal 2005)."""
    l1, a1, b1 = (float(v) for v in lab1)
    l2, a2, b2 = (float(v) for v in lab2)
    c1, c2 = np.hypot(a1, b1), np.hypot(a2, b2)
    c_mean = (c1 + c2) / 2
    g = 0.5 * (1 - np.sqrt(c_mean**7 / (c_mean**7 + 25.0**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = np.hypot(a1p, b1), np.hypot(a2p, b2)
    h1p, h2p = np.degrees(np.arctan2(b1, a1p)) % 360, np.degrees(np.arctan2(b2, a2p)) % 360
    dl, dc = l2 - l1, c2p - c1p
    dh = h2p - h1p
    if c1p * c2p == 0:
        dh = 0.0
    elif dh > 180:
        dh -= 360
    elif dh < -180:
        dh += 360
    d_big_h = 2 * np.sqrt(c1p * c2p) * np.sin(np.radians(dh / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hp_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hp_mean = (h1p + h2p) / 2
    else:
        hp_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * np.cos(np.radians(hp_mean - 30)) + 0.24 * np.cos(np.radians(2 * hp_mean))
         + 0.32 * np.cos(np.radians(3 * hp_mean + 6)) - 0.20 * np.cos(np.radians(4 * hp_mean - 63)))
    d_theta = 30 * np.exp(-(((hp_mean - 275) / 25) ** 2))
    r_c = 2 * np.sqrt(cp_mean**7 / (cp_mean**7 + 25.0**7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / np.sqrt(20 + (l_mean - 50) ** 2)
    s_c, s_h = 1 + 0.045 * cp_mean, 1 + 0.015 * cp_mean * t
    r_t = -np.sin(np.radians(2 * d_theta)) * r_c
    return float(np.sqrt((dl / s_l) ** 2 + (dc / s_c) ** 2 + (d_big_h / s_h) ** 2
                         + r_t * (dc / s_c) * (d_big_h / s_h)))


def image_rgb(image: QImage) -> np.ndarray:
    """A QImage as an (height, width, 3) uint8 array of R, G, B."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    a = np.frombuffer(rgb.constBits(), dtype=np.uint8).reshape(rgb.height(), rgb.bytesPerLine())
    bgra = a[:, : rgb.width() * 4].reshape(rgb.height(), rgb.width(), 4)
    return bgra[:, :, [2, 1, 0]].copy()


def worst_difference(a: np.ndarray, b: np.ndarray) -> tuple[float, str]:
    """The smallest CIEDE2000 difference of colours ``a`` and ``b`` over normal vision and the three
    simulated deficiencies, and the vision it occurs in."""
    return min((delta_e(simulate(a, v), simulate(b, v)), v) for v in VISIONS)
