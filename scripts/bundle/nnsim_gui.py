"""The frozen bundle's ``nnsim-gui`` executable (scripts/build_bundle.py)."""
import multiprocessing

if __name__ == "__main__":
    # First of all: in a frozen app, an engine process spawned by multiprocessing starts this
    # same executable, and freeze_support() runs the child's work there and exits.
    multiprocessing.freeze_support()
    from nnsim_ui.app import main

    raise SystemExit(main())
