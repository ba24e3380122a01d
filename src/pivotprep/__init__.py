"""pivotprep: gets career changers through technical interviews."""

__version__ = "0.1.0"
