"""nndesk: train small feed-forward neural networks by pointing and clicking, and watch them learn."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("nndesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"
