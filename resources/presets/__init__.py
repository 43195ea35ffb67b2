"""Run configs, one per lesson (TOML). Data only; loaded through ``ui.resources``."""
