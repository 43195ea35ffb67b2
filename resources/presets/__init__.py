"""Run configs, one per lesson (TOML). Data only; loaded through ``nnsim_ui.resources``."""
