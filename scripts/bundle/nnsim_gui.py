"""The frozen bundle's ``nnsim-gui`` executable (scripts/build_bundle.py)."""
import multiprocessing

if __name__ == "__main__":
    # First of all: in a frozen app, an engine process spawned by multiprocessing starts this
    # same executable, and freeze_support() runs the child's work there and exits.
    multiprocessing.freeze_support()
    import os

    # Started with an empty environment (a desktop launcher, `env -i`), Qt would warn that the
    # C locale is not UTF-8 and switch to C.UTF-8 itself: say so first, quietly.
    if os.name == "posix" and not any(os.environ.get(k) for k in ("LC_ALL", "LC_CTYPE", "LANG")):
        os.environ["LC_CTYPE"] = "C.UTF-8"
    from nnsim_ui.app import main

    raise SystemExit(main())
