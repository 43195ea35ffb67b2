"""``python -m nnsim_ui``: the same as the ``nnsim-gui`` command."""
from .app import main

raise SystemExit(main())
