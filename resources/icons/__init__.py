"""Icons (SVG). Data only; loaded through ``ui.resources``."""
