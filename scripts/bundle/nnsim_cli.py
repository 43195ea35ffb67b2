"""The frozen bundle's ``nnsim`` executable (scripts/build_bundle.py)."""
import multiprocessing

if __name__ == "__main__":
    # `nnsim tune` spawns worker processes: in a frozen app they start this executable.
    multiprocessing.freeze_support()
    from nnsim.cli import main

    raise SystemExit(main())
