"""The UI side of the engine: the worker thread that owns an engine process's pipe, the controller
that sends commands and holds the latest snapshot, and the tuning worker. The only package here
that starts processes."""
