"""``python -m ui``: the same as the ``nnsim-gui`` command."""
from ui.app import main

raise SystemExit(main())
