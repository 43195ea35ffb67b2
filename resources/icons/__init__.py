"""Icons (SVG). Data only; loaded through ``nnsim_ui.resources``."""
